using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Sakip.App.Features.Pengguna;
using Sakip.Web.Halaman;
using Sakip.Web.Keamanan;

namespace Sakip.Web.Pages;

/// <summary>
/// The signed-in user's own account: the e-mail address notifications go to, and the password.
/// An adapter over <see cref="GetAkun"/>, <see cref="ChangeSurel"/> and <see cref="ChangeKataSandi"/>.
/// </summary>
public class AkunModel(GetAkun.Handler get, ChangeSurel.Handler surel, ChangeKataSandi.Handler change, TimeProvider clock) : HalamanSakip
{
    public GetAkun.Hasil? Akun { get; private set; }

    /// <summary>The address as typed when the form comes back with an error.</summary>
    public string? SurelIsian { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => Tampilkan(await get.HandleAsync(Pelaku, new GetAkun.Query(), ct), a => Akun = a);

    public async Task<IActionResult> OnPostSurelAsync(ChangeSurel.Command input, CancellationToken ct) =>
        await SelesaikanAsync(
            await surel.HandleAsync(Pelaku, input, ct),
            s => s is null ? "Alamat surel dihapus; pemberitahuan hanya tampil di Sakip." : $"Pemberitahuan juga akan dikirim ke {s}.",
            _ => RedirectToPage(),
            async () =>
            {
                SurelIsian = input.Surel;
                return await OnGetAsync(ct);
            });

    public async Task<IActionResult> OnPostAsync(ChangeKataSandi.Command input, CancellationToken ct)
    {
        var jawaban = await change.HandleAsync(Pelaku, input with { TokenSesi = SesiSakip.Token(User) }, ct);
        if (jawaban.Nilai is { } sesi)
        {
            // The password change gave the account a new security stamp: this session is issued again with it.
            await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, SesiSakip.Buat(sesi, clock.GetUtcNow()));
        }

        return await SelesaikanAsync(jawaban, _ => "Kata sandi diganti. Sesi lain akun ini sudah diakhiri.", _ => RedirectToPage(), () => OnGetAsync(ct));
    }
}
