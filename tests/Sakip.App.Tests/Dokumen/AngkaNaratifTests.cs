using Sakip.App.Dokumen;

namespace Sakip.App.Tests.Dokumen;

/// <summary>Percentages typed in a narrative are compared with the data of what they name.</summary>
public class AngkaNaratifTests
{
    private static readonly AngkaIndikator[] Indikators =
    [
        new("1.1", "Persentase partisipasi pemilih", 102.3456m, "73,5 %", "72 %"),
        new("1.2", "Persentase pemilih disabilitas", 95m, "57 %", "60 %"),
        new("2.1", "Jumlah revisi DIPA", null, null, "3 kali"),
    ];

    /// <summary>The figures that disagree, as "typed→code" (code "-" for the overall capaian).</summary>
    [Theory]
    [InlineData("Capaian 102,35 % pada indikator Persentase partisipasi pemilih.", "")]
    [InlineData("Capaian 102,3 % pada indikator persentase  partisipasi pemilih.", "")]
    [InlineData("Capaian 102 % pada indikator Persentase partisipasi pemilih.", "")]
    [InlineData("Realisasi 73,5% untuk Persentase partisipasi pemilih.", "")]
    [InlineData("Target 72 persen untuk Persentase partisipasi pemilih.", "")]
    [InlineData("Capaian 98,5 % pada indikator Persentase partisipasi pemilih.", "98,5 %→1.1")]
    [InlineData("Capaian 102,34 % pada Persentase partisipasi pemilih.", "102,34 %→1.1")]
    [InlineData("Sebanyak 95 % untuk Persentase pemilih disabilitas dan 90 % untuk Persentase partisipasi pemilih.", "90 %→1.1")]
    [InlineData("Capaian 90 % pada indikator Persentase pemilih disabilitas.", "90 %→1.2")]
    [InlineData("Capaian 90 %. Persentase partisipasi pemilih dibahas di bawah.", "")]
    [InlineData("Capaian 50 % untuk Jumlah revisi DIPA.", "50 %→2.1")]
    [InlineData("Capaian kinerja keseluruhan 99,01 %.", "")]
    [InlineData("Capaian kinerja keseluruhan sebesar 97 %.", "97 %→-")]
    [InlineData("Sebesar 97 % capaian keseluruhan tahun ini.", "97 %→-")]
    [InlineData("Angka 1.234,5 % tidak menyebut apa pun.", "")]
    [InlineData("Tanpa persen: 98,5 untuk Persentase partisipasi pemilih.", "")]
    [InlineData("", "")]
    public void DisagreeingFigures_AreFound(string teks, string harapan)
    {
        var beda = AngkaNaratif.Periksa(teks, Indikators, 99.0123m);
        Assert.Equal(harapan, string.Join(", ", beda.Select(b => $"{b.Ditulis}→{b.KodeIndikator ?? "-"}")));
    }

    [Fact]
    public void AFinding_SaysWhatTheDataIs()
    {
        var beda = Assert.Single(AngkaNaratif.Periksa("Capaian 98,5 % pada indikator Persentase partisipasi pemilih.", Indikators, null));
        Assert.Equal(("98,5 %", "Persentase partisipasi pemilih", "capaian 102,35 %, realisasi 73,5 %, target 72 %"), (beda.Ditulis, beda.Nama, beda.Data));
    }

    [Fact]
    public void WithoutAnOverallCapaian_AnOverallFigureIsNotJudged() =>
        Assert.Empty(AngkaNaratif.Periksa("Capaian kinerja keseluruhan sebesar 97 %.", Indikators, null));
}
