using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.App.Data;
using Sakip.App.Entities;

namespace Sakip.Web.Pages;

/// <summary>Sign-out (POST only, with antiforgery); recorded in the audit trail.</summary>
public class KeluarModel(SakipDbContext db) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        db.Catat(AksiAudit.Keluar, nameof(Pengguna), User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? string.Empty, null, null);
        await db.SaveChangesAsync(ct);
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return RedirectToPage("/Masuk");
    }
}
