using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Laporan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Laporan;

/// <summary>The reviewer signs the review statement; the pimpinan is asked to approve.</summary>
public class SignReviuLaporanTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task OnlyTheReviewer_Signs_AndTheNameGoesIntoTheDocument()
    {
        var uji = await LaporanUji.BuatAsync(fixture);
        var id = await uji.VersiBaruAsync();
        Task<Jawaban<int>> Tandatangani(App.Keamanan.AksesPengguna a) => uji.LangkahAsync<SignReviuLaporan.Handler>(id, (h, r) => h.HandleAsync(a, new(id, r), default));

        Assert.Equal(JenisKegagalan.TidakSah, (await Tandatangani(uji.Evaluator)).Jenis);
        await uji.IsiSemuaAsync(id);
        (await uji.LangkahAsync<SendLaporanKinerja.Handler>(id, (h, r) => h.HandleAsync(uji.Operator, new(id, r), default))).Pasti();
        Assert.Equal(JenisKegagalan.Ditolak, (await Tandatangani(uji.Operator)).Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await Tandatangani(uji.Pimpinan)).Jenis);
        (await Tandatangani(uji.Evaluator)).Pasti();

        var lihat = await uji.LihatAsync(id);
        Assert.Equal(StatusLaporanKinerja.Direviu, lihat.Status);
        Assert.StartsWith("Tim Evaluasi Internal KPU Kota Bandar Lampung, ", lihat.Pereviu, StringComparison.Ordinal);
        var pimpinanId = uji.Pimpinan.PenggunaId;
        Assert.True(await fixture.ExecuteDbContextAsync(db => db.Pemberitahuans.AnyAsync(p => p.PenggunaId == pimpinanId && p.Jenis == JenisPemberitahuan.LaporanKinerja)));

        var teks = DocxUji.Baca((await uji.KirimAsync<GenerateDokumenLaporan.Handler, App.Dokumen.BerkasDokumen>(h => h.HandleAsync(uji.Pemantau, new(id, "docx"), default))).Pasti().Isi).Teks;
        Assert.Contains("Tim Evaluasi Internal KPU Kota Bandar Lampung", teks, StringComparison.Ordinal);
        Assert.DoesNotContain("NAMA PEREVIU BELUM DIISI", teks, StringComparison.Ordinal);
    }
}
