using Microsoft.AspNetCore.Mvc;
using Sakip.App.Features.Satkers;
using Sakip.Web.Keamanan;

namespace Sakip.Web.Komponen;

/// <summary>
/// The satker picker of every page that shows one satker's data: a list of the satker the user
/// may read (over <see cref="ListSatkers"/>), never a code to type.
/// </summary>
public sealed class PilihSatkerViewComponent(ListSatkers.Handler satkers) : ViewComponent
{
    public sealed record Model(IReadOnlyList<ListSatkers.Item> Satkers, string? Terpilih);

    public async Task<IViewComponentResult> InvokeAsync(string? terpilih)
    {
        var daftar = SesiSakip.Akses(HttpContext) is { } pelaku
            ? (await satkers.HandleAsync(pelaku, new ListSatkers.Query(), HttpContext.RequestAborted)).Nilai ?? []
            : [];
        return View(new Model(daftar, terpilih));
    }
}
