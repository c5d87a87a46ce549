using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Sakip.App.Audit;
using Sakip.App.Features.Pengguna;
using Sakip.App.Keamanan;

namespace Sakip.Web.Keamanan;

/// <summary>The claims of a Sakip session and how they are checked on every request.</summary>
public static class SesiSakip
{
    public const string KlaimStempel = "sakip:stempel";
    public const string KlaimMasukPada = "sakip:masuk_pada";
    public const string KlaimNamaLengkap = "sakip:nama_lengkap";
    public const string KlaimSesi = "sakip:sesi";

    /// <summary>A session lasts at most this long, however active it stays.</summary>
    public static readonly TimeSpan UmurMaksimum = SignIn.UmurSesiMaksimum;

    /// <summary>Idle sessions end after this long.</summary>
    public static readonly TimeSpan BatasDiam = TimeSpan.FromMinutes(30);

    private const string KunciItem = "sakip:akses";

    public static ClaimsPrincipal Buat(SignIn.Berhasil pengguna, DateTimeOffset sekarang) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, pengguna.PenggunaId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, pengguna.NamaPengguna),
                new Claim(KlaimNamaLengkap, pengguna.NamaLengkap),
                new Claim(KlaimStempel, pengguna.StempelKeamanan),
                new Claim(KlaimMasukPada, sekarang.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(KlaimSesi, pengguna.TokenSesi),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme));

    /// <summary>
    /// Ends the session when it is older than <see cref="UmurMaksimum"/>, or when the account was
    /// deactivated or its security stamp changed; otherwise loads the user's access for this request.
    /// </summary>
    public static async Task ValidasiAsync(CookieValidatePrincipalContext context)
    {
        var p = context.Principal!;
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        var masuk = long.TryParse(p.FindFirstValue(KlaimMasukPada), out var detik) ? DateTimeOffset.FromUnixTimeSeconds(detik) : DateTimeOffset.MinValue;
        AksesPengguna? akses = null;
        if (clock.GetUtcNow() - masuk <= UmurMaksimum && int.TryParse(p.FindFirstValue(ClaimTypes.NameIdentifier), out var id))
        {
            var handler = context.HttpContext.RequestServices.GetRequiredService<GetAkses.Handler>();
            akses = (await handler.HandleAsync(new GetAkses.Query(id, p.FindFirstValue(KlaimStempel) ?? string.Empty, Token(p)), context.HttpContext.RequestAborted)).Nilai;
        }

        if (akses is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        context.HttpContext.Items[KunciItem] = akses;
    }

    /// <summary>The server-side session token the cookie carries (empty when it carries none).</summary>
    public static string Token(ClaimsPrincipal p) => p.FindFirstValue(KlaimSesi) ?? string.Empty;

    /// <summary>The access loaded for this request, or null for an anonymous request.</summary>
    public static AksesPengguna? Akses(HttpContext http) => http.Items.TryGetValue(KunciItem, out var a) ? a as AksesPengguna : null;
}

/// <summary>The signed-in user as the audit trail names it.</summary>
public sealed class PelakuWeb(IHttpContextAccessor http) : IPelakuAudit
{
    /// <summary>The signed-in user; "anonim" for an anonymous request; "sistem" for work outside a request (start-up, the demo data).</summary>
    public string Nama => http.HttpContext is { } konteks ? konteks.User.Identity?.Name ?? "anonim" : PelakuSistem.Instance.Nama;

    public int? PenggunaId => int.TryParse(http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
