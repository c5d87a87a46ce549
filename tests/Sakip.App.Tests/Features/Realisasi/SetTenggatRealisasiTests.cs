using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Beranda;
using Sakip.App.Features.Realisasi;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Realisasi;

/// <summary>An administrator sets the satker-year's deadline; the home page's deadlines follow it.</summary>
public class SetTenggatRealisasiTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<int>> SetAsync(App.Keamanan.AksesPengguna a, string kode, string? hari) =>
        fixture.SendAsync<SetTenggatRealisasi.Handler, Jawaban<int>>(h => h.HandleAsync(a, new(kode, 2024, hari), default));

    [Theory]
    [InlineData("0")]
    [InlineData("61")]
    [InlineData("sepuluh")]
    [InlineData("")]
    [InlineData("-5")]
    [InlineData("7.5")]
    public async Task OutOfRangeOrNotAWholeNumber_IsRefusedOnTheField(string hari)
    {
        var uji = await RealisasiUji.BuatAsync(fixture);
        var jawaban = await SetAsync(uji.Administrator, uji.Satker.Kode, hari);
        Assert.Equal("Hari", Assert.Single(jawaban.Kesalahans).Bidang);
        Assert.Equal("Batas waktu harus bilangan bulat 1 sampai 60 hari setelah periode berakhir.", jawaban.Pesan);
    }

    [Fact]
    public async Task OnlyTheAdministrator_Sets_AndTheHomePageFollows()
    {
        var uji = await RealisasiUji.BuatAsync(fixture);
        Assert.Equal(JenisKegagalan.Ditolak, (await SetAsync(uji.Operator, uji.Satker.Kode, "20")).Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await SetAsync(uji.Pimpinan, uji.Satker.Kode, "20")).Jenis);

        Assert.Equal(20, (await SetAsync(uji.Administrator, uji.Satker.Kode, " 20 ")).Pasti());
        Assert.Equal(25, (await SetAsync(uji.Administrator, uji.Satker.Kode, "25")).Pasti());
        Assert.Equal(25, await fixture.ExecuteDbContextAsync(db => db.TenggatSatkers.Where(t => t.SatkerId == uji.Satker.Id && t.Tahun == 2024).Select(t => t.HariBatasWaktu).SingleAsync()));

        var beranda = (await fixture.SendAsync<GetBeranda.Handler, Jawaban<GetBeranda.Hasil>>(h => h.HandleAsync(uji.Operator, new(uji.Satker.Kode, 2024), default))).Pasti();
        Assert.Equal(new DateOnly(2024, 4, 25), beranda.Tugas.First(t => t.Uraian.EndsWith("TW I 2024", StringComparison.Ordinal)).BatasWaktu);
        Assert.True(await fixture.ExecuteDbContextAsync(db => db.JejakAudits.AnyAsync(j => j.Entitas == nameof(TenggatSatker))));
    }
}
