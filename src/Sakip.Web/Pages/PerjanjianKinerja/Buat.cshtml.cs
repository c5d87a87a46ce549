using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.App.Features.Perjanjian;
using Sakip.Web.Keamanan;

namespace Sakip.Web.Pages.PerjanjianKinerja;

/// <summary>Preparing a new PK, empty or from an RKT: an adapter over <see cref="CreatePerjanjianKinerja"/>.</summary>
public class BuatModel(CreatePerjanjianKinerja.Handler create) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Satker { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Tahun { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Rkt { get; set; }

    [BindProperty]
    public int? PihakPertamaId { get; set; }

    [BindProperty]
    public int? PihakKeduaId { get; set; }

    [BindProperty]
    public string? Tempat { get; set; }

    public CreatePerjanjianKinerja.Pilihan? Pilihan { get; private set; }

    public string? Kesalahan { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (SesiSakip.Akses(HttpContext) is not { } akses)
        {
            return Challenge();
        }

        var hasil = await create.HandleAsync(akses, new CreatePerjanjianKinerja.Command(Satker ?? string.Empty, Tahun ?? 0, Rkt, PihakPertamaId, PihakKeduaId, Tempat), ct);
        if (hasil.IsSuccess)
        {
            TempData["Pesan"] = "Draf Perjanjian Kinerja dibuat. Periksa indikator dan targetnya, lalu mintakan tanda tangan pimpinan.";
            return RedirectToPage("/PerjanjianKinerja/Lihat", new { id = hasil.Value });
        }

        ModelState.AddModelError(string.Empty, hasil.Error!);
        var tampil = await TampilAsync(ct);
        Response.StatusCode = StatusKegagalan.Kode(hasil.Jenis);
        return tampil;
    }

    private async Task<IActionResult> TampilAsync(CancellationToken ct)
    {
        if (SesiSakip.Akses(HttpContext) is not { } akses)
        {
            return Challenge();
        }

        Satker ??= "1871";
        Tahun ??= DateTime.UtcNow.Year;
        var pilihan = await create.PilihanAsync(new CreatePerjanjianKinerja.Query(akses, Satker, Tahun.Value), ct);
        if (!pilihan.IsSuccess)
        {
            Kesalahan = pilihan.Error;
            Response.StatusCode = StatusKegagalan.Kode(pilihan.Jenis);
            return Page();
        }

        Pilihan = pilihan.Value;
        return Page();
    }
}
