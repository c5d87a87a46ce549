using System.Globalization;
using Sakip.Domain.Bilangan;
using Sakip.Domain.Evaluasi;

namespace Sakip.Domain.Tests.Evaluasi;

/// <summary>Both scoring practices of PermenPANRB 88/2021, exact, with the predikat boundaries and every refusal.</summary>
public class PenilaianLkeTests
{
    private static decimal D(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);

    /// <summary>Two components (60/40); 1.a has two AA-E criteria, 1.b one Y/T, 2.a three A-E.</summary>
    private static readonly TemplatLke Kecil = new(
        "uji", "Templat uji", 2021, null, [SkalaJawaban.AaSampaiE, SkalaJawaban.YaTidak, SkalaJawaban.ASampaiE],
        [
            new("1", "Perencanaan", 60, [
                new("1.a", "Keberadaan", 20, JenisSubKomponen.Keberadaan, [new("1.a.1", "K1", "AA-E"), new("1.a.2", "K2", "AA-E")]),
                new("1.b", "Kualitas", 40, JenisSubKomponen.Kualitas, [new("1.b.1", "K3", "Y-T")])]),
            new("2", "Pengukuran", 40, [
                new("2.a", "Pemanfaatan", 40, JenisSubKomponen.Pemanfaatan, [new("2.a.1", "K4", "A-E"), new("2.a.2", "K5", "A-E"), new("2.a.3", "K6", "A-E")])]),
        ]);

    /// <summary>One component, one sub-component, one AA-E criterion: the total is the answer's value.</summary>
    private static readonly TemplatLke Tunggal = new(
        "tunggal", "Satu kriteria", 2021, null, [SkalaJawaban.AaSampaiE],
        [new("1", "Semua", 100, [new("1.a", "Semua", 100, JenisSubKomponen.Kualitas, [new("1.a.1", "K", "AA-E")])])]);

    [Fact]
    public void PerKriteria_MeanOfShares_TimesWeight_SummedExactly()
    {
        var h = PenilaianLke.PerKriteria(Kecil, [new("1.a.1", "AA"), new("1.a.2", "b"), new("1.b.1", "Y"), new("2.a.1", "A"), new("2.a.2", " B "), new("2.a.3", "E")]);
        Assert.Empty(h.Kesalahans);
        var e = h.Hasil!;
        Assert.Equal([D("17"), D("40"), 175m / 3m / 100m * 40m], e.Komponens.SelectMany(k => k.SubKomponens).Select(s => s.Nilai));
        Assert.Equal([D("57"), 175m / 3m / 100m * 40m], e.Komponens.Select(k => k.Nilai));
        Assert.Equal(57m + (175m / 3m / 100m * 40m), e.Total);
        Assert.Equal(("80,33", Predikat.A), (FormatIndonesia.Angka(e.Total), e.Predikat));
        Assert.Equal((Predikat.AA, "95,00 %"), (e.Komponens[0].Huruf, FormatIndonesia.Persen(e.Komponens[0].Persen)));
        Assert.Equal((Predikat.CC, "58,33 %"), (e.Komponens[1].Huruf, FormatIndonesia.Persen(e.Komponens[1].Persen)));
    }

    [Theory]
    [InlineData("AA", "100", Predikat.AA)]
    [InlineData("A", "90", Predikat.A)]
    [InlineData("BB", "80", Predikat.BB)]
    [InlineData("B", "70", Predikat.B)]
    [InlineData("CC", "60", Predikat.CC)]
    [InlineData("C", "50", Predikat.C)]
    [InlineData("D", "30", Predikat.D)]
    [InlineData("E", "0", Predikat.D)]
    public void PerKriteria_TheBoundaries_AreExclusive(string jawaban, string total, Predikat predikat)
    {
        var e = PenilaianLke.PerKriteria(Tunggal, [new("1.a.1", jawaban)]).Hasil!;
        Assert.Equal((D(total), predikat), (e.Total, e.Predikat));
    }

    [Theory]
    [InlineData("0", 0, "E")]
    [InlineData("0.01", 0, "D")]
    [InlineData("25", 0, "D")]
    [InlineData("25.01", 0, "C")]
    [InlineData("50", 0, "C")]
    [InlineData("50.01", 0, "CC")]
    [InlineData("75", 0, "CC")]
    [InlineData("75.01", 0, "B")]
    [InlineData("99.99", 9, "B")]
    [InlineData("100", 0, "BB")]
    [InlineData("100", 1, "A")]
    [InlineData("100", 4, "A")]
    [InlineData("100", 5, "AA")]
    public void HurufSubKomponen_FromTheShareMet_AndTheYearsKept(string persen, int tahun, string huruf) =>
        Assert.Equal(huruf, PenilaianLke.HurufSubKomponen(D(persen), tahun));

