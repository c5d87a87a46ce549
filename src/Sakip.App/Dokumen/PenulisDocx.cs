using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Sakip.App.Dokumen;

/// <summary>
/// Lays a document out as an editable Word file (Open XML SDK 3, ADR 0010): its own styles
/// (Normal, Title, Heading 1-3, each heading with an outline level so Word's navigation and table
/// of contents see it), A4 with 2,5 cm margins, a footer "… · Halaman X dari Y" from PAGE and
/// NUMPAGES fields, real Word tables with a repeated header row and vertically merged cells, and
/// signature blocks as a borderless table, native charts (<see cref="GrafikDocx"/>). Text is written
/// as text runs, never parsed.
/// </summary>
public static class PenulisDocx
{
    /// <summary>A4 width less both margins, in twentieths of a point.</summary>
    private const int LebarIsi = 11906 - (2 * 1418);

    public static byte[] Tulis(ModelDokumen d)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            doc.PackageProperties.Title = d.Judul;
            doc.PackageProperties.Creator = "Sakip";
            var main = doc.AddMainDocumentPart();
            Gaya(main);

            // Fields (the table of contents, the page count) are brought up to date when Word opens the file.
            main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(new UpdateFieldsOnOpen { Val = true });
            var kaki = main.AddNewPart<FooterPart>();
            kaki.Footer = new Footer(new Paragraph(
                new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                Teks(d.Kaki + " · Halaman "),
                new SimpleField { Instruction = " PAGE ", Dirty = true },
                Teks(" dari "),
                new SimpleField { Instruction = " NUMPAGES ", Dirty = true }));
            var body = new Body();
            var halamanBaru = false;
            uint grafik = 0;
            foreach (var b in d.Bloks)
            {
                if (b is PemisahHalaman)
                {
                    halamanBaru = true;
                    continue;
                }

                if (b is BlokGrafik g)
                {
                    body.Append(GrafikDocx.Sisipkan(main, g, ++grafik));
                    body.Append(Paragraf([Teks(g.Judul)], null, Perataan.Tengah));
                    halamanBaru = false;
                    continue;
                }

                foreach (var e in Elemen(b, halamanBaru))
                {
                    body.Append(e);
                }

                halamanBaru = false;
            }

            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(kaki) },
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1418, Bottom = 1418, Left = 1418U, Right = 1418U, Header = 709U, Footer = 709U }));
            main.Document = new Document(body);
        }

        return ms.ToArray();
    }

    private static IEnumerable<OpenXmlElement> Elemen(Blok b, bool halamanBaru) => b switch
    {
        BlokDaftarIsi isi => [
            Paragraf([Teks(isi.Judul)], "Title", Perataan.Tengah, halamanBaru),
            new Paragraph(
                new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }),
                new Run(new FieldCode(" TOC \\o \"1-3\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                Teks("Daftar isi diperbarui saat dokumen dibuka di Word (pilih Ya untuk memperbarui bidang)."),
                new Run(new FieldChar { FieldCharType = FieldCharValues.End }))],
        BlokJudul j => [Paragraf([Teks(j.Teks)], j.Tingkat == 0 ? "Title" : $"Heading{Math.Clamp(j.Tingkat, 1, 3)}", j.Tingkat == 0 ? Perataan.Tengah : Perataan.Kiri, halamanBaru)],
        BlokParagraf p => [Paragraf([.. p.Potongans.Select(Teks)], null, p.Rata, halamanBaru)],
        BlokDaftar l => l.Butirs.Select((butir, i) => Butir(l.Bernomor ? $"{i + 1}." : "\u2022", butir, halamanBaru && i == 0)),
        BlokTabel t => halamanBaru ? [Paragraf([], null, Perataan.Kiri, true), Tabel(t)] : [Tabel(t)],
        BlokTandaTangan ttd => halamanBaru ? [Paragraf([], null, Perataan.Kiri, true), TandaTangan(ttd)] : [TandaTangan(ttd), new Paragraph()],
        _ => [],
    };

    private static Paragraph Paragraf(IReadOnlyList<Run> runs, string? gaya, Perataan rata, bool halamanBaru = false)
    {
        var pp = new ParagraphProperties();
        if (gaya is not null)
        {
            pp.Append(new ParagraphStyleId { Val = gaya });
        }

        if (halamanBaru)
        {
            pp.Append(new PageBreakBefore());
        }

        if (rata != Perataan.Kiri)
        {
            pp.Append(new Justification { Val = rata switch { Perataan.Tengah => JustificationValues.Center, Perataan.Kanan => JustificationValues.Right, _ => JustificationValues.Both } });
        }

        var p = new Paragraph(pp);
        foreach (var r in runs)
        {
            p.Append(r);
        }

        return p;
    }

    /// <summary>A list item: its mark ("1.", a bullet), a tab, and its runs, hanging from the indentation.</summary>
    private static Paragraph Butir(string tanda, IReadOnlyList<Potongan> isi, bool halamanBaru)
    {
        var p = Paragraf([Teks(tanda + "\t"), .. isi.Select(Teks)], null, Perataan.Kiri, halamanBaru);
        p.ParagraphProperties!.Append(new Indentation { Left = "720", Hanging = "360" });
        return p;
    }

    private static Run Teks(Potongan p) => Teks(p.Teks, p.Tebal, p.Miring);

    private static Run Teks(string teks, bool tebal = false, bool miring = false)
    {
        var run = new Run();
        if (tebal || miring)
        {
            var rp = new RunProperties();
            if (tebal)
            {
                rp.Append(new Bold());
            }

            if (miring)
            {
                rp.Append(new Italic());
            }

            run.Append(rp);
        }

        // Line breaks in user text become Word line breaks; nothing else in it has any meaning.
        var baris = teks.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < baris.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(Bersih(baris[i])) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    /// <summary>Characters XML 1.0 cannot carry are dropped (a pasted control character must not break the file).</summary>
    private static string Bersih(string s) =>
        s.Any(c => c < 0x20 && c != '\t') ? new string([.. s.Where(c => c >= 0x20 || c == '\t')]) : s;

    private static Table Tabel(BlokTabel t)
    {
        var total = Math.Max(1, t.Lebar.Sum());
        var lebar = t.Lebar.Select(l => l * LebarIsi / total).ToList();
        var garis = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4U },
            new LeftBorder { Val = BorderValues.Single, Size = 4U },
            new BottomBorder { Val = BorderValues.Single, Size = 4U },
            new RightBorder { Val = BorderValues.Single, Size = 4U },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U });
        var tabel = new Table(
            new TableProperties(new TableWidth { Width = LebarIsi.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }, garis, new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid([.. lebar.Select(l => new GridColumn { Width = l.ToString(System.Globalization.CultureInfo.InvariantCulture) })]));
        var kepala = new TableRow(new TableRowProperties(new TableHeader()));
        for (var i = 0; i < t.Kepala.Count; i++)
        {
            kepala.Append(Sel(t.Kepala[i], lebar[i], tebal: true, tengah: true));
        }

        tabel.Append(kepala);

        // Cells merged down leave holes in the rows below; each hole becomes a "continue" cell.
        var sisa = new int[t.Kepala.Count];
        foreach (var baris in t.Barises)
        {
            var tr = new TableRow(new TableRowProperties(new CantSplit()));
            var berikut = 0;
            for (var kolom = 0; kolom < t.Kepala.Count; kolom++)
            {
                if (sisa[kolom] > 0)
                {
                    sisa[kolom]--;
                    var lanjut = Sel(string.Empty, lebar[kolom]);
                    lanjut.TableCellProperties!.Append(new VerticalMerge { Val = MergedCellValues.Continue });
                    tr.Append(lanjut);
                    continue;
                }

                var s = berikut < baris.Count ? baris[berikut++] : new Sel(string.Empty);
                var sel = Sel(s.Teks, lebar[kolom], s.Tebal, angka: s.Angka);
                if (s.GabungBawah > 1)
                {
                    sel.TableCellProperties!.Append(new VerticalMerge { Val = MergedCellValues.Restart });
                    sisa[kolom] = s.GabungBawah - 1;
                }

                tr.Append(sel);
            }

            tabel.Append(tr);
        }

        return tabel;
    }

    private static TableCell Sel(string teks, int lebar, bool tebal = false, bool tengah = false, bool angka = false) =>
        new(
            new TableCellProperties(new TableCellWidth { Width = lebar.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
            Paragraf([Teks(teks, tebal)], "IsiTabel", tengah ? Perataan.Tengah : angka ? Perataan.Kanan : Perataan.Kiri));

    private static Table TandaTangan(BlokTandaTangan ttd)
    {
        var lebar = LebarIsi / Math.Max(1, ttd.Koloms.Count);
        var tabel = new Table(
            new TableProperties(new TableWidth { Width = LebarIsi.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }, new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid([.. ttd.Koloms.Select(_ => new GridColumn { Width = lebar.ToString(System.Globalization.CultureInfo.InvariantCulture) })]));
        var tr = new TableRow(new TableRowProperties(new CantSplit()));
        foreach (var k in ttd.Koloms)
        {
            var sel = new TableCell(new TableCellProperties(new TableCellWidth { Width = lebar.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
            foreach (var a in k.Atas)
            {
                sel.Append(Paragraf([Teks(a)], null, Perataan.Tengah));
            }

            for (var i = 0; i < 3; i++)
            {
                sel.Append(Paragraf([], null, Perataan.Tengah));
            }

            var nama = Teks(k.Nama, tebal: true);
            nama.RunProperties!.Append(new Underline { Val = UnderlineValues.Single });
            sel.Append(Paragraf([nama], null, Perataan.Tengah));
            tr.Append(sel);
        }

        tabel.Append(tr);
        return tabel;
    }

    private static void Gaya(MainDocumentPart main)
    {
        var bagian = main.AddNewPart<StyleDefinitionsPart>();
        Style Paragraf(string id, string nama, int ukuranSetengahPoin, bool tebal, int? outline, string? huruf = null, bool tengah = false, int spasiSesudah = 120)
        {
            var rp = new StyleRunProperties(new FontSize { Val = ukuranSetengahPoin.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            // The schema's order: fonts, then bold, then size.
            if (tebal)
            {
                rp.PrependChild(new Bold());
            }

            if (huruf is not null)
            {
                rp.PrependChild(new RunFonts { Ascii = huruf, HighAnsi = huruf, ComplexScript = huruf });
            }

            var pp = new StyleParagraphProperties(new SpacingBetweenLines { After = spasiSesudah.ToString(System.Globalization.CultureInfo.InvariantCulture), Line = "276", LineRule = LineSpacingRuleValues.Auto });
            if (outline is { } o)
            {
                pp.PrependChild(new KeepNext());
                pp.Append(new OutlineLevel { Val = o });
            }

            if (tengah)
            {
                pp.Append(new Justification { Val = JustificationValues.Center });
            }

            // Children in the order the schema wants: name, based on, next, primary, paragraph, run.
            var gaya = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = id == "Normal" ? true : null };
            gaya.Append(new StyleName { Val = nama });
            if (id != "Normal")
            {
                gaya.Append(new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" });
            }

            gaya.Append(new PrimaryStyle(), pp, rp);
            return gaya;
        }

        bagian.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(new RunFonts { Ascii = "Liberation Serif", HighAnsi = "Liberation Serif", ComplexScript = "Liberation Serif" }, new FontSize { Val = "24" }, new Languages { Val = "id-ID" })),
                new ParagraphPropertiesDefault()),
            Paragraf("Normal", "Normal", 24, false, null),
            Paragraf("Title", "Title", 28, true, null, "Liberation Sans", tengah: true, spasiSesudah: 60),
            Paragraf("Heading1", "heading 1", 28, true, 0, "Liberation Sans", spasiSesudah: 160),
            Paragraf("Heading2", "heading 2", 26, true, 1, "Liberation Sans"),
            Paragraf("Heading3", "heading 3", 24, true, 2, "Liberation Sans"),
            Paragraf("IsiTabel", "Isi tabel", 21, false, null, spasiSesudah: 0));
    }
}
