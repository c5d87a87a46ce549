using Sakip.Testing;

namespace Sakip.App.Tests.Features.Evaluasi;

/// <summary>Before an evaluation is opened the page says who may open it and with which templates; it is readable by whoever reads the satker.</summary>
public class GetEvaluasiAkipTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task NotOpenedYet_OffersTheTemplatesOfTheYear_ToTheEvaluatorOnly()
    {
        var p = await EvaluasiUji.BuatAsync(fixture);
        var evaluator = await EvaluasiUji.BacaAsync(fixture, p.Evaluator, 2024);
        Assert.Equal((false, true), (evaluator.Ada, evaluator.BolehBuka));
        Assert.Equal(["88-2021"], evaluator.TemplatBerlaku);
        Assert.False((await EvaluasiUji.BacaAsync(fixture, p.Operator, 2024)).BolehBuka);
        Assert.Equal(["12-2015"], (await EvaluasiUji.BacaAsync(fixture, p.Evaluator, 2019)).TemplatBerlaku);
        Assert.Equal(JenisKegagalan.Ditolak, (await fixture.SendAsync<App.Features.Evaluasi.GetEvaluasiAkip.Handler, Jawaban<App.Features.Evaluasi.GetEvaluasiAkip.Hasil>>(h => h.HandleAsync(p.Asing, new("1871", 2024), default))).Jenis);
    }

    [Fact]
    public async Task AnOpenedEvaluation_ShowsTheTemplate_ItsRounds_AndWhoMayAnswer()
    {
        var p = await EvaluasiUji.BuatAsync(fixture);
        Sakip.Testing.Builders.DataUji.Pasti(await EvaluasiUji.BukaAsync(fixture, p.Evaluator, 2023));
        var op = await EvaluasiUji.BacaAsync(fixture, p.Operator, 2023);
        Assert.Equal((true, "88-2021", 4, 80), (op.Ada, op.KodeTemplat, op.Komponens.Count, op.Terbuka!.JumlahBelum));
        Assert.True(op.Terbuka.BolehIsi);
        Assert.Equal(["AA", "A", "BB", "B", "CC", "C", "D", "E"], op.Komponens[0].SubKomponens[0].Barises[0].Pilihans.Select(x => x.Label));
        Assert.Equal("seluruh kriteria terpenuhi (100%) dan telah dipertahankan dalam setidaknya 5 tahun terakhir", op.Komponens[0].SubKomponens[0].Barises[0].Pilihans[0].Uraian);
        Assert.Equal("seluruh kriteria terpenuhi (100%) dan terdapat upaya inovatif serta layak menjadi percontohan secara nasional", op.Komponens[0].SubKomponens[1].Barises[0].Pilihans[0].Uraian);
        Assert.False((await EvaluasiUji.BacaAsync(fixture, p.Evaluator, 2023)).Terbuka!.BolehIsi);
        Assert.False((await EvaluasiUji.BacaAsync(fixture, p.Pemantau, 2023)).Terbuka!.BolehIsi);
    }
}
