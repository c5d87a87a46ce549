using Sakip.App.Entities;
using Sakip.App.Features.Realisasi;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Realisasi;

/// <summary>The realisasi grid of a satker-year.</summary>
public class ListRealisasiTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task EveryPeriodOfEveryIndicator_WithItsState_AndWhatEachRoleMayDo()
    {
        var uji = await RealisasiUji.BuatAsync(fixture);
        await uji.AjukanAsync(fixture);
        Task<ListRealisasi.Hasil> Daftar(App.Keamanan.AksesPengguna a) =>
            fixture.SendAsync<ListRealisasi.Handler, ListRealisasi.Hasil>(async h => (await h.HandleAsync(a, new(uji.Satker.Kode, 2024), default)).Pasti());

        var op = await Daftar(uji.Operator);
        var baris = Assert.Single(op.Barises);
        Assert.Equal(["TW I 2024", "TW II 2024", "TW III 2024", "TW IV 2024"], baris.Periodes.Select(p => p.Label));
        Assert.Equal((StatusRealisasi?)StatusRealisasi.Diajukan, baris.Periodes[0].Status);
        Assert.Equal(1, baris.Periodes[0].JumlahBukti);
        Assert.Equal((true, false, false, 1), (op.BolehIsi, op.BolehVerifikasi, op.BolehTutup, op.JumlahMenunggu));
        var pimpinan = await Daftar(uji.Pimpinan);
        Assert.Equal((false, true), (pimpinan.BolehIsi, pimpinan.BolehVerifikasi));
        Assert.True((await Daftar(uji.Administrator)).BolehTutup);
    }
}
