using System.Diagnostics.CodeAnalysis;
using Sakip.App.Import.Bukti;

namespace Sakip.Web.Halaman;

/// <summary>Uploaded evidence files read into memory for a use case (the request size limit of the page has already bounded them; the use case checks each again).</summary>
public static class BerkasUnggah
{
    /// <summary>
    /// Whether an uploaded file may be read into memory; if not, <paramref name="tolakan"/> says why
    /// (none chosen, empty, larger than <paramref name="batas"/>). The use case checks again.
    /// </summary>
    /// <param name="berkas">The file, if one was sent.</param>
    /// <param name="batas">The largest size taken, in bytes.</param>
    /// <param name="pilih">What to say when no file was chosen.</param>
    /// <param name="tolakan">Why it is refused.</param>
    /// <param name="saranBesar">What to add when the file is too large (where to send it instead).</param>
    public static bool Terima([NotNullWhen(true)] IFormFile? berkas, long batas, string pilih, [NotNullWhen(false)] out string? tolakan, string? saranBesar = null)
    {
        var nama = berkas is null ? string.Empty : JenisBerkas.NamaAman(berkas.FileName);
        tolakan = berkas is null ? pilih
            : berkas.Length == 0 ? $"Berkas '{nama}' kosong."
            : berkas.Length > batas ? $"Berkas '{nama}' berukuran {Ukuran(berkas.Length, batas)}; paling besar {Ukuran(batas, batas)}." + (saranBesar is null ? string.Empty : " " + saranBesar)
            : null;
        return tolakan is null;
    }

    public static async Task<IReadOnlyList<(string Nama, byte[] Isi)>> BacaAsync(IEnumerable<IFormFile> berkas, CancellationToken ct)
    {
        var hasil = new List<(string, byte[])>();
        foreach (var f in berkas.Where(f => f.Length > 0))
        {
            using var ms = new MemoryStream();
            await f.CopyToAsync(ms, ct);
            hasil.Add((f.FileName, ms.ToArray()));
        }

        return hasil;
    }

    private static string Ukuran(long n, long batas) => batas >= 1024 * 1024 ? $"{n / 1024 / 1024} MB" : $"{n / 1024} KB";
}
