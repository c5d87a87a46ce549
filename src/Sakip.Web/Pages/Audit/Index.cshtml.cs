using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.App.Features.Audit;
using Sakip.Web.Keamanan;

namespace Sakip.Web.Pages.Audit;

/// <summary>Browsing the audit trail per satker and per record: an adapter over <see cref="ListJejakAudit"/>.</summary>
public class IndexModel(ListJejakAudit.Handler list, IConfiguration configuration) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Satker { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Entitas { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kunci { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Halaman { get; set; } = 1;

    public ListJejakAudit.Hasil? Hasil { get; private set; }

    public string? Kesalahan { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (SesiSakip.Akses(HttpContext) is not { } akses)
        {
            return Challenge();
        }

        Satker ??= configuration["Sakip:SatkerAwal"] ?? "1871";
        var hasil = await list.HandleAsync(new ListJejakAudit.Query(akses, Satker, Entitas, Kunci, Halaman), ct);
        if (!hasil.IsSuccess)
        {
            Kesalahan = hasil.Error;
            Response.StatusCode = StatusKegagalan.Kode(hasil.Jenis);
            return Page();
        }

        Hasil = hasil.Value;
        return Page();
    }
}
