using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.App.Features.Pengguna;
using Sakip.Web.Keamanan;

namespace Sakip.Web.Pages;

/// <summary>Sign-in: an adapter over <see cref="SignIn"/>.</summary>
[AllowAnonymous]
public class MasukModel(SignIn.Handler signIn, TimeProvider clock) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Nama pengguna wajib diisi.")]
        [Display(Name = "Nama pengguna")]
        public string NamaPengguna { get; set; } = string.Empty;

        [Required(ErrorMessage = "Kata sandi wajib diisi.")]
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
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var hasil = await signIn.HandleAsync(new SignIn.Command(Input.NamaPengguna, Input.KataSandi), ct);
        if (!hasil.IsSuccess)
        {
            ModelState.AddModelError(string.Empty, hasil.Error!);
            Input.KataSandi = string.Empty;
            return Page();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, SesiSakip.Buat(hasil.Value!, clock.GetUtcNow()));
        return LocalRedirect(Url.IsLocalUrl(Kembali) ? Kembali! : "/Capaian");
    }
}
