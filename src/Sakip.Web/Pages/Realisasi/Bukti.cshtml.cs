using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.App.Features.Realisasi;
using Sakip.Web.Keamanan;

namespace Sakip.Web.Pages.Realisasi;

/// <summary>Downloads an evidence file as an attachment with its sniffed content type.</summary>
public class BuktiModel(GetBukti.Handler get) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (SesiSakip.Akses(HttpContext) is not { } akses)
        {
            return Challenge();
        }

        var hasil = await get.HandleAsync(new GetBukti.Query(akses, id), ct);
        return hasil.IsSuccess ? File(hasil.Value!.Isi, hasil.Value.JenisKonten, hasil.Value.NamaUnduhan) : NotFound();
    }
}
