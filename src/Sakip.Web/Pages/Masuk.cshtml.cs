using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.App.Features.Pengguna;
using Sakip.Web.Keamanan;

namespace Sakip.Web.Pages;

/// <summary>Sign-in: an adapter over <see cref="SignIn"/>, behind the rate limits of <see cref="PembatasMasuk"/>.</summary>
[AllowAnonymous]
public class MasukModel(SignIn.Handler signIn, PembatasMasuk pembatas, TimeProvider clock) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Nama pengguna wajib diisi.")]
        [StringLength(Sakip.App.Features.Pengguna.SignIn.PanjangNamaMaksimum, ErrorMessage = "Nama pengguna paling panjang {1} karakter.")]
        [Display(Name = "Nama pengguna")]
        public string NamaPengguna { get; set; } = string.Empty;

        [Required(ErrorMessage = "Kata sandi wajib diisi.")]
        [StringLength(Sakip.App.Features.Pengguna.SignIn.PanjangSandiMaksimum, ErrorMessage = "Kata sandi paling panjang {1} karakter.")]
        [DataType(DataType.Password)]
        [Display(Name = "Kata sandi")]
        public string KataSandi { get; set; } = string.Empty;
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Kembali { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var alamat = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "tak-dikenal";
        var nama = Input.NamaPengguna ?? string.Empty;
        if (pembatas.Tunggu(alamat, nama) is { } tunggu)
        {
            ModelState.AddModelError(string.Empty, $"Terlalu banyak percobaan masuk yang gagal dari perangkat ini. Tunggu {tunggu.TotalMinutes:0} menit, lalu coba lagi.");
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)tunggu.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Page();
        }

        if (!ModelState.IsValid)
        {
            pembatas.CatatGagal(alamat, nama);
            if (nama.Length > Sakip.App.Features.Pengguna.SignIn.PanjangNamaMaksimum)
            {
                // The message names the limit; the pasted text itself is not echoed back.
                Input.NamaPengguna = string.Empty;
                ModelState.SetModelValue("Input.NamaPengguna", string.Empty, string.Empty);
            }

            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var hasil = await signIn.HandleAsync(new Sakip.App.Features.Pengguna.SignIn.Command(nama, Input.KataSandi), ct);
        if (!hasil.Berhasil)
        {
            pembatas.CatatGagal(alamat, nama);
            ModelState.AddModelError(string.Empty, hasil.Pesan!);
            Input.KataSandi = string.Empty;
            return Page();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, SesiSakip.Buat(hasil.Nilai!, clock.GetUtcNow()));
        return LocalRedirect(Url.IsLocalUrl(Kembali) ? Kembali! : "/");
    }
}
