using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Sakip.Web.Pages;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public class ErrorModel : PageModel
{
    public string Judul { get; private set; } = "Terjadi kesalahan";

    public string Pesan { get; private set; } = "Permintaan tidak dapat diproses. Silakan coba lagi.";

    public void OnGet(int? kode)
    {
        if (kode == StatusCodes.Status404NotFound)
        {
            Judul = "Halaman tidak ditemukan";
            Pesan = "Alamat yang Anda buka tidak ada.";
        }
        else if (kode == StatusCodes.Status403Forbidden)
        {
            Judul = "Akses ditolak";
            Pesan = "Anda tidak berhak membuka halaman ini dengan peran dan satker Anda.";
        }
    }
}
