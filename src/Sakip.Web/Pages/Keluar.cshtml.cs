using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Sakip.App.Features.Pengguna;
using Sakip.Web.Halaman;
using Sakip.Web.Keamanan;

namespace Sakip.Web.Pages;

/// <summary>
/// Sign-out (POST only, with antiforgery): ends the session on the server (<see cref="SignOut"/>),
/// so the cookie is worthless even if it was copied, then removes it from the browser.
/// </summary>
public class KeluarModel(SignOut.Handler signOut) : HalamanSakip
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await signOut.HandleAsync(new SignOut.Command(Pelaku.PenggunaId, SesiSakip.Token(User)), ct);

        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return RedirectToPage("/Masuk");
    }
}
