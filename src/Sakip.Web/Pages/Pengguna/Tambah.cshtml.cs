using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.App.Features.Pengguna;
using Sakip.App.Features.Satkers;
using Sakip.Web.Keamanan;

namespace Sakip.Web.Pages.Pengguna;

/// <summary>Creates a user: an adapter over <see cref="CreatePengguna"/>.</summary>
public class TambahModel(CreatePengguna.Handler create, ListSatkers.Handler satkers) : PageModel
{
    [BindProperty]
    public CreatePengguna.Command Input { get; set; } = new();

    public IReadOnlyList<ListSatkers.Item> SatkerDikelola { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await TampilAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (SesiSakip.Akses(HttpContext) is not { BolehKelolaPenggunaDiManaPun: true } akses)
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await TampilAsync(ct);
        }

        var (id, kesalahan) = await create.HandleAsync(akses, Input, ct);
        if (id is null)
        {
            foreach (var k in kesalahan)
            {
                ModelState.AddModelError(k.Field is null ? string.Empty : "Input." + k.Field, k.Pesan);
            }

            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await TampilAsync(ct);
        }

        TempData["Pesan"] = $"Pengguna {Input.NamaPengguna.Trim().ToLowerInvariant()} dibuat.";
        return RedirectToPage("Index");
    }

    private async Task<IActionResult> TampilAsync(CancellationToken ct)
    {
        if (SesiSakip.Akses(HttpContext) is not { BolehKelolaPenggunaDiManaPun: true } akses)
        {
            return Forbid();
        }

        SatkerDikelola = [.. (await satkers.HandleAsync(new ListSatkers.Query(), ct)).Where(s => akses.BolehKelolaPengguna(s.Id))];
        return Page();
    }
}
