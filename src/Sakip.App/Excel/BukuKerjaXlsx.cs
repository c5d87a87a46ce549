using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Sakip.App.Excel;

/// <summary>How a written cell looks and whether the user may type in it.</summary>
public enum GayaSel
{
    /// <summary>Plain text or number.</summary>
    Biasa = 0,

    /// <summary>A column heading: bold on grey, bordered.</summary>
    Judul = 1,

    /// <summary>Text that wraps inside its column.</summary>
    Bungkus = 2,

    /// <summary>A cell the user fills in: white, bordered, unlocked in a protected sheet.</summary>
    Isian = 3,

    /// <summary>A cell that does not apply: grey, locked.</summary>
    TidakBerlaku = 4,

    /// <summary>The sheet's title: bold and larger.</summary>
    JudulLembar = 5,
}

/// <summary>
/// One cell to write: text, or a number kept exact (written from the <see cref="decimal"/>'s
/// invariant text, never through <see cref="double"/>).
/// </summary>
public readonly record struct SelTulis(string? Teks, decimal? Angka, GayaSel Gaya = GayaSel.Biasa)
{
    public static SelTulis Dari(object? nilai, GayaSel gaya = GayaSel.Biasa) => nilai switch
    {
        null => new(null, null, gaya),
        decimal d => new(null, d, gaya),
        int i => new(null, i, gaya),
        long l => new(null, l, gaya),
        SelTulis s => s,
        _ => new(Convert.ToString(nilai, CultureInfo.InvariantCulture), null, gaya),
    };
}

/// <summary>A worksheet to write: rows of cells from A1, column widths, frozen panes, protection.</summary>
public sealed class LembarTulis(string nama)
{
    public string Nama { get; } = nama;

    public List<IReadOnlyList<SelTulis>> Barises { get; } = [];

    /// <summary>Column widths in characters, from column A; missing ones keep the default.</summary>
    public List<double> LebarKolom { get; } = [];

    /// <summary>The first unfrozen cell (<c>C5</c>), or null for no frozen panes.</summary>
    public string? BekukanDi { get; set; }

    /// <summary>Protects the sheet without a password, so only <see cref="GayaSel.Isian"/> cells are editable.</summary>
    public bool Dilindungi { get; set; }

    /// <summary>Hidden from the tab bar and from Excel's "Unhide" list (for the template's own data).</summary>
    public bool SangatTersembunyi { get; set; }

    public LembarTulis Baris(params SelTulis[] sels)
    {
        Barises.Add(sels);
        return this;
    }
}

/// <summary>
/// Writes workbooks with the OpenXml SDK. The files open in Excel and LibreOffice and are read
/// back by <see cref="PembacaXlsx"/>; they carry the style and workbook parts other readers need.
/// </summary>
public static class BukuKerjaXlsx
{
    /// <summary>A one-sheet workbook of a table: a title (row 1), an optional note (row 2), headings (row 3) and rows.</summary>
    public static byte[] Tabel(string namaLembar, string judul, string? keterangan, IReadOnlyList<string> kolom, IEnumerable<IReadOnlyList<object?>> barises) =>
        Tulis([LembarTabel(namaLembar, judul, keterangan, kolom, barises)]);

    /// <summary>The sheet of a table, as <see cref="Tabel"/> lays it out, for a workbook of several tables.</summary>
    public static LembarTulis LembarTabel(string namaLembar, string judul, string? keterangan, IReadOnlyList<string> kolom, IEnumerable<IReadOnlyList<object?>> barises)
    {
        var lembar = new LembarTulis(namaLembar) { BekukanDi = "A4" };
        lembar.Baris(new SelTulis(judul, null, GayaSel.JudulLembar));
        lembar.Baris(new SelTulis(keterangan, null));

        lembar.Baris([.. kolom.Select(k => new SelTulis(k, null, GayaSel.Judul))]);
        var lebar = kolom.Select(k => (double)Math.Max(10, k.Length + 2)).ToArray();
        foreach (var baris in barises)
        {
            var sels = baris.Select(n => SelTulis.Dari(n)).ToArray();
            for (var i = 0; i < sels.Length && i < lebar.Length; i++)
            {
                var panjang = sels[i].Teks?.Length ?? 12;
                lebar[i] = Math.Min(60, Math.Max(lebar[i], panjang + 2));
                if (panjang > 60)
                {
                    sels[i] = sels[i] with { Gaya = GayaSel.Bungkus };
                }
            }

            lembar.Baris(sels);
        }

        lembar.LebarKolom.AddRange(lebar);
        return lembar;
    }

    /// <summary>Writes the sheets, in order, into a new workbook.</summary>
    public static byte[] Tulis(IReadOnlyList<LembarTulis> lembars)
    {
        using var aliran = new MemoryStream();
        using (var dokumen = SpreadsheetDocument.Create(aliran, SpreadsheetDocumentType.Workbook))
        {
            var buku = dokumen.AddWorkbookPart();
            buku.Workbook = new Workbook(new WorkbookProperties(), new Sheets());
            var gaya = buku.AddNewPart<WorkbookStylesPart>();
            gaya.Stylesheet = Gaya();
            var sheets = buku.Workbook.Sheets!;
            uint id = 1;
            foreach (var l in lembars)
            {
                var part = buku.AddNewPart<WorksheetPart>();
                part.Worksheet = Lembar(l);
                sheets.Append(new Sheet
                {
                    Name = l.Nama,
                    SheetId = id++,
                    Id = buku.GetIdOfPart(part),
                    State = l.SangatTersembunyi ? SheetStateValues.VeryHidden : null,
                });
            }

            buku.Workbook.Save();
        }

        return aliran.ToArray();
    }

