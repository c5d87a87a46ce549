using Sakip.App.Entities;
using Sakip.App.Features.Laporan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Laporan;

/// <summary>The reviewer, or the pimpinan before approving, returns a version to draft with a reason.</summary>
public class ReturnLaporanKinerjaTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task AReturnNeedsAReason_AndAReturnByThePimpinanWithdrawsTheReview()
    {
        var uji = await LaporanUji.BuatAsync(fixture);
        var id = await uji.VersiBaruAsync();
        Task<Jawaban<int>> Kembalikan(App.Keamanan.AksesPengguna a, string? alasan) => uji.LangkahAsync<ReturnLaporanKinerja.Handler>(id, (h, r) => h.HandleAsync(a, new(id, r, alasan), default));
        Task<Jawaban<int>> Ajukan() => uji.LangkahAsync<SendLaporanKinerja.Handler>(id, (h, r) => h.HandleAsync(uji.Operator, new(id, r), default));

        await uji.IsiSemuaAsync(id);
        (await Ajukan()).Pasti();
        var tanpaAlasan = await Kembalikan(uji.Evaluator, " ");
        Assert.Equal(("Alasan", "Tulis alasan pengembalian agar penyusun tahu apa yang harus diperbaiki."), (Assert.Single(tanpaAlasan.Kesalahans).Bidang, tanpaAlasan.Pesan));
        Assert.Equal(JenisKegagalan.Ditolak, (await Kembalikan(uji.Operator, "x")).Jenis);
        (await Kembalikan(uji.Evaluator, "Analisis indikator 1.1 belum membahas penyebab.")).Pasti();
        var lihat = await uji.LihatAsync(id);
        Assert.Equal(StatusLaporanKinerja.Draf, lihat.Status);
        Assert.Equal("Dikembalikan: Analisis indikator 1.1 belum membahas penyebab.", Assert.Single(lihat.CatatanUmum).Teks);

        (await Ajukan()).Pasti();
        (await uji.LangkahAsync<SignReviuLaporan.Handler>(id, (h, r) => h.HandleAsync(uji.Evaluator, new(id, r), default))).Pasti();
        Assert.Equal(JenisKegagalan.Ditolak, (await Kembalikan(uji.Evaluator, "terlambat")).Jenis);
        (await Kembalikan(uji.Pimpinan, "Kata pengantar perlu ditandatangani Ketua.")).Pasti();
        lihat = await uji.LihatAsync(id);
        Assert.Equal((StatusLaporanKinerja.Draf, (string?)null), (lihat.Status, lihat.Pereviu));
        Assert.Equal(2, lihat.CatatanUmum.Count);
    }
}
