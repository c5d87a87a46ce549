using Sakip.App.Entities;
using Sakip.App.Features.Perencanaan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Perencanaan;

/// <summary>Reading a satker-year's RKTs: what is written, and who may change it.</summary>
public class GetRktTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<GetRkt.Hasil>> Baca(App.Keamanan.AksesPengguna a, Satker s) =>
        fixture.SendAsync<GetRkt.Handler, Jawaban<GetRkt.Hasil>>(h => h.HandleAsync(a, new GetRkt.Query(s.Kode, 2026), default));

    [Fact]
    public async Task ShowsIndicatorsWithTargetAndFormula_AndSaysWhoMayChangeThem()
    {
        var satker = await fixture.SatkerAsync();
        var op = await fixture.PelakuAsync(Peran.Operator, satker);
        await RktUji.TulisAsync(fixture, op, satker, 2026);

        var rkt = (await Baca(op, satker)).Pasti();
        var ind = rkt.Rkts.Single().Sasarans.Single().Indikators;
        Assert.Equal(["0,16 %", "BB"], ind.Select(i => i.Target));
        Assert.Equal("dpk / (dpt + dptb) x 100", ind[0].Rumus);
        Assert.True(rkt.BolehUbah && rkt.BolehSusunPk);
        var pimpinan = (await Baca(await fixture.PelakuAsync(Peran.Pimpinan, satker), satker)).Pasti();
        Assert.Equal((false, true), (pimpinan.BolehUbah, pimpinan.BolehSusunPk));
        var pemantau = (await Baca(await fixture.PelakuAsync(Peran.Pemantau, satker), satker)).Pasti();
        Assert.Equal((false, false), (pemantau.BolehUbah, pemantau.BolehSusunPk));
        Assert.Equal(JenisKegagalan.Ditolak, (await Baca(await fixture.PelakuAsync(Peran.Operator, await fixture.SatkerAsync()), satker)).Jenis);
    }
}
