using Microsoft.AspNetCore.Mvc;
using Sakip.App.Excel;
using Sakip.App.Import.Bukti;

namespace Sakip.Web.Unduhan;

/// <summary>
/// A page's table as an XLSX download: the same rows the page shows, numbers as numbers (exact
/// decimals), text as text. Each page's <c>OnGetXlsxAsync</c> loads through its own
/// <c>OnGetAsync</c>, so the download is authorized exactly as the page is.
/// </summary>
public static class TabelXlsx
{
    public static FileContentResult Berkas(string namaBerkas, string judul, string? keterangan, IReadOnlyList<string> kolom, IEnumerable<IReadOnlyList<object?>> barises) =>
        new(BukuKerjaXlsx.Tabel(NamaLembar(judul), judul, keterangan, kolom, barises), JenisBerkas.Xlsx) { FileDownloadName = namaBerkas };

    /// <summary>A sheet name Excel accepts: at most 31 characters, none of <c>[]:*?/\</c>.</summary>
    private static string NamaLembar(string judul)
    {
        var bersih = new string([.. judul.Where(ch => ch is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\'))]).Trim();
        return bersih.Length == 0 ? "Tabel" : bersih.Length > 31 ? bersih[..31] : bersih;
    }
}
