using Microsoft.AspNetCore.Mvc;
using Sakip.App.Features.Organisasi;
using Sakip.Web.Halaman;

namespace Sakip.Web.Pages.Organisasi;

/// <summary>
/// The organisation of a satker-year as the LKjIP's Bab I prints it: divisions, people counted on
/// 31 December, and the SAKIP team with its decree. An adapter over <see cref="GetOrganisasi"/>.
/// </summary>
public class IndexModel(GetOrganisasi.Handler get, BawaanHalaman bawaan) : HalamanSakip
{
    [BindProperty(SupportsGet = true)]
    public string? Satker { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Tahun { get; set; }

    public GetOrganisasi.Hasil? Data { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Satker ??= bawaan.SatkerUntuk(Pelaku);
        Tahun ??= await bawaan.TahunAsync(Pelaku, Satker, ct);
        return Tampilkan(await get.HandleAsync(Pelaku, new GetOrganisasi.Query(Satker, Tahun.Value), ct), d => Data = d);
    }
}
