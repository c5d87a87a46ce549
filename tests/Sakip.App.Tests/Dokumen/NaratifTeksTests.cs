using Sakip.App.Dokumen;

namespace Sakip.App.Tests.Dokumen;

/// <summary>The narrative's few marks become paragraphs, lists, bold and italics; everything else stays text.</summary>
public class NaratifTeksTests
{
    /// <summary>A block as a short string: P for a paragraph, UL/OL for a list; runs as [text], *bold*, /italic/.</summary>
    private static string Tulis(IReadOnlyList<Blok> bloks) => string.Join(" | ", bloks.Select(b => b switch
    {
        BlokParagraf p => "P " + Runs(p.Potongans),
        BlokDaftar l => (l.Bernomor ? "OL " : "UL ") + string.Join(" ; ", l.Butirs.Select(Runs)),
        _ => "?",
    }));

    private static string Runs(IReadOnlyList<Potongan> ps) => string.Concat(ps.Select(p => p.Tebal && p.Miring ? $"*/{p.Teks}/*" : p.Tebal ? $"*{p.Teks}*" : p.Miring ? $"/{p.Teks}/" : $"[{p.Teks}]"));

    [Theory]
    [InlineData("", "")]
    [InlineData("   \n\n  ", "")]
    [InlineData("Satu paragraf.", "P [Satu paragraf.]")]
    [InlineData("Baris satu\nbaris dua", "P [Baris satu\nbaris dua]")]
    [InlineData("Satu.\n\nDua.", "P [Satu.] | P [Dua.]")]
    [InlineData("Satu.\r\n\r\nDua.", "P [Satu.] | P [Dua.]")]
    [InlineData("- a\n- b", "UL [a] ; [b]")]
    [InlineData("* a\n* b", "UL [a] ; [b]")]
    [InlineData("1. a\n2) b\n10. c", "OL [a] ; [b] ; [c]")]
    [InlineData("Pengantar:\n- a\n- b\nPenutup.", "P [Pengantar:] | UL [a] ; [b] | P [Penutup.]")]
    [InlineData("- a\n1. b", "UL [a] | OL [b]")]
    [InlineData("-tanpa spasi", "P [-tanpa spasi]")]
    [InlineData("2024. Tahun pemilu", "P [2024. Tahun pemilu]")]
    [InlineData("Capaian **naik** tajam", "P [Capaian ]*naik*[ tajam]")]
    [InlineData("**tebal di awal** lalu biasa", "P *tebal di awal*[ lalu biasa]")]
    [InlineData("Istilah _daftar pemilih tetap_ (DPT)", "P [Istilah ]/daftar pemilih tetap/[ (DPT)]")]
    [InlineData("**_keduanya_**", "P */keduanya/*")]
    [InlineData("nama_berkas_ini tetap", "P [nama_berkas_ini tetap]")]
    [InlineData("** bukan tebal", "P [** bukan tebal]")]
    [InlineData("tanda _ sendirian", "P [tanda _ sendirian]")]
    [InlineData("****", "P [****]")]
    [InlineData("- **penting** sekali", "UL *penting*[ sekali]")]
    public void MarksBecomeBlocksAndRuns(string teks, string harapan) => Assert.Equal(harapan, Tulis(NaratifTeks.Urai(teks)));

    /// <summary>Markup of other languages is text: it reaches the renderers as characters, which encode it.</summary>
    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<b>tebal?</b> &amp; { MERGEFIELD Nama }")]
    [InlineData("{ INCLUDETEXT \"c:\\\\rahasia.txt\" }")]
    public void OtherMarkup_IsKeptAsText(string teks) => Assert.Equal($"P [{teks}]", Tulis(NaratifTeks.Urai(teks)));

    [Fact]
    public void PlainText_DropsTheMarks() =>
        Assert.Equal("Capaian naik 98,5 %\na\nb", NaratifTeks.TeksPolos("Capaian **naik** 98,5 %\n\n- a\n- _b_"));

    /// <summary>The longest allowed narrative, full of marks that never close, is read in one pass.</summary>
    [Fact]
    public void TheLongestText_WithUnclosedMarks_IsReadQuickly()
    {
        var teks = string.Concat(Enumerable.Repeat("_a **b ", NaratifTeks.PanjangMaksimum / 7));
        var mulai = System.Diagnostics.Stopwatch.GetTimestamp();
        var bloks = NaratifTeks.Urai(teks);
        Assert.Single(bloks);
        Assert.True(System.Diagnostics.Stopwatch.GetElapsedTime(mulai) < TimeSpan.FromSeconds(10), "quadratic parsing");
    }
}
