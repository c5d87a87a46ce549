using System.IO.Compression;
using System.Text;
using Sakip.App.Excel;

namespace Sakip.Testing;

/// <summary>
/// Hostile workbooks, built at test time so the repository holds no binary blobs: a real workbook
/// whose worksheet or shared strings are replaced by a stream that compresses tiny and expands huge
/// (issue 7, item 4: 12 million empty rows in 0,14 MB; 5 million shared strings in 0,20 MB).
/// </summary>
public static class XlsxJahat
{
    /// <summary>A workbook whose first worksheet holds <paramref name="jumlah"/> empty rows.</summary>
    public static byte[] BarisKosong(int jumlah) => Ganti("xl/worksheets/sheet1.xml", s =>
    {
        Tulis(s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        var baris = Encoding.UTF8.GetBytes("<row/>");
        for (var i = 0; i < jumlah; i++)
        {
            s.Write(baris);
        }

        Tulis(s, "</sheetData></worksheet>");
    });

    /// <summary>A workbook whose shared-string table holds <paramref name="jumlah"/> one-letter strings.</summary>
    public static byte[] TeksBersama(int jumlah) => Ganti("sharedStrings", s =>
    {
        Tulis(s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        var item = Encoding.UTF8.GetBytes("<si><t>a</t></si>");
        for (var i = 0; i < jumlah; i++)
        {
            s.Write(item);
        }

        Tulis(s, "</sst>");
    });

    /// <summary>A workbook whose first worksheet has one row of <paramref name="jumlah"/> cells.</summary>
    public static byte[] SelBanyak(int jumlah) => Ganti("xl/worksheets/sheet1.xml", s =>
    {
        Tulis(s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">");
        var sel = Encoding.UTF8.GetBytes("<c><v>1</v></c>");
        for (var i = 0; i < jumlah; i++)
        {
            s.Write(sel);
        }

        Tulis(s, "</row></sheetData></worksheet>");
    });

    /// <summary>A workbook whose workbook part is padded to <paramref name="megabita"/> MB of whitespace.</summary>
    public static byte[] BukuKerjaBesar(int megabita) => Ganti("xl/workbook.xml", s =>
    {
        Tulis(s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        var spasi = new byte[1024 * 1024];
        Array.Fill(spasi, (byte)' ');
        for (var i = 0; i < megabita; i++)
        {
            s.Write(spasi);
        }

        Tulis(s, "<sheets/></workbook>");
    });

    /// <summary>
    /// A real one-sheet workbook (with a shared-string table) whose part named like
    /// <paramref name="bagian"/> is replaced by what <paramref name="tulis"/> writes.
    /// </summary>
    public static byte[] Ganti(string bagian, Action<Stream> tulis)
    {
        var asli = XlsxUji.Isi(BukuKerjaXlsx.Tabel("Data", "Judul", null, ["A"], [["x"]]), "Data", ("A5", "teks"));
        using var keluar = new MemoryStream();
        using (var tujuan = new ZipArchive(keluar, ZipArchiveMode.Create, leaveOpen: true))
        using (var sumber = new ZipArchive(new MemoryStream(asli), ZipArchiveMode.Read))
        {
            var ada = false;
            foreach (var e in sumber.Entries)
            {
                using var s = tujuan.CreateEntry(e.FullName, CompressionLevel.SmallestSize).Open();
                if (!ada && e.FullName.Contains(bagian, StringComparison.Ordinal))
                {
                    ada = true;
                    tulis(s);
                }
                else
                {
                    using var isi = e.Open();
                    isi.CopyTo(s);
                }
            }

            if (!ada)
            {
                throw new InvalidOperationException($"The workbook has no part named like '{bagian}'.");
            }
        }

        return keluar.ToArray();
    }

    private static void Tulis(Stream s, string teks) => s.Write(Encoding.UTF8.GetBytes(teks));
}
