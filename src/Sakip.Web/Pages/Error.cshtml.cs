using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.Web.Keamanan;

namespace Sakip.Web.Pages;

/// <summary>
/// The page every failed request ends on (status-code re-execution and the exception handler), for
/// GET and POST alike: a title and an explanation in Bahasa Indonesia for its status, or the
/// message of <see cref="SaringMasukan"/> naming the malformed value.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public class ErrorModel : PageModel
{
    /// <summary>The status explained: the response's own (re-executed for GET and POST alike), or <c>kode</c> from the query.</summary>
    private int Kode => HttpContext.Response.StatusCode is >= 400 and var s ? s
        : int.TryParse(Request.Query["kode"], out var k) ? k : 500;

    public string Judul => Penjelasan().Judul;

    public string Pesan => HttpContext.Items[SaringMasukan.KunciPesan] as string ?? Penjelasan().Pesan;

    public void OnGet()
    {
    }

    private (string Judul, string Pesan) Penjelasan() => Kode switch
    {
        StatusCodes.Status400BadRequest => ("Isian tidak sah", "Permintaan memuat isian yang tidak dapat diterima, atau formulir sudah kedaluwarsa. Muat ulang halaman, lalu kirim lagi."),
        StatusCodes.Status422UnprocessableEntity => ("Isian tidak sah", "Permintaan memuat isian yang tidak dapat diterima."),
        StatusCodes.Status403Forbidden => ("Akses ditolak", "Anda tidak berhak membuka halaman ini dengan peran dan satker Anda."),
        StatusCodes.Status404NotFound => ("Halaman tidak ditemukan", "Alamat yang Anda buka tidak ada."),
        StatusCodes.Status405MethodNotAllowed => ("Permintaan tidak dikenal", "Halaman ini tidak menerima permintaan seperti itu."),
        StatusCodes.Status409Conflict => ("Data telah berubah", "Data ini baru saja diubah oleh pengguna lain. Muat ulang halaman, periksa perubahannya, lalu ulangi."),
        StatusCodes.Status413PayloadTooLarge => ("Kiriman terlalu besar", "Berkas atau isian yang dikirim melebihi batas ukuran. Perkecil lalu kirim lagi."),
        StatusCodes.Status429TooManyRequests => ("Terlalu banyak permintaan", "Terlalu banyak percobaan dalam waktu singkat. Tunggu sebentar, lalu coba lagi."),
        StatusCodes.Status503ServiceUnavailable => ("Layanan tidak tersedia", "Sakip sedang tidak dapat menyimpan data. Hubungi pengelola sistem."),
        _ => ("Terjadi kesalahan", "Permintaan tidak dapat diproses. Silakan coba lagi."),
    };
}
