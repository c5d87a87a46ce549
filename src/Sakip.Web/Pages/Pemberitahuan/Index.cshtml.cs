using Microsoft.AspNetCore.Mvc;
using Sakip.App.Features.Pemberitahuan;
using Sakip.Web.Halaman;

namespace Sakip.Web.Pages.Pemberitahuan;

/// <summary>
/// The user's notifications: the list (all or unread), opening one (marked read, then taken to
/// its item) and marking all read. An adapter over <see cref="ListPemberitahuan"/> and <see cref="ReadPemberitahuan"/>.
/// </summary>
public class IndexModel(ListPemberitahuan.Handler list, ReadPemberitahuan.Handler read) : HalamanSakip
{
    [BindProperty(SupportsGet = true)]
    public bool BelumDibaca { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Halaman { get; set; } = 1;

    public ListPemberitahuan.Hasil? Hasil { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        Tampilkan(await list.HandleAsync(Pelaku, new ListPemberitahuan.Query(BelumDibaca, Halaman), ct), h => Hasil = h);

    /// <summary>Opens one: marks it read and follows its link (always a path inside Sakip).</summary>
    public async Task<IActionResult> OnPostBukaAsync(int id, CancellationToken ct) =>
        await SelesaikanAsync(
            await read.HandleAsync(Pelaku, new ReadPemberitahuan.Command(id), ct),
            _ => null!,
            h => LocalRedirect(Url.IsLocalUrl(h.Tautan) ? h.Tautan! : "/Pemberitahuan"),
            () => OnGetAsync(ct));

    public async Task<IActionResult> OnPostSemuaAsync(CancellationToken ct) =>
        await SelesaikanAsync(
            await read.HandleAsync(Pelaku, new ReadPemberitahuan.Command(null), ct),
            h => h.Jumlah == 0 ? "Tidak ada pemberitahuan yang belum dibaca." : $"{h.Jumlah} pemberitahuan ditandai sudah dibaca.",
            _ => RedirectToPage(new { BelumDibaca }),
            () => OnGetAsync(ct));
}
