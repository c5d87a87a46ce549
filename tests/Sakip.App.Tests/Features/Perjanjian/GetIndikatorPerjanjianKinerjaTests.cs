using Sakip.App.Entities;
using Sakip.App.Features.Perjanjian;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Perjanjian;

/// <summary>What the PK indicator form shows: only on a draft, only to its writers.</summary>
public class GetIndikatorPerjanjianKinerjaTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<GetIndikatorPerjanjianKinerja.Hasil>> Baca(App.Keamanan.AksesPengguna a, int pk, int? ind) =>
        fixture.SendAsync<GetIndikatorPerjanjianKinerja.Handler, Jawaban<GetIndikatorPerjanjianKinerja.Hasil>>(h => h.HandleAsync(a, new(pk, ind), default));

    [Fact]
    public async Task OpensOnTheIndicatorAndItsSasaran_OfADraft_ForItsWriters()
    {
        var satker = await fixture.SatkerAsync();
        var draf = new PerjanjianKinerjaBuilder(satker).WithIndikator("1.1", 90, null).Build();
        draf.Status = StatusPerjanjianKinerja.Draf;
        var pk = await fixture.PerjanjianAsync(draf);
        var sasaran = pk.Sasarans.Single();
        var op = await fixture.PelakuAsync(Peran.Operator, satker);

        var form = (await Baca(op, pk.Id, sasaran.Indikators.Single().Id)).Pasti();
        Assert.Equal((sasaran.Id, "1.1"), (form.SasaranId!.Value, form.Indikator!.Kode));
        Assert.Null((await Baca(op, pk.Id, null)).Pasti().Indikator);
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await Baca(op, pk.Id, int.MaxValue)).Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await Baca(await fixture.PelakuAsync(Peran.Evaluator, satker), pk.Id, null)).Jenis);
    }

    [Fact]
    public async Task ASignedVersion_DoesNotOpenTheForm()
    {
        var satker = await fixture.SatkerAsync();
        var pk = await fixture.PerjanjianAsync(new PerjanjianKinerjaBuilder(satker).WithIndikator("1.1", 90, null));

        Assert.Equal(JenisKegagalan.Ditolak, (await Baca(await fixture.PelakuAsync(Peran.Operator, satker), pk.Id, null)).Jenis);
    }
}
