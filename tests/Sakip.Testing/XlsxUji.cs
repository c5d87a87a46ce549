using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Sakip.App.Excel;

namespace Sakip.Testing;

/// <summary>
/// Fills cells of a workbook the way a user would in Excel: text is written as a shared string
/// (as Excel saves typed text), numbers as numeric cells, optionally with a number format.
/// </summary>
public static class XlsxUji
{
    /// <summary>Excel's built-in number formats used by the tests.</summary>
    public const uint FormatPersen = 10;
    public const uint FormatTanggal = 14;

    /// <summary>Writes each value (string, decimal, int, or null to clear) into its cell of the sheet.</summary>
    public static byte[] Isi(byte[] xlsx, string lembar, params (string Alamat, object? Nilai)[] isian) => IsiBerformat(xlsx, lembar, null, isian);

    /// <summary>As <see cref="Isi"/>, with every written number shown in the built-in format <paramref name="formatAngka"/>.</summary>
    public static byte[] IsiBerformat(byte[] xlsx, string lembar, uint? formatAngka, params (string Alamat, object? Nilai)[] isian)
    {
        using var aliran = new MemoryStream();
        aliran.Write(xlsx);
        using (var dok = SpreadsheetDocument.Open(aliran, true))
        {
            var buku = dok.WorkbookPart!;
            var sheet = buku.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == lembar);
            var data = ((WorksheetPart)buku.GetPartById(sheet.Id!)).Worksheet.GetFirstChild<SheetData>()!;
            var sst = (buku.SharedStringTablePart ?? buku.AddNewPart<SharedStringTablePart>()).SharedStringTable ??= new SharedStringTable();
            uint? gaya = formatAngka is { } f ? TambahGaya(buku, f) : null;
            foreach (var (alamat, nilai) in isian)
            {
                var cell = Sel(data, alamat);
                cell.CellFormula = null;
                cell.InlineString = null;
                switch (nilai)
                {
                    case null:
                        cell.DataType = null;
                        cell.CellValue = null;
                        break;
                    case string teks:
                        sst.Append(new SharedStringItem(new Text(teks)));
                        cell.DataType = CellValues.SharedString;
                        cell.CellValue = new CellValue((sst.Elements<SharedStringItem>().Count() - 1).ToString(CultureInfo.InvariantCulture));
                        break;
                    default:
                        cell.DataType = null;
                        cell.CellValue = new CellValue(Convert.ToDecimal(nilai, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                        if (gaya is not null)
                        {
                            cell.StyleIndex = gaya;
                        }

                        break;
                }
            }
        }

        return aliran.ToArray();
    }

    private static uint TambahGaya(WorkbookPart buku, uint formatAngka)
    {
        var formats = buku.WorkbookStylesPart!.Stylesheet.CellFormats!;
        formats.Append(new CellFormat { NumberFormatId = formatAngka, ApplyNumberFormat = true, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 });
        return (uint)formats.Elements<CellFormat>().Count() - 1;
    }

    /// <summary>The cell at the address, created in its row (in column order) when missing.</summary>
    private static Cell Sel(SheetData data, string alamat)
    {
        var (kolom, baris) = AlamatSel.Urai(alamat);
        var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex?.Value == (uint)baris);
        if (row is null)
        {
            row = new Row { RowIndex = (uint)baris };
            var sesudah = data.Elements<Row>().FirstOrDefault(r => r.RowIndex!.Value > baris);
            if (sesudah is null)
            {
                data.Append(row);
            }
            else
            {
                data.InsertBefore(row, sesudah);
            }
        }

        var ada = row.Elements<Cell>().FirstOrDefault(c => c.CellReference?.Value == alamat);
        if (ada is not null)
        {
            return ada;
        }

        var cell = new Cell { CellReference = alamat };
        var berikut = row.Elements<Cell>().FirstOrDefault(c => AlamatSel.Urai(c.CellReference!.Value!).Kolom > kolom);
        if (berikut is null)
        {
            row.Append(cell);
        }
        else
        {
            row.InsertBefore(cell, berikut);
        }

        return cell;
    }
}
