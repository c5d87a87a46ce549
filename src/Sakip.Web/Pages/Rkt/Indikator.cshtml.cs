using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.App.Features.Perencanaan;
using Sakip.Domain.Capaian;
using Sakip.Web.Keamanan;

namespace Sakip.Web.Pages.Rkt;

/// <summary>Adding, changing or removing an RKT indicator: an adapter over <see cref="GetRkt"/> and <see cref="EditRkt"/>.</summary>
public class IndikatorModel(GetRkt.Handler get, EditRkt.Handler edit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Satker { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Tahun { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Sasaran { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public int? Revisi { get; set; }

    [BindProperty]
    public string? Uraian { get; set; }

    [BindProperty]
    public string? Target { get; set; }

    [BindProperty]
    public string? CaraPencapaian { get; set; }

    [BindProperty]
    public string? CaraPengukuran { get; set; }

    [BindProperty]
    public string? Rumus { get; set; }

    [BindProperty]
    public Polaritas Polaritas { get; set; }

    public GetRkt.Sasaran? DataSasaran { get; private set; }

    public string? Kesalahan { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct, isiUlang: true);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SimpanAsync(hapus: false, ct);

    public Task<IActionResult> OnPostHapusAsync(CancellationToken ct) => SimpanAsync(hapus: true, ct);

    private async Task<IActionResult> SimpanAsync(bool hapus, CancellationToken ct)
    {
        if (SesiSakip.Akses(HttpContext) is not { } akses)
        {
            return Challenge();
        }

        var hasil = await edit.SimpanIndikatorAsync(akses, new EditRkt.SimpanIndikator(Sasaran, Id, Revisi, Uraian, Target, CaraPencapaian, CaraPengukuran, Rumus, Polaritas, hapus), ct);
        if (hasil.IsSuccess)
        {
            TempData["Pesan"] = hapus ? "Indikator RKT dihapus." : "Indikator RKT disimpan.";
            return RedirectToPage("/Rkt/Index", new { satker = Satker, tahun = Tahun });
        }

        var tampil = await TampilAsync(ct, isiUlang: false);
        Kesalahan ??= hasil.Error;
        Response.StatusCode = StatusKegagalan.Kode(hasil.Jenis);
        return tampil;
    }

    private async Task<IActionResult> TampilAsync(CancellationToken ct, bool isiUlang)
    {
        if (SesiSakip.Akses(HttpContext) is not { } akses)
        {
            return Challenge();
        }

        var hasil = await get.HandleAsync(new GetRkt.Query(akses, Satker ?? string.Empty, Tahun), ct);
        if (!hasil.IsSuccess || !hasil.Value!.BolehUbah)
        {
            Kesalahan = hasil.Error ?? "Hanya operator dan administrator satker ini yang dapat mengubah RKT-nya.";
            Response.StatusCode = hasil.IsSuccess ? StatusCodes.Status403Forbidden : StatusKegagalan.Kode(hasil.Jenis);
            return Page();
        }

        DataSasaran = hasil.Value.Rkts.SelectMany(r => r.Sasarans).FirstOrDefault(s => s.Id == Sasaran);
        var ind = DataSasaran?.Indikators.FirstOrDefault(i => i.Id == Id);
        if (DataSasaran is null || (Id is not null && ind is null))
        {
            Kesalahan = "Sasaran kegiatan atau indikator tidak ditemukan pada RKT satker dan tahun ini.";
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        if (isiUlang && ind is not null)
        {
            (Revisi, Uraian, Target, CaraPencapaian, CaraPengukuran, Rumus, Polaritas) = (ind.Revisi, ind.Uraian, ind.Target, ind.CaraPencapaian, ind.CaraPengukuran, ind.Rumus, ind.Polaritas);
        }

        return Page();
    }
}
