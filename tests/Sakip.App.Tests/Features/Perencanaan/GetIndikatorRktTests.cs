using Sakip.App.Entities;
using Sakip.App.Features.Perencanaan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Perencanaan;

/// <summary>What the RKT indicator form shows, and to whom.</summary>
public class GetIndikatorRktTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<GetIndikatorRkt.Hasil>> Baca(App.Keamanan.AksesPengguna a, Satker s, int sasaran, int? indikator) =>
        fixture.SendAsync<GetIndikatorRkt.Handler, Jawaban<GetIndikatorRkt.Hasil>>(h => h.HandleAsync(a, new(s.Kode, 2026, sasaran, indikator), default));

    [Fact]
    public async Task TheFormOpensOnTheSasaranAndIndicator_OnlyForItsWriters()
    {
        var satker = await fixture.SatkerAsync();
        var op = await fixture.PelakuAsync(Peran.Operator, satker);
        var (_, sasaranId) = await RktUji.TulisAsync(fixture, op, satker, 2026);
        var ind = (await RktUji.IndikatorsAsync(fixture, sasaranId))[1];

        var form = (await Baca(op, satker, sasaranId, ind.Id)).Pasti();
        Assert.Equal(("BB", sasaranId), (form.Indikator!.Target, form.Sasaran.Id));
        Assert.Null((await Baca(op, satker, sasaranId, null)).Pasti().Indikator);
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await Baca(op, satker, sasaranId, int.MaxValue)).Jenis);
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await Baca(op, satker, 0, null)).Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await Baca(await fixture.PelakuAsync(Peran.Pimpinan, satker), satker, sasaranId, null)).Jenis);
    }
}
