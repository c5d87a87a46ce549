using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.App.Features.Pengguna;
using Sakip.Web.Keamanan;

namespace Sakip.Web.Pages;

/// <summary>The signed-in user's own account: changing the password. An adapter over <see cref="ChangeKataSandi"/>.</summary>
public class AkunModel(ChangeKataSandi.Handler change, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string? KataSandiLama { get; set; }

    [BindProperty]
    public string? KataSandiBaru { get; set; }

    [BindProperty]
    public string? Ulangi { get; set; }

    [TempData]
    public string? Pesan { get; set; }

    public string NamaPengguna { get; private set; } = string.Empty;

    public IActionResult OnGet()
    {
        if (SesiSakip.Akses(HttpContext) is not { } akses)
        {
            return Challenge();
        }

        NamaPengguna = akses.NamaPengguna;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (SesiSakip.Akses(HttpContext) is not { } akses)
        {
            return Challenge();
        }

        NamaPengguna = akses.NamaPengguna;
        var (sesi, salah) = await change.HandleAsync(akses, new ChangeKataSandi.Command(KataSandiLama, KataSandiBaru, Ulangi, SesiSakip.Token(User)), ct);
        if (sesi is null)
        {
            foreach (var s in salah)
            {
                ModelState.AddModelError(s.Field, s.Pesan);
            }

            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, SesiSakip.Buat(sesi, clock.GetUtcNow()));
        Pesan = "Kata sandi diganti. Sesi lain akun ini sudah diakhiri.";
        return RedirectToPage();
    }
}
