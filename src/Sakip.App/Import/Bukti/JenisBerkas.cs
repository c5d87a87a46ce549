using System.IO.Compression;

namespace Sakip.App.Import.Bukti;

/// <summary>
/// Identifies an evidence file by its content, never by its name or the browser's content type:
/// PDF, JPEG, PNG, and the Office Open XML workbook and document (a ZIP holding
/// <c>[Content_Types].xml</c> and <c>xl/</c> or <c>word/</c>).
/// </summary>
public static class JenisBerkas
{
    /// <summary>The largest evidence file accepted: 20 MB.</summary>
    public const long UkuranMaksimum = 20L * 1024 * 1024;

    public const string Pdf = "application/pdf";
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The file extension that goes with each accepted type.</summary>
    public static string Ekstensi(string jenis) => jenis switch
    {
        Pdf => ".pdf",
        Jpeg => ".jpg",
        Png => ".png",
        Xlsx => ".xlsx",
        Docx => ".docx",
        _ => string.Empty,
    };

    /// <summary>The file name without any path, control characters, or more than 255 characters.</summary>
    public static string NamaAman(string nama)
    {
        var dasar = Path.GetFileName(nama.Replace('\\', '/'));
        var bersih = new string([.. dasar.Where(ch => !char.IsControl(ch))]).Trim();
        return bersih.Length == 0 ? "berkas" : bersih.Length > 255 ? bersih[..255] : bersih;
    }

    /// <summary>The name a stored evidence file is downloaded under: its uploaded name with the extension of its sniffed type, so nothing else is implied.</summary>
    public static string NamaUnduhan(string namaBerkas, string jenisKonten) => Path.GetFileNameWithoutExtension(namaBerkas) + Ekstensi(jenisKonten);

    /// <summary>
    /// The text of an uploaded CSV: strict UTF-8 (a byte-order mark dropped) without control
    /// characters other than tab and line breaks; null when the bytes are anything else (a
    /// workbook, a picture, text in another encoding).
    /// </summary>
    public static string? TeksCsv(byte[] isi)
    {
        string teks;
        try
        {
            teks = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(isi);
        }
        catch (System.Text.DecoderFallbackException)
        {
            return null;
        }

        teks = teks.TrimStart('\uFEFF');
        return teks.Any(ch => char.IsControl(ch) && ch is not ('\t' or '\r' or '\n')) ? null : teks;
    }

    /// <summary>The content type of <paramref name="isi"/>, or null when it is none of the accepted kinds.</summary>
    public static string? Kenali(ReadOnlySpan<byte> isi)
    {
        if (isi.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (isi.Length >= 3 && isi[0] == 0xFF && isi[1] == 0xD8 && isi[2] == 0xFF)
        {
            return Jpeg;
        }

        if (isi.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return Png;
        }

        return isi.StartsWith("PK\u0003\u0004"u8) ? KenaliOffice(isi.ToArray()) : null;
    }

    private static string? KenaliOffice(byte[] isi)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(isi), ZipArchiveMode.Read);
            var nama = zip.Entries.Select(e => e.FullName).ToList();
            if (!nama.Contains("[Content_Types].xml"))
            {
                return null;
            }

            return nama.Any(n => n.StartsWith("xl/", StringComparison.Ordinal)) ? Xlsx
                : nama.Any(n => n.StartsWith("word/", StringComparison.Ordinal)) ? Docx
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
