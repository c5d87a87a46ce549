using Sakip.App.Entities;
using Sakip.App.Features.Perjanjian;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Perjanjian;

/// <summary>Reading the Rencana Aksi: four quarters per indicator, and who may change them.</summary>
public class GetRencanaAksiTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<GetRencanaAksi.Hasil>> Baca(App.Keamanan.AksesPengguna a, int pk) =>
        fixture.SendAsync<GetRencanaAksi.Handler, Jawaban<GetRencanaAksi.Hasil>>(h => h.HandleAsync(a, new(pk), default));

    [Fact]
    public async Task EveryIndicatorHasFourQuarters_EvenBeforeAnyIsPlanned()
    {
        var satker = await fixture.SatkerAsync();
        var pk = await fixture.PerjanjianAsync(new PerjanjianKinerjaBuilder(satker).WithIndikator("1.1", 90, null));

        var op = (await Baca(await fixture.PelakuAsync(Peran.Operator, satker), pk.Id)).Pasti();
        var baris = op.Barises.Single();
        Assert.Equal([1, 2, 3, 4], baris.Triwulans.Select(t => t.Triwulan));
        Assert.All(baris.Triwulans, t => Assert.Equal(string.Empty, t.Target));
        Assert.True(op.BolehUbah);
        Assert.False((await Baca(await fixture.PelakuAsync(Peran.Pemantau, satker), pk.Id)).Pasti().BolehUbah);
        Assert.Equal(JenisKegagalan.Ditolak, (await Baca(await fixture.PelakuAsync(Peran.Operator, await fixture.SatkerAsync()), pk.Id)).Jenis);
    }
}