    private static Worksheet Lembar(LembarTulis l)
    {
        var ws = new Worksheet();
        if (l.BekukanDi is { } bekuk)
        {
            var (kolom, baris) = AlamatSel.Urai(bekuk);
            var pane = new Pane
            {
                TopLeftCell = bekuk,
                State = PaneStateValues.Frozen,
                ActivePane = kolom > 1 && baris > 1 ? PaneValues.BottomRight : baris > 1 ? PaneValues.BottomLeft : PaneValues.TopRight,
            };
            if (kolom > 1)
            {
                pane.HorizontalSplit = kolom - 1;
            }

            if (baris > 1)
            {
                pane.VerticalSplit = baris - 1;
            }

            ws.Append(new SheetViews(new SheetView(pane) { WorkbookViewId = 0 }));
        }

        if (l.LebarKolom.Count > 0)
        {
            ws.Append(new Columns(l.LebarKolom.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true })));
        }

        var data = new SheetData();
        for (var r = 0; r < l.Barises.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < l.Barises[r].Count; c++)
            {
                var s = l.Barises[r][c];
                if (s.Teks is null && s.Angka is null && s.Gaya == GayaSel.Biasa)
                {
                    continue;
                }

                var cell = new Cell { CellReference = AlamatSel.Dari(c + 1, r + 1), StyleIndex = (uint)s.Gaya };
                if (s.Angka is { } angka)
                {
                    cell.CellValue = new CellValue(angka.ToString(CultureInfo.InvariantCulture));
                }
                else if (s.Teks is not null)
                {
                    cell.DataType = CellValues.InlineString;
                    cell.InlineString = new InlineString(new Text(Bersihkan(s.Teks)) { Space = SpaceProcessingModeValues.Preserve });
                }

                row.Append(cell);
            }

            data.Append(row);
        }

        ws.Append(data);
        if (l.Dilindungi)
        {
            ws.Append(new SheetProtection { Sheet = true, Objects = true, Scenarios = true, FormatColumns = false, FormatRows = false });
        }

        return ws;
    }

    /// <summary>XML cannot carry most control characters; text from users may contain them.</summary>
    private static string Bersihkan(string teks) =>
        teks.Any(ch => char.IsControl(ch) && ch is not '\t' and not '\n' and not '\r')
            ? new string([.. teks.Where(ch => !char.IsControl(ch) || ch is '\t' or '\n' or '\r')])
            : teks;

    private static Stylesheet Gaya()
    {
        var tipis = new Border(
            new LeftBorder { Style = BorderStyleValues.Thin },
            new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin },
            new BottomBorder { Style = BorderStyleValues.Thin },
            new DiagonalBorder());
        static Fill Isi(string rgb) => new(new PatternFill(new ForegroundColor { Rgb = rgb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });
        return new Stylesheet(
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Calibri" })),
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                Isi("FFD9D9D9"),
                Isi("FFEDEDED")),
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), tipis),
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }),
            new CellFormats(
                new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 1, FillId = 2, BorderId = 1, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true },
                new CellFormat(new Protection { Locked = false }) { FontId = 0, FillId = 0, BorderId = 1, FormatId = 0, ApplyBorder = true, ApplyProtection = true },
                new CellFormat { FontId = 0, FillId = 3, BorderId = 1, FormatId = 0, ApplyFill = true, ApplyBorder = true },
                new CellFormat { FontId = 2, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true }),
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }));
    }
}

/// <summary>A1-style cell addresses.</summary>
public static class AlamatSel
{
    /// <summary>The letters of a 1-based column: 1 is A, 27 is AA.</summary>
    public static string Kolom(int kolom)
    {
        var huruf = string.Empty;
        while (kolom > 0)
        {
            var sisa = (kolom - 1) % 26;
            huruf = (char)('A' + sisa) + huruf;
            kolom = (kolom - 1) / 26;
        }

        return huruf;
    }

    public static string Dari(int kolom, int baris) => Kolom(kolom) + baris.ToString(CultureInfo.InvariantCulture);

    /// <summary>The 1-based column and row of an address such as <c>G7</c>; (0, 0) when it is not one.</summary>
    public static (int Kolom, int Baris) Urai(string alamat)
    {
        var kolom = 0;
        var i = 0;
        while (i < alamat.Length && char.IsAsciiLetter(alamat[i]))
        {
            kolom = (kolom * 26) + (char.ToUpperInvariant(alamat[i]) - 'A' + 1);
            i++;
        }

        return i > 0 && i <= 3 && int.TryParse(alamat.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out var baris) && baris > 0
            ? (kolom, baris)
            : (0, 0);
    }
}
