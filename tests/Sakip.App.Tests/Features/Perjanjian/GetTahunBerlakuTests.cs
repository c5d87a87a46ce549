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
}
