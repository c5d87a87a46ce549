using Microsoft.AspNetCore.Mvc;
using Sakip.App.Features.Kepemiluan;
using Sakip.Web.Halaman;

namespace Sakip.Web.Pages.Kepemiluan;

/// <summary>The election data of a satker: every contest with its import and participation. An adapter over <see cref="ListDataKepemiluan"/>.</summary>
public class IndexModel(ListDataKepemiluan.Handler list, BawaanHalaman bawaan) : HalamanSakip
{
    [BindProperty(SupportsGet = true)]
    public string? Satker { get; set; }

    public ListDataKepemiluan.Hasil? Hasil { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Satker ??= bawaan.SatkerUntuk(Pelaku);
        return Tampilkan(await list.HandleAsync(Pelaku, new ListDataKepemiluan.Query(Satker), ct), h => Hasil = h);
    }
}
