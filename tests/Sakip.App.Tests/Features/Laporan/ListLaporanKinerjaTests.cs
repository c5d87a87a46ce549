using Sakip.App.Entities;
using Sakip.App.Features.Laporan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Laporan;

/// <summary>The versions of a satker-year, and who may start one.</summary>
public class ListLaporanKinerjaTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Versions_AndWhoMayStartOne()
    {
        var uji = await LaporanUji.BuatAsync(fixture);
        Task<Jawaban<ListLaporanKinerja.Hasil>> Daftar(App.Keamanan.AksesPengguna a, int tahun = 2024) => uji.KirimAsync<ListLaporanKinerja.Handler, ListLaporanKinerja.Hasil>(h => h.HandleAsync(a, new("1871", tahun), default));

        var kosong = (await Daftar(uji.Operator)).Pasti();
        Assert.Equal((0, true, true), (kosong.Versis.Count, kosong.BolehBuat, kosong.AdaPerjanjian));
        Assert.False((await Daftar(uji.Pemantau)).Pasti().BolehBuat);
        Assert.Equal((false, false), ((await Daftar(uji.Operator, 2030)).Pasti().BolehBuat, (await Daftar(uji.Operator, 2030)).Pasti().AdaPerjanjian));
        Assert.Equal(JenisKegagalan.Ditolak, (await Daftar(uji.Asing)).Jenis);

        var id = await uji.VersiBaruAsync();
        var satu = (await Daftar(uji.Operator)).Pasti();
        Assert.Equal((id, 1, StatusLaporanKinerja.Draf), (satu.Versis[0].Id, satu.Versis[0].Nomor, satu.Versis[0].Status));
        Assert.False(satu.BolehBuat);
    }
}
