using System.Globalization;
using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Sakip.App.Excel;

/// <summary>
/// A cell as read: a number (Excel's own numeric cell), text, or the reason it has no usable
/// value (an error value such as <c>#DIV/0!</c>, a formula saved without its result).
/// <see cref="Format"/> tells a number shown as a date or a percentage (Excel keeps 90 % as 0.9).
/// </summary>
public sealed record SelBaca(string Alamat, decimal? Angka, string? Teks, string? Galat, FormatAngka Format = FormatAngka.Biasa)
{
    /// <summary>True when the cell holds nothing (no value, or only spaces).</summary>
    public bool Kosong => Angka is null && Galat is null && string.IsNullOrWhiteSpace(Teks);

    /// <summary>The value as one text: the text, or the number in invariant form.</summary>
    public string TeksApaAdanya => Teks ?? Angka?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}

/// <summary>How a numeric cell is shown, as far as reading its value depends on it.</summary>
public enum FormatAngka
{
    Biasa,
    Tanggal,
    Persen,
}

/// <summary>A worksheet as read: its cells by (column, row), both 1-based.</summary>
public sealed class LembarBaca(string nama, IReadOnlyDictionary<(int Kolom, int Baris), SelBaca> sels)
{
    public string Nama { get; } = nama;

    public int BarisTerakhir { get; } = sels.Count == 0 ? 0 : sels.Keys.Max(k => k.Baris);

    public SelBaca Sel(int kolom, int baris) =>
        sels.TryGetValue((kolom, baris), out var s) ? s : new SelBaca(AlamatSel.Dari(kolom, baris), null, null, null);

    /// <summary>The cells of one row that hold something.</summary>
    public IEnumerable<(int Kolom, SelBaca Sel)> IsiBaris(int baris) =>
        sels.Where(kv => kv.Key.Baris == baris && !kv.Value.Kosong).OrderBy(kv => kv.Key.Kolom).Select(kv => (kv.Key.Kolom, kv.Value));
}

/// <summary>Why a workbook could not be read at all, in Bahasa Indonesia.</summary>
public sealed class BukuKerjaTidakTerbacaException(string pesan) : Exception(pesan);

/// <summary>
/// Reads the values of every worksheet of an XLSX file (shared strings, inline strings, numbers,
/// booleans, error values). Refuses, with a message, files that are not a workbook or that would
/// expand beyond a sane size (a ZIP bomb) before the XML is parsed.
/// </summary>
public static class PembacaXlsx
{
    /// <summary>The most the parts of one workbook may expand to.</summary>
    public const long UkuranTerurai = 100L * 1024 * 1024;

    /// <summary>The most cells read from one workbook.</summary>
    public const int SelMaksimum = 200_000;

    public static IReadOnlyList<LembarBaca> Baca(byte[] isi)
    {
        PeriksaZip(isi);
        try
        {
            using var dokumen = SpreadsheetDocument.Open(new MemoryStream(isi, writable: false), false, new OpenSettings { AutoSave = false });
            var buku = dokumen.WorkbookPart ?? throw new BukuKerjaTidakTerbacaException("berkas tidak berisi buku kerja");
            var teksBersama = buku.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var formats = Formats(buku.WorkbookStylesPart?.Stylesheet);
            var hasil = new List<LembarBaca>();
            var jumlahSel = 0;
            foreach (var sheet in buku.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                if (sheet.Id?.Value is not { } id || buku.GetPartById(id) is not WorksheetPart part)
                {
                    continue;
                }

                var sels = new Dictionary<(int, int), SelBaca>();
                var barisSebelumnya = 0;
                foreach (var row in part.Worksheet.Descendants<Row>())
                {
                    var baris = row.RowIndex?.Value is { } ri ? (int)ri : barisSebelumnya + 1;
                    barisSebelumnya = baris;
                    var kolomSebelumnya = 0;
                    foreach (var cell in row.Elements<Cell>())
                    {
                        var (kolom, barisSel) = cell.CellReference?.Value is { } r ? AlamatSel.Urai(r) : (kolomSebelumnya + 1, baris);
                        if (kolom == 0)
                        {
                            throw new BukuKerjaTidakTerbacaException($"lembar '{sheet.Name}' memuat alamat sel '{cell.CellReference}' yang tidak sah");
                        }

                        kolomSebelumnya = kolom;
                        if (++jumlahSel > SelMaksimum)
                        {
                            throw new BukuKerjaTidakTerbacaException($"buku kerja memuat lebih dari {Domain.Bilangan.FormatIndonesia.AngkaRingkas(SelMaksimum)} sel");
                        }

                        sels[(kolom, barisSel)] = BacaSel(cell, AlamatSel.Dari(kolom, barisSel), teksBersama, formats);
                    }
                }

                hasil.Add(new LembarBaca(sheet.Name?.Value ?? string.Empty, sels));
            }

            return hasil;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or InvalidOperationException or IOException or ArgumentException or FormatException)
        {
            throw new BukuKerjaTidakTerbacaException("berkas rusak atau bukan buku kerja Excel yang sah");
        }
    }

