using Sakip.Testing;

namespace Sakip.App.Tests.Features.Evaluasi;

/// <summary>The template list and a template's editor rows, for the administrator of KPU RI only.</summary>
public class GetTemplatLkeTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task TheRows_AreComponentsSubComponentsAndCriteria_WithABlankRowPerSubComponent()
    {
        var admin = await TemplatLkeUji.AdminPusatAsync(fixture);
        var d = await TemplatLkeUji.BacaAsync(fixture, admin, "88-2021");
        Assert.Equal(("88-2021", true), (d.Templat!.Kode, d.Templat.Bawaan));
        Assert.Equal(4 + 12 + 80 + 12, d.Barises.Count);
        Assert.Equal(("1", "30"), (d.Barises[0].Kode, d.Barises[0].Bobot));
        Assert.Equal(("1.a", "Keberadaan"), (d.Barises[1].Kode, d.Barises[1].Jenis));
        Assert.Contains(d.Barises, b => b.Kode == "1.a.7" && b.Baru && b.Nama.Length == 0);
        Assert.Equal(["AA-E"], d.Skalas);
        Assert.Equal(["88-2021", "12-2015"], d.Templats.Select(t => t.Kode).Take(2));

        var ditolak = await fixture.SendAsync<App.Features.Evaluasi.GetTemplatLke.Handler, Jawaban<App.Features.Evaluasi.GetTemplatLke.Hasil>>(h => h.HandleAsync(fixture.AksesAsync("evaluator.18").Result, new(null), default));
        Assert.Equal(JenisKegagalan.Ditolak, ditolak.Jenis);
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await fixture.SendAsync<App.Features.Evaluasi.GetTemplatLke.Handler, Jawaban<App.Features.Evaluasi.GetTemplatLke.Hasil>>(h => h.HandleAsync(admin, new("tidak-ada"), default))).Jenis);
    }
}
