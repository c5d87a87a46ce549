using Microsoft.EntityFrameworkCore;
using Sakip.App.Excel;
using Sakip.App.Import.TemplatRealisasi;
using Sakip.Testing;

namespace Sakip.App.Tests.Features.Realisasi;

/// <summary>The realisasi template of the PK in force: every indicator, one row per formula variable, the stored values.</summary>
public class GenerateTemplatRealisasiTests(DatabaseFixture fixture) : TemplatKotaUji(fixture)
{
    [Fact]
    public async Task Template_HasEveryIndicatorOnePerVariable_WithTheHeadingsAndTheStoredValues()
    {
        var xlsx = await Templat();
        var lembar = PembacaXlsx.Baca(xlsx).Single(l => l.Nama == TataLetakTemplat.NamaLembar);

        Assert.Equal(TataLetakTemplat.JudulKolom, Enumerable.Range(1, 18).Select(k => lembar.Sel(k, TataLetakTemplat.BarisJudulKolom).Teks));
        Assert.Equal(["dpk", "dpt", "dptb"], Enumerable.Range(6, lembar.BarisTerakhir).Where(b => lembar.Sel(1, b).Teks == "1.2").Select(b => lembar.Sel(3, b).Teks));
        Assert.StartsWith("Persentase penyelesaian Sengketa Hukum", lembar.Sel(2, Baris(xlsx, "4.1")).Teks, StringComparison.Ordinal);
        Assert.Equal("BB", lembar.Sel(18, Baris(xlsx, "2.3")).Teks);
        Assert.Equal(100m, lembar.Sel(18, Baris(xlsx, "2.4")).Angka);
        Assert.Equal("tahunan", lembar.Sel(6, Baris(xlsx, "1.1")).Teks);
        Assert.True(lembar.Sel(7, Baris(xlsx, "1.1")).Kosong);
    }
}
