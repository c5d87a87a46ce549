using Sakip.App.Features.Laporan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Laporan;

/// <summary>The planning officer starts a version; one open version at a time, the next after publication carries the narrative over.</summary>
public class CreateLaporanKinerjaTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task OneOpenVersionAtATime_AndTheNextCarriesTheNarrative()
    {
        var uji = await LaporanUji.BuatAsync(fixture);
        Task<Jawaban<int>> Buat(App.Keamanan.AksesPengguna a, string kode = "1871", int tahun = 2024) =>
            uji.KirimAsync<CreateLaporanKinerja.Handler, int>(h => h.HandleAsync(a, new(kode, tahun), default));

        foreach (var bukan in new[] { uji.Evaluator, uji.Pimpinan, uji.Pemantau, uji.Asing })
        {
            Assert.Equal(JenisKegagalan.Ditolak, (await Buat(bukan)).Jenis);
        }

        Assert.Equal("Belum ada Perjanjian Kinerja KPU Kota Bandar Lampung tahun 2030; Laporan Kinerja melaporkan capaiannya, jadi susun Perjanjian Kinerja lebih dahulu.", (await Buat(uji.Operator, tahun: 2030)).Pesan);
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await Buat(uji.Operator, kode: "9999")).Jenis);

        var pertama = await uji.DisetujuiAsync();
        Assert.Equal(1, (await uji.LihatAsync(pertama)).Versi);
        Assert.Equal("Laporan Kinerja 2024 versi 1 masih disetujui; versi baru dapat dibuat setelah versi itu diterbitkan.", (await Buat(uji.Operator)).Pesan);

        await uji.TerbitkanAsync(pertama);
        var kedua = (await Buat(uji.Operator)).Pasti();
        var v2 = await uji.LihatAsync(kedua);
        Assert.Equal((2, App.Entities.StatusLaporanKinerja.Draf), (v2.Versi, v2.Status));
        Assert.Equal(
            (await uji.LihatAsync(pertama)).Bagians.Select(b => b.Teks),
            v2.Bagians.Select(b => b.Teks));
        Assert.Equal(App.Entities.StatusLaporanKinerja.Diterbitkan, (await uji.LihatAsync(pertama)).Status);
    }
}
