using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Sakip.App.Features.Pengguna;
using Sakip.Web.Halaman;
using Sakip.Web.Keamanan;

namespace Sakip.Web.Pages;

/// <summary>The signed-in user's own account: changing the password. An adapter over <see cref="ChangeKataSandi"/>.</summary>
public class AkunModel(ChangeKataSandi.Handler change, TimeProvider clock) : HalamanSakip
{
    public string NamaPengguna => Pelaku.NamaPengguna;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(ChangeKataSandi.Command input, CancellationToken ct)
    {
        var jawaban = await change.HandleAsync(Pelaku, input with { TokenSesi = SesiSakip.Token(User) }, ct);
        if (jawaban.Nilai is { } sesi)
        {
            // The password change gave the account a new security stamp: this session is issued again with it.
            await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, SesiSakip.Buat(sesi, clock.GetUtcNow()));
        }

        return await SelesaikanAsync(jawaban, _ => "Kata sandi diganti. Sesi lain akun ini sudah diakhiri.", _ => RedirectToPage(), () => Task.FromResult<IActionResult>(Page()));
    }
}
