using Sakip.App.Entities;
using Sakip.App.Features.Perjanjian;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Perjanjian;

/// <summary>The year a satker's pages open on: the latest year with a signed PK, never a later draft.</summary>
public class GetTahunBerlakuTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<GetTahunBerlaku.Hasil> Tahun(Satker s) =>
        fixture.SendAsync<GetTahunBerlaku.Handler, GetTahunBerlaku.Hasil>(async h => (await h.HandleAsync(await fixture.PelakuAsync(Peran.Pemantau, s), new(s.Kode), default)).Pasti());

    [Fact]
    public async Task ALaterDraft_DoesNotMoveTheYearInForce()
    {
        var satker = await fixture.SatkerAsync();
        await fixture.PerjanjianAsync(new PerjanjianKinerjaBuilder(satker).WithIndikator("1.1", 90, 80));
        var draf = new PerjanjianKinerjaBuilder(satker).WithTahun(2026).WithIndikator("1.1", 90, null).Build();
        draf.Status = StatusPerjanjianKinerja.Draf;
        await fixture.PerjanjianAsync(draf);

        Assert.Equal(new GetTahunBerlaku.Hasil(2024, true), await Tahun(satker));
    }

    [Fact]
    public async Task WithoutASignedPk_TheLatestDraftYear_ElseTheCurrentYearInWib()
    {
        var kosong = await fixture.SatkerAsync();
        Assert.Equal(new GetTahunBerlaku.Hasil(2024, false), await Tahun(kosong));

        var satker = await fixture.SatkerAsync();
        var draf = new PerjanjianKinerjaBuilder(satker).WithTahun(2025).Build();
        draf.Status = StatusPerjanjianKinerja.Draf;
        await fixture.PerjanjianAsync(draf);
        Assert.Equal(new GetTahunBerlaku.Hasil(2025, false), await Tahun(satker));
    }

    [Fact]
    public async Task AProvinceWithoutItsOwnPk_OpensOnTheYearItsKabKotaReport_IfTheUserReadsThem()
    {
        var provinsi = await fixture.SatkerAsync(tingkat: TingkatSatker.Provinsi);
        var kota = await fixture.SatkerAsync(provinsi);
        await fixture.PerjanjianAsync(new PerjanjianKinerjaBuilder(kota).WithTahun(2023).WithIndikator("1.1", 90, 80));
        var pemantauBawah = await fixture.PelakuAsync(Peran.Pemantau, provinsi, termasukTurunan: true);
        var hanyaProvinsi = await fixture.PelakuAsync(Peran.Pemantau, provinsi);

        Assert.Equal(new GetTahunBerlaku.Hasil(2023, false), await fixture.SendAsync<GetTahunBerlaku.Handler, GetTahunBerlaku.Hasil>(async h => (await h.HandleAsync(pemantauBawah, new(provinsi.Kode), default)).Pasti()));
        Assert.Equal(new GetTahunBerlaku.Hasil(2024, false), await fixture.SendAsync<GetTahunBerlaku.Handler, GetTahunBerlaku.Hasil>(async h => (await h.HandleAsync(hanyaProvinsi, new(provinsi.Kode), default)).Pasti()));
    }
}
