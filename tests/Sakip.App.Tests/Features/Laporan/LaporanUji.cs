using Microsoft.EntityFrameworkCore;
using Sakip.App.Dokumen;
using Sakip.App.Features.Laporan;
using Sakip.App.Keamanan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Laporan;

/// <summary>
/// The demo's KPU Kota Bandar Lampung with its accounts, and a Laporan Kinerja 2024 taken through
/// its workflow by the people whose step each is.
/// </summary>
public sealed class LaporanUji
{
    private readonly DatabaseFixture fixture;

    private LaporanUji(DatabaseFixture fixture) => this.fixture = fixture;

    public AksesPengguna Operator { get; private init; } = null!;

    public AksesPengguna Evaluator { get; private init; } = null!;

    public AksesPengguna Pimpinan { get; private init; } = null!;

    public AksesPengguna Pemantau { get; private init; } = null!;

    /// <summary>The operator of another satker (KPU Kabupaten Lampung Barat).</summary>
    public AksesPengguna Asing { get; private init; } = null!;

    public static async Task<LaporanUji> BuatAsync(DatabaseFixture fixture)
    {
        await fixture.MuatDemoAsync();
        return new LaporanUji(fixture)
        {
            Operator = await fixture.AksesAsync("operator.1871"),
            Evaluator = await fixture.AksesAsync("evaluator.1871"),
            Pimpinan = await fixture.AksesAsync("pimpinan.1871"),
            Pemantau = await fixture.AksesAsync("pemantau.1871"),
            Asing = await fixture.AksesAsync("operator.1801"),
        };
    }

    public Task<Jawaban<T>> KirimAsync<THandler, T>(Func<THandler, Task<Jawaban<T>>> aksi)
        where THandler : notnull => fixture.SendAsync<THandler, Jawaban<T>>(aksi);

    /// <summary>A new version 1 for 1871 2024 by the operator, after clearing what earlier tests of the class left.</summary>
    public async Task<int> VersiBaruAsync()
    {
        await fixture.ExecuteDbContextAsync(db => db.LaporanKinerjas.ExecuteDeleteAsync());
        return (await KirimAsync<CreateLaporanKinerja.Handler, int>(h => h.HandleAsync(Operator, new("1871", 2024), default))).Pasti();
    }

    public Task<GetLaporanKinerja.Hasil> LihatAsync(int id, AksesPengguna? siapa = null) =>
        KirimAsync<GetLaporanKinerja.Handler, GetLaporanKinerja.Hasil>(h => h.HandleAsync(siapa ?? Operator, new(id), default)).ContinueWith(t => t.Result.Pasti(), TaskScheduler.Default);

    public async Task<Jawaban<int>> TulisAsync(int id, string bagian, string? teks, AksesPengguna? siapa = null)
    {
        var revisi = (await LihatAsync(id)).Revisi;
        return await KirimAsync<EditNaratifLaporan.Handler, int>(h => h.HandleAsync(siapa ?? Operator, new(id, revisi, bagian, teks), default));
    }

    /// <summary>Writes every section and every indicator's analysis, so nothing the writer controls blocks sending.</summary>
    public async Task IsiSemuaAsync(int id)
    {
        foreach (var b in (await LihatAsync(id)).Bagians)
        {
            (await TulisAsync(id, b.Kunci, $"Tulisan untuk {b.Judul}.\n\n- butir satu\n- butir **dua**")).Pasti();
        }
    }

    public async Task<Jawaban<int>> LangkahAsync<THandler>(int id, Func<THandler, int, Task<Jawaban<int>>> aksi)
        where THandler : notnull
    {
        var revisi = (await LihatAsync(id)).Revisi;
        return await KirimAsync<THandler, int>(h => aksi(h, revisi));
    }

    /// <summary>Written, sent, reviewed and approved: ready to publish.</summary>
    public async Task<int> DisetujuiAsync()
    {
        var id = await VersiBaruAsync();
        await IsiSemuaAsync(id);
        (await LangkahAsync<SendLaporanKinerja.Handler>(id, (h, r) => h.HandleAsync(Operator, new(id, r), default))).Pasti();
        (await LangkahAsync<SignReviuLaporan.Handler>(id, (h, r) => h.HandleAsync(Evaluator, new(id, r), default))).Pasti();
        (await LangkahAsync<ApproveLaporanKinerja.Handler>(id, (h, r) => h.HandleAsync(Pimpinan, new(id, r), default))).Pasti();
        return id;
    }

    public async Task<PublishLaporanKinerja.Hasil> TerbitkanAsync(int id)
    {
        var revisi = (await LihatAsync(id)).Revisi;
        return (await KirimAsync<PublishLaporanKinerja.Handler, PublishLaporanKinerja.Hasil>(h => h.HandleAsync(Operator, new(id, revisi), default))).Pasti();
    }

    /// <summary>The LKjIP's key of an indicator's analysis.</summary>
    public static string Indikator(string kode) => DokumenLkjip.KunciIndikator(kode);
}
