using Sakip.App.Entities;
using Sakip.App.Features.Realisasi;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Realisasi;

/// <summary>The entry form of one indicator-period: what it shows and what each user may do.</summary>
public class GetRealisasiTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<GetRealisasi.Hasil>> Baca(App.Keamanan.AksesPengguna a, int ind, int periode) =>
        fixture.SendAsync<GetRealisasi.Handler, Jawaban<GetRealisasi.Hasil>>(h => h.HandleAsync(a, new(ind, periode), default));

    [Fact]
    public async Task TheOperatorFillsAnEmptyPeriod_AndThePimpinanVerifiesASubmittedOne()
    {
        var uji = await RealisasiUji.BuatAsync(fixture);

        var kosong = (await Baca(uji.Operator, uji.IndikatorId, 2)).Pasti();
        Assert.Equal(("TW II 2024", true, false, (int?)null), (kosong.Periode, kosong.BolehIsi, kosong.BolehVerifikasi, kosong.Revisi));

        await uji.AjukanAsync(fixture);
        var diajukan = (await Baca(uji.Pimpinan, uji.IndikatorId, 1)).Pasti();
        Assert.Equal((StatusRealisasi.Diajukan, false, true), (diajukan.Status!.Value, diajukan.BolehIsi, diajukan.BolehVerifikasi));
        Assert.False((await Baca(uji.Operator, uji.IndikatorId, 1)).Pasti().BolehIsi);
        Assert.Single(diajukan.Buktis);
    }

    [Fact]
    public async Task AnUnknownPeriod_IsInvalid_AndAnotherSatker_IsRefused()
    {
        var uji = await RealisasiUji.BuatAsync(fixture);

        Assert.Equal(JenisKegagalan.TidakSah, (await Baca(uji.Operator, uji.IndikatorId, 5)).Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await Baca(await fixture.PelakuAsync(Peran.Operator, await fixture.SatkerAsync()), uji.IndikatorId, 1)).Jenis);
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await Baca(uji.Operator, int.MaxValue, 1)).Jenis);
    }
}
