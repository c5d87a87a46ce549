using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Sakip.Testing;

/// <summary>
/// Approved files (issue 10, item 9): the text a document must carry, kept under
/// <c>tests/Disetujui/</c>. A test compares what it received with the approved text; on a
/// difference it writes the received text beside it (<c>.received.txt</c>) and fails naming the
/// first line that differs, so a deliberate change is approved by copying one file over the other.
/// </summary>
public static class BerkasDisetujui
{
    public static string Folder
    {
        get
        {
            var akar = AppContext.BaseDirectory;
            while (!File.Exists(Path.Combine(akar, "Sakip.slnx")))
            {
                akar = Path.GetDirectoryName(akar) ?? throw new InvalidOperationException("Sakip.slnx not found above the test output.");
            }

            return Path.Combine(akar, "tests", "Disetujui");
        }
    }

    /// <summary>Fails unless <paramref name="diterima"/> equals the approved file <paramref name="nama"/> line for line.</summary>
    public static void Bandingkan(string nama, IReadOnlyList<string> diterima)
    {
        var jalur = Path.Combine(Folder, nama);
        var disetujui = File.Exists(jalur) ? File.ReadAllLines(jalur) : [];
        if (disetujui.SequenceEqual(diterima, StringComparer.Ordinal))
        {
            return;
        }

        var jalurDiterima = Path.ChangeExtension(jalur, ".received.txt");
        File.WriteAllLines(jalurDiterima, diterima);
        var i = 0;
        while (i < disetujui.Length && i < diterima.Count && disetujui[i] == diterima[i])
        {
            i++;
        }

        Assert.Fail($"{nama} berbeda dari yang disetujui pada baris {i + 1}:\n  disetujui: {(i < disetujui.Length ? disetujui[i] : "(akhir berkas)")}\n  diterima:  {(i < diterima.Count ? diterima[i] : "(akhir berkas)")}\nTeks yang diterima ditulis ke {jalurDiterima}; salin ke {jalur} bila perubahan itu disengaja.");
    }

    /// <summary>
    /// The text of a Word document in reading order, one line per body paragraph ("# " before a
    /// level 1 heading, "## " level 2, "### " level 3, "= " a title line) and one per table row
    /// (cells joined with " | "); empty paragraphs left out.
    /// </summary>
    public static IReadOnlyList<string> GarisDocx(byte[] isi)
    {
        using var dok = WordprocessingDocument.Open(new MemoryStream(isi), false);
        var hasil = new List<string>();
        foreach (var e in dok.MainDocumentPart!.Document.Body!.Elements())
        {
            switch (e)
            {
                case Paragraph p when p.InnerText.Trim().Length > 0:
                    var awalan = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value switch
                    {
                        "Heading1" => "# ",
                        "Heading2" => "## ",
                        "Heading3" => "### ",
                        "Title" => "= ",
                        _ => string.Empty,
                    };
                    hasil.Add(awalan + Satu(string.Concat(p.Descendants().Select(d => d switch { Text t => t.Text, Break or TabChar => " ", _ => string.Empty }))));
                    break;
                case Table t:
                    hasil.AddRange(t.Elements<TableRow>().Select(r => string.Join(" | ", r.Elements<TableCell>().Select(c => Satu(string.Join(" ", c.Elements<Paragraph>().Select(x => x.InnerText)))))));
                    break;
            }
        }

        return hasil;
    }

    /// <summary>The text of a PDF as <c>pdftotext</c> (poppler-utils) reads it, white space collapsed to single spaces.</summary>
    public static string TeksPdf(byte[] isi)
    {
        var jalur = Path.Combine(Path.GetTempPath(), $"sakip-uji-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(jalur, isi);
        try
        {
            using var proses = Process.Start(new ProcessStartInfo("pdftotext", [jalur, "-"]) { RedirectStandardOutput = true, UseShellExecute = false })
                ?? throw new InvalidOperationException("pdftotext tidak dapat dijalankan (paket poppler-utils).");
            var teks = proses.StandardOutput.ReadToEnd();
            proses.WaitForExit();
            Assert.Equal(0, proses.ExitCode);
            return Satu(teks);
        }
        finally
        {
            File.Delete(jalur);
        }
    }

    /// <summary>
    /// Fails unless every heading of the approved Word text appears in the PDF's text in the same
    /// order, and every table cell after the heading it follows (within a section the order of
    /// cells is the PDF reader's: a cell merged over several rows is read where it is drawn).
    /// Paragraphs are not compared: a page's footer may fall inside one.
    /// </summary>
    public static void PdfMengikuti(string teksPdf, IReadOnlyList<string> garisDocx)
    {
        // White space and hyphens are left out on both sides: the PDF wraps lines inside cells, and
        // the reader joins a word broken after its hyphen.
        teksPdf = Padat(teksPdf);
        var bagian = 0;
        int Cari(string judul)
        {
            var ketemu = teksPdf.IndexOf(Padat(judul), bagian, StringComparison.Ordinal);
            Assert.True(ketemu >= 0, $"PDF tidak memuat judul \"{judul}\" setelah judul sebelumnya (posisi {bagian}).");
            return ketemu + Padat(judul).Length;
        }

        foreach (var garis in garisDocx)
        {
            if (garis.StartsWith('#') || garis.StartsWith('='))
            {
                bagian = Cari(garis.TrimStart('#', '=', ' '));
                if (garis == "= DAFTAR ISI")
                {
                    // In HTML and PDF the table of contents lists every level 1 and 2 heading: read past it.
                    foreach (var isi in garisDocx.Where(g => g.StartsWith("# ", StringComparison.Ordinal) || g.StartsWith("## ", StringComparison.Ordinal)))
                    {
                        bagian = Cari(isi.TrimStart('#', ' '));
                    }
                }

                continue;
            }

            // A cell's words in order: the reader may interleave the lines of cells side by side.
            foreach (var sel in garis.Contains(" | ", StringComparison.Ordinal) ? garis.Split(" | ").Where(c => c.Trim().Length > 0) : [])
            {
                var posisi = bagian;
                foreach (var kata in System.Text.RegularExpressions.Regex.Split(sel, @"\s+").Where(k => Padat(k).Length > 0))
                {
                    var ketemu = teksPdf.IndexOf(Padat(kata), posisi, StringComparison.Ordinal);
                    Assert.True(ketemu >= 0, $"PDF tidak memuat \"{kata}\" dari sel \"{sel}\" (baris \"{garis}\") setelah judul bagiannya.");
                    posisi = ketemu + Padat(kata).Length;
                }
            }
        }
    }

    private static string Padat(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c) && c != '-'));

    private static string Satu(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
