using Sakip.App.Entities;
using Sakip.App.Features.Laporan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Laporan;

/// <summary>The pimpinan approves a reviewed version, and only a reviewed one.</summary>
public class ApproveLaporanKinerjaTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task OnlyAReviewedVersion_IsApproved_ByThePimpinan()
    {
        var uji = await LaporanUji.BuatAsync(fixture);
        var id = await uji.VersiBaruAsync();
        Task<Jawaban<int>> Setujui(App.Keamanan.AksesPengguna a) => uji.LangkahAsync<ApproveLaporanKinerja.Handler>(id, (h, r) => h.HandleAsync(a, new(id, r), default));

        Assert.Equal("Laporan Kinerja versi 1 berstatus draf; langkah ini hanya untuk laporan yang berstatus direviu.", (await Setujui(uji.Pimpinan)).Pesan);
        await uji.IsiSemuaAsync(id);
        (await uji.LangkahAsync<SendLaporanKinerja.Handler>(id, (h, r) => h.HandleAsync(uji.Operator, new(id, r), default))).Pasti();
        (await uji.LangkahAsync<SignReviuLaporan.Handler>(id, (h, r) => h.HandleAsync(uji.Evaluator, new(id, r), default))).Pasti();
        Assert.Equal(JenisKegagalan.Ditolak, (await Setujui(uji.Operator)).Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await Setujui(uji.Evaluator)).Jenis);
        (await Setujui(uji.Pimpinan)).Pasti();

        var lihat = await uji.LihatAsync(id);
        Assert.Equal(StatusLaporanKinerja.Disetujui, lihat.Status);
        Assert.StartsWith("Sekretaris KPU Kota Bandar Lampung, ", lihat.Penyetuju, StringComparison.Ordinal);
        Assert.Equal([LangkahLaporan.Menerbitkan], (await uji.LihatAsync(id, uji.Operator)).Langkah);
        Assert.Empty((await uji.LihatAsync(id, uji.Pimpinan)).Langkah);
    }
}