    [Theory]
    [InlineData("100", 0, "80", Predikat.BB)]
    [InlineData("100", 1, "90", Predikat.A)]
    [InlineData("100", 5, "100", Predikat.AA)]
    [InlineData("80", 0, "70", Predikat.B)]
    [InlineData("60", 0, "60", Predikat.CC)]
    [InlineData("40", 0, "50", Predikat.C)]
    [InlineData("10", 0, "30", Predikat.D)]
    [InlineData("0", 0, "0", Predikat.D)]
    public void PerSubKomponen_EveryGradeTimesTheWeights(string persen, int tahun, string total, Predikat predikat)
    {
        var e = PenilaianLke.PerSubKomponen(Kecil, Kecil.SemuaSubKomponen.Select(s => new JawabanSubKomponen(s.Kode, D(persen), tahun))).Hasil!;
        Assert.Equal((D(total), predikat, MetodePenilaian.PerSubKomponen), (e.Total, e.Predikat, e.Metode));
        Assert.All(e.Komponens.SelectMany(k => k.SubKomponens), s => Assert.Equal(PenilaianLke.HurufSubKomponen(D(persen), tahun), s.Huruf));
    }

    [Fact]
    public void PerSubKomponen_MixedGrades_AddUpPerComponent()
    {
        var e = PenilaianLke.PerSubKomponen(Kecil, [new("1.a", 100, 1), new("1.b", 70), new("2.a", 30)]).Hasil!;
        // 1.a A 90 % of 20 = 18; 1.b CC 60 % of 40 = 24; 2.a C 50 % of 40 = 20.
        Assert.Equal([18m, 24m, 20m], e.Komponens.SelectMany(k => k.SubKomponens).Select(s => s.Nilai));
        Assert.Equal((62m, Predikat.B), (e.Total, e.Predikat));
    }

    [Fact]
    public void PerKriteria_RefusesUnknownCodes_AnswersOffTheScale_Twice_AndListsTheUnanswered()
    {
        var h = PenilaianLke.PerKriteria(Kecil, [new("1.a.1", "AA"), new("1.a.1", "A"), new("9.z.9", "AA"), new("1.b.1", "BB"), new("2.a.1", "A")]);
        Assert.Null(h.Hasil);
        Assert.Equal(
            [
                "Kriteria 1.a.1 dijawab lebih dari sekali.",
                "Kriteria 9.z.9 tidak ada di templat uji.",
                "Jawaban 'BB' untuk kriteria 1.b.1 tidak ada di skala Ya / Tidak (Y, T).",
                "3 kriteria belum dijawab: 1.a.2, 2.a.2, 2.a.3.",
            ],
            h.Kesalahans);
    }

    [Fact]
    public void PerSubKomponen_RefusesUnknownCodes_SharesOutside0To100_NegativeYears_Twice_AndListsTheUnanswered()
    {
        var h = PenilaianLke.PerSubKomponen(Kecil, [new("1.a", 100), new("1.a", 90), new("3.x", 50), new("1.b", D("100.5")), new("2.a", 50, -1)]);
        Assert.Equal(
            [
                "Subkomponen 1.a dijawab lebih dari sekali.",
                "Subkomponen 3.x tidak ada di templat uji.",
                "Persentase kriteria terpenuhi subkomponen 1.b harus 0 sampai 100; tertulis 100,5.",
                "Lama dipertahankan subkomponen 2.a tidak boleh negatif; tertulis -1.",
            ],
            h.Kesalahans);
        Assert.Equal(["1 subkomponen belum dinilai: 2.a."], PenilaianLke.PerSubKomponen(Kecil, [new("1.a", 100), new("1.b", 100)]).Kesalahans);
    }

    [Fact]
    public void ATemplateWithoutCriteria_IsScoredPerSubComponentOnly()
    {
        var tanpa = Kecil with { Komponens = [.. Kecil.Komponens.Select(k => k with { SubKomponens = [.. k.SubKomponens.Select(s => s with { Kriterias = [] })] })] };
        Assert.Equal(["Subkomponen 1.a, 1.b, 2.a di templat uji tidak memiliki kriteria; nilailah dengan metode per subkomponen."], PenilaianLke.PerKriteria(tanpa, []).Kesalahans);
        Assert.True(PenilaianLke.PerSubKomponen(tanpa, [new("1.a", 100), new("1.b", 100), new("2.a", 100)]).Berhasil);
    }
}
