using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.App.Features.Perencanaan;
using Sakip.Web.Keamanan;

namespace Sakip.Web.Pages.Renstra;

/// <summary>The Renstra as a cascade tree, with linking to the parent's sasaran: an adapter over <see cref="GetRenstra"/> and <see cref="LinkSasaranRenstra"/>.</summary>
public class IndexModel(GetRenstra.Handler get, LinkSasaranRenstra.Handler link, IConfiguration configuration) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Satker { get; set; }

    public GetRenstra.Hasil? Data { get; private set; }

    public string? Kesalahan { get; private set; }

    [TempData]
    public string? Pesan { get; set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct);

    public async Task<IActionResult> OnPostRujukAsync(int sasaranId, int? indukId, CancellationToken ct)
    {
        if (SesiSakip.Akses(HttpContext) is not { } akses)
        {
            return Challenge();
        }

        var hasil = await link.HandleAsync(akses, new LinkSasaranRenstra.Command(sasaranId, indukId), ct);
        if (hasil.IsSuccess)
        {
            Pesan = indukId is null ? "Rujukan sasaran dilepas." : "Sasaran dirujukkan ke sasaran satker induk.";
            return RedirectToPage(new { satker = Satker });
        }

        var tampil = await TampilAsync(ct);
        Kesalahan = hasil.Error;
        Response.StatusCode = StatusKegagalan.Kode(hasil.Jenis);
        return tampil;
    }

    private async Task<IActionResult> TampilAsync(CancellationToken ct)
    {
        if (SesiSakip.Akses(HttpContext) is not { } akses)
        {
            return Challenge();
        }

        Satker ??= configuration["Sakip:SatkerAwal"] ?? "1871";
        var hasil = await get.HandleAsync(new GetRenstra.Query(akses, Satker), ct);
        if (!hasil.IsSuccess)
        {
            Kesalahan = hasil.Error;
            Response.StatusCode = StatusKegagalan.Kode(hasil.Jenis);
            return Page();
        }

        Data = hasil.Value;
        return Page();
    }
}
