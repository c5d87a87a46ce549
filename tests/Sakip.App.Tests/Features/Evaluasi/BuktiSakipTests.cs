using Sakip.App.Features.Evaluasi;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Evaluasi;

/// <summary>The criteria Sakip's records speak to show what it holds for the satker-year, with links; the rest show nothing.</summary>
public class BuktiSakipTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task TheDemos2024_ShowsItsRenstra_SignedPk_Measurement_Team_AndTheMissingReport()
    {
        var p = await EvaluasiUji.BuatAsync(fixture);
        (await EvaluasiUji.BukaAsync(fixture, p.Evaluator, 2024)).Pasti();
        var baris = (await EvaluasiUji.BacaAsync(fixture, p.Operator, 2024)).Komponens.SelectMany(k => k.SubKomponens).SelectMany(s => s.Barises).ToDictionary(b => b.Kode);

        Assert.Empty(baris["1.a.1"].Faktas);
        var renstra = Assert.Single(baris["1.a.3"].Faktas);
        Assert.StartsWith("Renstra 2020-2024 tercatat dengan ", renstra.Teks, StringComparison.Ordinal);
        Assert.Equal("/Renstra?satker=1871", renstra.Tautan);
        Assert.Contains(baris["1.b.1"].Faktas, f => f.Teks.Contains("ditandatangani", StringComparison.Ordinal) && f.Tautan!.StartsWith("/PerjanjianKinerja/Lihat?id=", StringComparison.Ordinal));
        Assert.Matches(@"^\d+ realisasi terverifikasi, meliputi \d+ periode pengukuran tahun 2024\.$", Assert.Single(baris["2.b.4"].Faktas).Teks);
        Assert.Equal(("Laporan Kinerja tahun 2024 belum dibuat di Sakip.", "/Laporan?satker=1871&tahun=2024"), (baris["3.a.1"].Faktas[0].Teks, baris["3.a.1"].Faktas[0].Tautan));
        Assert.StartsWith("Tim Evaluasi Internal SAKIP 2024 ditetapkan dengan Keputusan Nomor ", baris["4.b.2"].Faktas[0].Teks, StringComparison.Ordinal);
        Assert.All(BuktiSakip.Aturan.Keys, k => Assert.True(baris.ContainsKey(k), $"aturan bukti untuk kriteria {k} yang tidak ada di templat 88-2021"));
    }

    [Fact]
    public async Task AYearWithoutAPk_SaysSo_AndPerSubComponentGathersItsCriteriasFacts()
    {
        var p = await EvaluasiUji.BuatAsync(fixture);
        (await EvaluasiUji.BukaAsync(fixture, p.Evaluator, 2023, metode: "subkomponen")).Pasti();
        var subs = (await EvaluasiUji.BacaAsync(fixture, p.Operator, 2023)).Komponens.SelectMany(k => k.SubKomponens).ToDictionary(s => s.Kode);
        var faktas = subs["1.a"].Barises.Single().Faktas.Select(f => f.Teks).ToList();
        Assert.Contains("Perjanjian Kinerja tahun 2023 belum dibuat.", faktas);
        Assert.Contains("Belum ada Perjanjian Kinerja tahun 2023, sehingga belum ada Rencana Aksi.", faktas);
        Assert.Equal(faktas.Distinct().Count(), faktas.Count);
    }
}
