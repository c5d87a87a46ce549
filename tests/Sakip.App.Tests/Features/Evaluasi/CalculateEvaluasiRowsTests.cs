using Sakip.App.Evaluasi;
using Sakip.App.Features.Evaluasi;
using Sakip.Domain.Evaluasi;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Evaluasi;

/// <summary>An evaluation from a CSV of answers, without a database: both methods, and every bad row named by line and column.</summary>
public class CalculateEvaluasiRowsTests
{
    private static async Task<CalculateEvaluasiRows.Hasil> HitungAsync(string csv, string? templat = null, string? metode = null) =>
        (await new CalculateEvaluasiRows.Handler().HandleAsync(new(new StringReader(csv), templat, metode), default)).Pasti();

    private static string SemuaKriteria(Func<string, string> jawaban) =>
        "kode,jawaban\n" + string.Join("\n", TemplatLkeJson.Bawaan("88-2021").Pasti().SemuaKriteria.Select(x => $"{x.Kriteria.Kode},{jawaban(x.Kriteria.Kode)}"));

    [Fact]
    public async Task PerCriterion_AllBB_Is80_BB_AndOneAAInASubComponentOfSix_AddsItsShare()
    {
        var bb = await HitungAsync(SemuaKriteria(_ => "BB"));
        Assert.Equal((80m, Predikat.BB), (bb.Evaluasi!.Total, bb.Evaluasi.Predikat));

        // 1.a has six criteria and weighs 6: one AA instead of BB adds 20/6 % of 6 = 0,2 points.
        var satu = await HitungAsync(SemuaKriteria(k => k == "1.a.1" ? "AA" : "bb"));
        Assert.Equal(80.2m, satu.Evaluasi!.Total);
    }

    [Fact]
    public async Task PerSubComponent_SharesMet_GiveTheGrades()
    {
        var csv = "kode,jawaban,tahun_dipertahankan\n1.a,100 %,1\n1.b,\"83,33 %\",\n1.c,100,0\n2.a,100%,5\n2.b,50,\n2.c,0,\n3.a,100,\n3.b,100,\n3.c,100,\n4.a,100,\n4.b,100,\n4.c,100,\n";
        var e = (await HitungAsync(csv, metode: "subkomponen")).Evaluasi!;
        Assert.Equal(["A", "B", "BB", "AA", "C", "E", "BB", "BB", "BB", "BB", "BB", "BB"], e.Komponens.SelectMany(k => k.SubKomponens).Select(s => s.Huruf));
        // 1: 5,4 + 6,3 + 12 = 23,7; 2: 6 + 4,5 + 0 = 10,5; 3: 12; 4: 20.
        Assert.Equal([23.7m, 10.5m, 12m, 20m], e.Komponens.Select(k => k.Nilai));
        Assert.Equal((66.2m, Predikat.B), (e.Total, e.Predikat));
    }

    [Fact]
    public async Task The12_2015Template_IsScoredPerSubComponent()
    {
        var t = TemplatLkeJson.Bawaan("12-2015").Pasti();
        var e = (await HitungAsync("kode,jawaban\n" + string.Join("\n", t.SemuaSubKomponen.Select(s => $"{s.Kode},100 %")), "12-2015", "subkomponen")).Evaluasi!;
        Assert.Equal((80m, Predikat.BB, 5), (e.Total, e.Predikat, e.Komponens.Count));
        Assert.Contains("tidak memiliki kriteria", (await HitungAsync("kode,jawaban\nA.1,Y", "12-2015")).Kesalahans.Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kode;jawaban\n1.a.1;BB", "baris 1: kepala kolom harus 'kode,jawaban' atau 'kode,jawaban,tahun_dipertahankan', tertulis 'kode;jawaban'")]
    [InlineData("", "baris 1: berkas kosong; baris pertama harus berisi kepala kolom kode,jawaban")]
    [InlineData("kode,jawaban\n1.a.1,BB,lebih", "baris 2: harus ada 2 kolom, terdapat 3")]
    [InlineData("kode,jawaban\n1.a.1,", "baris 2, kolom jawaban: kosong")]
    public async Task BadFiles_AreRefused_ByLineAndColumn(string csv, string pesan) =>
        Assert.Equal(pesan, (await HitungAsync(csv)).KesalahanBaris.Single().ToString());

    [Fact]
    public async Task BadSharesAndYears_AreRefused_ByLineAndColumn()
    {
        var h = await HitungAsync("kode,jawaban,tahun_dipertahankan\n1.a,banyak,\n1.b,50,-1\n1.c,50 kali,", metode: "subkomponen");
        Assert.Null(h.Evaluasi);
        Assert.Equal(
            ["baris 2, kolom jawaban: 'banyak' bukan persentase kriteria terpenuhi (misalnya 83,33 %)", "baris 3, kolom tahun_dipertahankan: '-1' bukan bilangan bulat tidak negatif", "baris 4, kolom jawaban: '50 kali' bukan persentase kriteria terpenuhi (misalnya 83,33 %)"],
            h.KesalahanBaris.Select(k => k.ToString()));
    }

    [Fact]
    public async Task UnknownCriteria_AndTheUnanswered_AreListed_AndNoValueIsGiven()
    {
        var h = await HitungAsync("kode,jawaban\n1.a.1,BB\n1.a.9,BB\n");
        Assert.Null(h.Evaluasi);
        Assert.Equal("Kriteria 1.a.9 tidak ada di templat 88-2021.", h.Kesalahans[0]);
        Assert.StartsWith("79 kriteria belum dijawab: 1.a.2, 1.a.3,", h.Kesalahans[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownMethodOrTemplate_IsRefused()
    {
        Assert.Equal("Metode penilaian harus 'kriteria' atau 'subkomponen'; tertulis 'rata'.", (await new CalculateEvaluasiRows.Handler().HandleAsync(new(new StringReader(string.Empty), null, "rata"), default)).Pesan);
        Assert.Equal(JenisKegagalan.TidakSah, (await new CalculateEvaluasiRows.Handler().HandleAsync(new(new StringReader(string.Empty), "2030"), default)).Jenis);
    }
}