    private static void PeriksaZip(byte[] isi)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(isi, writable: false), ZipArchiveMode.Read);
            long total = 0;
            foreach (var entri in zip.Entries)
            {
                total += entri.Length;
                if (total > UkuranTerurai)
                {
                    throw new BukuKerjaTidakTerbacaException($"isi berkas terurai lebih dari {UkuranTerurai / 1024 / 1024} MB");
                }
            }
        }
        catch (InvalidDataException)
        {
            throw new BukuKerjaTidakTerbacaException("berkas rusak atau bukan buku kerja Excel yang sah");
        }
    }

    private static SelBaca BacaSel(Cell cell, string alamat, List<string> teksBersama, Dictionary<uint, FormatAngka> formats)
    {
        var nilai = cell.CellValue?.Text;
        var format = cell.StyleIndex?.Value is { } gaya ? formats.GetValueOrDefault(gaya) : FormatAngka.Biasa;
        var jenis = cell.DataType?.Value;
        if (jenis == CellValues.InlineString)
        {
            return new(alamat, null, cell.InlineString?.InnerText ?? string.Empty, null);
        }

        if (nilai is null)
        {
            return cell.CellFormula is not null
                ? new(alamat, null, null, "berisi rumus yang hasilnya tidak tersimpan; salin lalu tempel sebagai nilai")
                : new(alamat, null, null, null);
        }

        if (jenis == CellValues.SharedString)
        {
            return int.TryParse(nilai, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < teksBersama.Count
                ? new(alamat, null, teksBersama[i], null)
                : throw new BukuKerjaTidakTerbacaException($"sel {alamat} menunjuk teks bersama yang tidak ada");
        }

        if (jenis == CellValues.Error)
        {
            return new(alamat, null, null, $"berisi galat {nilai}");
        }

        if (jenis == CellValues.Boolean)
        {
            return new(alamat, null, nilai == "1" ? "BENAR" : "SALAH", null);
        }

        if (jenis is null || jenis == CellValues.Number)
        {
            return decimal.TryParse(nilai, NumberStyles.Float, CultureInfo.InvariantCulture, out var angka)
                ? new(alamat, angka, null, null, format)
                : new(alamat, null, null, $"berisi angka yang tidak terbaca ('{nilai}')");
        }

        return new(alamat, null, nilai, null);
    }

    /// <summary>The style indexes whose number format shows a date or a percentage.</summary>
    private static Dictionary<uint, FormatAngka> Formats(Stylesheet? gaya)
    {
        var hasil = new Dictionary<uint, FormatAngka>();
        if (gaya?.CellFormats is null)
        {
            return hasil;
        }

        var kustom = gaya.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null && f.FormatCode?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => JenisKode(f.FormatCode!.Value!)) ?? [];
        uint i = 0;
        foreach (var f in gaya.CellFormats.Elements<CellFormat>())
        {
            var id = f.NumberFormatId?.Value ?? 0;
            var jenis = id is >= 14 and <= 22 or >= 45 and <= 47 ? FormatAngka.Tanggal
                : id is 9 or 10 ? FormatAngka.Persen
                : kustom.GetValueOrDefault(id);
            if (jenis != FormatAngka.Biasa)
            {
                hasil[i] = jenis;
            }

            i++;
        }

        return hasil;
    }

    /// <summary>
    /// What a custom format shows, judged outside quoted text and bracketed colours: a percent
    /// sign makes a percentage, a day or year code a date.
    /// </summary>
    private static FormatAngka JenisKode(string kode)
    {
        var tanpaKutip = System.Text.RegularExpressions.Regex.Replace(kode, "\"[^\"]*\"|\\[[^\\]]*\\]", string.Empty);
        return tanpaKutip.Contains('%') ? FormatAngka.Persen
            : tanpaKutip.Contains('d', StringComparison.OrdinalIgnoreCase) || tanpaKutip.Contains('y', StringComparison.OrdinalIgnoreCase) ? FormatAngka.Tanggal
            : FormatAngka.Biasa;
    }
}
