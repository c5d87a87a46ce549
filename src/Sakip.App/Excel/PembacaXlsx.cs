using System.Globalization;
using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
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
/// booleans, error values), streaming: worksheets and shared strings are read element by element
/// (OpenXmlReader), never as a whole document, and every quantity an uploader controls is bounded
/// before it costs memory or time: the expanded size (a ZIP bomb), the size of each small part,
/// rows, cells, shared strings and their characters, and the time spent. A file over any bound is
/// refused with a message naming the bound.
/// </summary>
public static class PembacaXlsx
{
    /// <summary>The most the parts of one workbook may expand to.</summary>
    public const long UkuranTerurai = 100L * 1024 * 1024;

    /// <summary>The most one part other than a worksheet or the shared strings may expand to (workbook, styles ...).</summary>
    public const long UkuranBagianKecil = 5L * 1024 * 1024;

    /// <summary>The most parts (ZIP entries) in one workbook.</summary>
    public const int BagianMaksimum = 1_000;

    /// <summary>The most cells read from one workbook.</summary>
    public const int SelMaksimum = 200_000;

    /// <summary>The most rows (with or without cells) in one workbook.</summary>
    public const int BarisMaksimum = 100_000;

    /// <summary>The most shared strings in one workbook.</summary>
    public const int TeksBersamaMaksimum = 200_000;

    /// <summary>The most characters of all shared strings together.</summary>
    public const long KarakterTeksMaksimum = 10_000_000;

    /// <summary>The longest a workbook may take to read.</summary>
    public static readonly TimeSpan WaktuMaksimum = TimeSpan.FromSeconds(15);

    public static IReadOnlyList<LembarBaca> Baca(byte[] isi, CancellationToken ct = default)
    {
        PeriksaZip(isi);
        var jam = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            using var dokumen = SpreadsheetDocument.Open(new MemoryStream(isi, writable: false), false, new OpenSettings { AutoSave = false });
            var buku = dokumen.WorkbookPart ?? throw new BukuKerjaTidakTerbacaException("berkas tidak berisi buku kerja");
            var batas = new Batas(jam, ct);
            var teksBersama = buku.SharedStringTablePart is { } sst ? BacaTeksBersama(sst, batas) : [];
            var formats = Formats(buku.WorkbookStylesPart?.Stylesheet);
            var hasil = new List<LembarBaca>();
            foreach (var sheet in buku.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                if (sheet.Id?.Value is not { } id || buku.GetPartById(id) is not WorksheetPart part)
                {
                    continue;
                }

                hasil.Add(new LembarBaca(sheet.Name?.Value ?? string.Empty, BacaLembar(part, sheet.Name?.Value, teksBersama, formats, batas)));
            }

            return hasil;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or InvalidOperationException or IOException or ArgumentException or FormatException or OverflowException)
        {
            throw new BukuKerjaTidakTerbacaException("berkas rusak atau bukan buku kerja Excel yang sah");
        }
    }

    /// <summary>The running counts of one read, checked at every element.</summary>
    private sealed class Batas(System.Diagnostics.Stopwatch jam, CancellationToken ct)
    {
        public int Baris;
        public int Sel;
        public long Karakter;
        private int langkah;

        public void Periksa()
        {
            if ((++langkah & 0x3FF) != 0)
            {
                return;
            }

            ct.ThrowIfCancellationRequested();
            if (jam.Elapsed > WaktuMaksimum)
            {
                throw new BukuKerjaTidakTerbacaException($"buku kerja terlalu lama dibaca (lebih dari {WaktuMaksimum.TotalSeconds:0} detik); kirim templat Sakip tanpa baris atau lembar tambahan");
            }
        }
    }

    private static List<string> BacaTeksBersama(SharedStringTablePart part, Batas batas)
    {
        var hasil = new List<string>();
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            batas.Periksa();
            if (reader.ElementType != typeof(SharedStringItem) || !reader.IsStartElement)
            {
                continue;
            }

            if (hasil.Count >= TeksBersamaMaksimum)
            {
                throw new BukuKerjaTidakTerbacaException($"buku kerja memuat lebih dari {Angka(TeksBersamaMaksimum)} teks");
            }

            var teks = reader.LoadCurrentElement()?.InnerText ?? string.Empty;
            batas.Karakter += teks.Length;
            if (batas.Karakter > KarakterTeksMaksimum)
            {
                throw new BukuKerjaTidakTerbacaException($"teks dalam buku kerja melebihi {Angka(KarakterTeksMaksimum)} karakter");
            }

            hasil.Add(teks);
        }

        return hasil;
    }

    private static Dictionary<(int, int), SelBaca> BacaLembar(WorksheetPart part, string? namaLembar, List<string> teksBersama, Dictionary<uint, FormatAngka> formats, Batas batas)
    {
        var sels = new Dictionary<(int, int), SelBaca>();
        var baris = 0;
        var kolomSebelumnya = 0;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            batas.Periksa();
            if (!reader.IsStartElement)
            {
                continue;
            }

            if (reader.ElementType == typeof(Row))
            {
                if (++batas.Baris > BarisMaksimum)
                {
                    throw new BukuKerjaTidakTerbacaException($"buku kerja memuat lebih dari {Angka(BarisMaksimum)} baris");
                }

                var r = reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value;
                baris = uint.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var ri) && ri is > 0 and <= 1_048_576 ? (int)ri : baris + 1;
                kolomSebelumnya = 0;
            }
            else if (reader.ElementType == typeof(Cell))
            {
                if (++batas.Sel > SelMaksimum)
                {
                    throw new BukuKerjaTidakTerbacaException($"buku kerja memuat lebih dari {Angka(SelMaksimum)} sel");
                }

                var cell = (Cell)reader.LoadCurrentElement()!;
                var (kolom, barisSel) = cell.CellReference?.Value is { } alamat ? AlamatSel.Urai(alamat) : (kolomSebelumnya + 1, baris);
                if (kolom == 0)
                {
                    throw new BukuKerjaTidakTerbacaException($"lembar '{namaLembar}' memuat alamat sel '{TeksRingkas.Potong(cell.CellReference?.Value, 21)}' yang tidak sah");
                }

                kolomSebelumnya = kolom;
                sels[(kolom, barisSel)] = BacaSel(cell, AlamatSel.Dari(kolom, barisSel), teksBersama, formats);
            }
        }

        return sels;
    }

    private static string Angka(long n) => Domain.Bilangan.FormatIndonesia.AngkaRingkas(n);


    private static void PeriksaZip(byte[] isi)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(isi, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > BagianMaksimum)
            {
                throw new BukuKerjaTidakTerbacaException($"berkas memuat lebih dari {Angka(BagianMaksimum)} bagian");
            }

            long total = 0;
            foreach (var entri in zip.Entries)
            {
                total += entri.Length;
                if (total > UkuranTerurai)
                {
                    throw new BukuKerjaTidakTerbacaException($"isi berkas terurai lebih dari {UkuranTerurai / 1024 / 1024} MB");
                }

                var besar = entri.FullName.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase)
                    || entri.FullName.Equals("xl/sharedStrings.xml", StringComparison.OrdinalIgnoreCase);
                if (!besar && entri.Length > UkuranBagianKecil)
                {
                    throw new BukuKerjaTidakTerbacaException($"bagian '{TeksRingkas.Potong(entri.FullName, 21)}' terurai lebih dari {UkuranBagianKecil / 1024 / 1024} MB");
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
