using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.App.Features.Realisasi;
using Sakip.Web.Keamanan;

namespace Sakip.Web.Pages.Realisasi;

/// <summary>The realisasi grid of a satker-year: an adapter over <see cref="ListRealisasi"/>.</summary>
public class IndexModel(ListRealisasi.Handler list, IConfiguration configuration) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Satker { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Tahun { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Pk { get; set; }

    public ListRealisasi.Hasil? Hasil { get; private set; }

    public string? Kesalahan { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (SesiSakip.Akses(HttpContext) is not { } akses)
        {
            return Challenge();
        }

        Satker ??= configuration["Sakip:SatkerAwal"] ?? "1871";
        Tahun ??= 2024;
        var hasil = await list.HandleAsync(new ListRealisasi.Query(akses, Satker, Tahun.Value, Pk), ct);
        if (!hasil.IsSuccess)
        {
            Kesalahan = hasil.Error;
            Response.StatusCode = hasil.Error!.StartsWith("Anda tidak berhak", StringComparison.Ordinal) ? StatusCodes.Status403Forbidden : StatusCodes.Status404NotFound;
            return Page();
        }

        Hasil = hasil.Value;
        return Page();
    }
}
