using Sakip.App.Entities;
using Sakip.App.Features.Perjanjian;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Perjanjian;

/// <summary>Reading one PK version, and what the user may do with it.</summary>
public class GetPerjanjianKinerjaTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<GetPerjanjianKinerja.Hasil>> Baca(App.Keamanan.AksesPengguna a, int id) =>
        fixture.SendAsync<GetPerjanjianKinerja.Handler, Jawaban<GetPerjanjianKinerja.Hasil>>(h => h.HandleAsync(a, new(id), default));

    [Fact]
    public async Task ADraft_MayBeEditedByItsWriters_AndSignedOnlyByItsPimpinan()
    {
        var satker = await fixture.SatkerAsync();
        var draf = new PerjanjianKinerjaBuilder(satker).WithIndikator("1.1", 90, null).Build();
        draf.Status = StatusPerjanjianKinerja.Draf;
        var pk = await fixture.PerjanjianAsync(draf);

        var op = (await Baca(await fixture.PelakuAsync(Peran.Operator, satker), pk.Id)).Pasti();
        var pimpinan = (await Baca(await fixture.PelakuAsync(Peran.Pimpinan, satker), pk.Id)).Pasti();
        var pemantau = (await Baca(await fixture.PelakuAsync(Peran.Pemantau, satker), pk.Id)).Pasti();

        Assert.Equal(("1.1", "90 %"), (op.Sasarans.Single().Indikators.Single().Kode, op.Sasarans.Single().Indikators.Single().Target));
        Assert.Equal((true, false), (op.BolehUbahTarget, op.BolehTandatangani));
        Assert.True(pimpinan.BolehTandatangani);
        Assert.Equal((false, false), (pemantau.BolehUbahTarget, pemantau.BolehTandatangani));
    }

    [Fact]
    public async Task AnotherSatkersAgreement_IsRefused_AndAMissingOneIsNotFound()
    {
        var satker = await fixture.SatkerAsync();
        var pk = await fixture.PerjanjianAsync(new PerjanjianKinerjaBuilder(satker).WithIndikator("1.1", 90, 80));
        var lain = await fixture.PelakuAsync(Peran.Operator, await fixture.SatkerAsync());

        Assert.Equal(JenisKegagalan.Ditolak, (await Baca(lain, pk.Id)).Jenis);
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await Baca(lain, int.MaxValue)).Jenis);
    }
}
