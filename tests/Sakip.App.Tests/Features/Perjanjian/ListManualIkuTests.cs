using Sakip.App.Features.Perjanjian;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Perjanjian;

/// <summary>Every indicator of the year's PK, in order, with whether its manual is written.</summary>
public class ListManualIkuTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task EveryIndicator_WithItsManualOrNone()
    {
        var (op, pemantau, _) = await ManualIkuUji.BuatAsync(fixture);
        (await ManualIkuUji.TulisAsync(fixture, op, "3.1", 0, "Definisi.")).Pasti();
        var d = (await fixture.SendAsync<ListManualIku.Handler, Jawaban<ListManualIku.Hasil>>(h => h.HandleAsync(pemantau, new("1871", 2024), default))).Pasti();
        Assert.Equal(16, d.Barises.Count);
        Assert.Equal("1.1", d.Barises[0].Indikator.Kode);
        var ditulis = Assert.Single(d.Barises, b => b.Ditulis);
        Assert.Equal(("3.1", true, "Sirekap dan D.Hasil", "Subbagian Teknis"), (ditulis.Indikator.Kode, ditulis.Iku, ditulis.SumberData, ditulis.PenanggungJawab));
        Assert.False(d.BolehUbah);
        Assert.Equal("Belum ada Perjanjian Kinerja KPU Kota Bandar Lampung tahun 2030; Manual IKU menjelaskan indikatornya.", (await fixture.SendAsync<ListManualIku.Handler, Jawaban<ListManualIku.Hasil>>(h => h.HandleAsync(pemantau, new("1871", 2030), default))).Pesan);
    }
}
