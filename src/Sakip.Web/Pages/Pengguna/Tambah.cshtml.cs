using Microsoft.AspNetCore.Mvc;
using Sakip.App.Features.Pengguna;
using Sakip.App.Features.Satkers;
using Sakip.App.Keamanan;
using Sakip.Web.Halaman;

namespace Sakip.Web.Pages.Pengguna;

/// <summary>Creates a user: an adapter over <see cref="CreatePengguna"/>.</summary>
public class TambahModel(ListSatkers.Handler satkers) : HalamanSakip
{
    [BindProperty]
    public CreatePengguna.Command Input { get; set; } = new();

    public IReadOnlyList<ListSatkers.Item> SatkerDikelola { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await TampilAsync(ct);

    public async Task<IActionResult> OnPostAsync([FromServices] CreatePengguna.Handler create, CancellationToken ct) =>
        await SelesaikanAsync(
            await create.HandleAsync(Pelaku, Input, ct),
            _ => $"Pengguna {Input.NamaPengguna.Trim().ToLowerInvariant()} dibuat.",
            _ => RedirectToPage("Index"),
            () => TampilAsync(ct),
            nameof(Input));

    private async Task<IActionResult> TampilAsync(CancellationToken ct) =>
        Tampilkan(await satkers.HandleAsync(Pelaku, new ListSatkers.Query(Tindakan.MengelolaPengguna), ct), s => SatkerDikelola = s);
}
