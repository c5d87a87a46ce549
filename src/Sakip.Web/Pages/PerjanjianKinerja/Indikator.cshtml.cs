using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.App.Features.Perjanjian;
using Sakip.Domain.Capaian;
using Sakip.Domain.Periode;
using Sakip.Web.Keamanan;

namespace Sakip.Web.Pages.PerjanjianKinerja;

/// <summary>
/// Adding, changing or removing an indicator of a draft PK: an adapter over
/// <see cref="GetPerjanjianKinerja"/> and <see cref="EditIndikatorPerjanjianKinerja"/>.
/// </summary>
public class IndikatorModel(GetPerjanjianKinerja.Handler get, EditIndikatorPerjanjianKinerja.Handler edit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Pk { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public int Revisi { get; set; }

    [BindProperty]
    public int? SasaranId { get; set; }

    [BindProperty]
    public string? SasaranBaru { get; set; }

    [BindProperty]
    public string? Uraian { get; set; }

    [BindProperty]
    public string? Target { get; set; }

    [BindProperty]
    public string? Satuan { get; set; }

    [BindProperty]
    public Polaritas Polaritas { get; set; }

    [BindProperty]
    public JenisPeriode Periodisitas { get; set; } = JenisPeriode.Tahun;

    [BindProperty]
    public CaraAkumulasi CaraAkumulasi { get; set; } = CaraAkumulasi.Terakhir;

    [BindProperty]
    public string? Rumus { get; set; }

    [BindProperty]
    public string? CaraPerhitungan { get; set; }

    public GetPerjanjianKinerja.Hasil? Data { get; private set; }

    public string? Kesalahan { get; private set; }

    [TempData]
    public string? Pesan { get; set; }

    /// <summary>A periodicity as people say it.</summary>
    public static string NamaPeriodisitas(JenisPeriode j) => j switch
    {
        JenisPeriode.Bulan => "bulanan",
        JenisPeriode.Triwulan => "triwulanan",
        JenisPeriode.Semester => "semesteran",
        _ => "tahunan",
    };

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct, isiUlang: true);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SimpanAsync(hapus: false, ct);

    public Task<IActionResult> OnPostHapusAsync(CancellationToken ct) => SimpanAsync(hapus: true, ct);

    private async Task<IActionResult> SimpanAsync(bool hapus, CancellationToken ct)
    {
        if (SesiSakip.Akses(HttpContext) is not { } akses)
        {
            return Challenge();
        }

        var (_, salah) = await edit.HandleAsync(akses, new EditIndikatorPerjanjianKinerja.Command(
            Pk, Revisi, Id, SasaranId, SasaranBaru, Uraian, Target, Satuan, Polaritas, Periodisitas, CaraAkumulasi, Rumus, CaraPerhitungan, hapus), ct);
        if (salah.Count == 0)
        {
            TempData["Pesan"] = hapus ? "Indikator dihapus." : "Indikator disimpan.";
            return RedirectToPage("/PerjanjianKinerja/Lihat", new { id = Pk });
        }

        foreach (var s in salah)
        {
            ModelState.AddModelError(s.Field ?? string.Empty, s.Pesan);
        }

        Response.StatusCode = StatusKegagalan.Kode(StatusKegagalan.Terberat(salah.Select(s => s.Jenis)));
        return await TampilAsync(ct, isiUlang: false);
    }

    private async Task<IActionResult> TampilAsync(CancellationToken ct, bool isiUlang)
    {
        if (SesiSakip.Akses(HttpContext) is not { } akses)
        {
            return Challenge();
        }

        var hasil = await get.HandleAsync(new GetPerjanjianKinerja.Query(akses, Pk), ct);
        if (!hasil.IsSuccess || !hasil.Value!.BolehUbahTarget)
        {
            Kesalahan = hasil.Error ?? "Indikator hanya dapat diubah pada Perjanjian Kinerja yang masih draf, oleh operator, administrator atau pimpinan satkernya.";
            Response.StatusCode = hasil.IsSuccess ? StatusCodes.Status403Forbidden : StatusKegagalan.Kode(hasil.Jenis);
            return Page();
        }

        Data = hasil.Value;
        var ind = Data.Sasarans.SelectMany(s => s.Indikators.Select(i => (Sasaran: s, Indikator: i))).FirstOrDefault(x => x.Indikator.Id == Id);
        if (Id is not null && ind.Indikator is null)
        {
            Kesalahan = "Indikator bukan bagian dari Perjanjian Kinerja ini.";
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        if (isiUlang)
        {
            Revisi = Data.Revisi;
            if (ind.Indikator is { } i)
            {
                (SasaranId, Uraian, Target, Satuan, Polaritas, Periodisitas, CaraAkumulasi, Rumus, CaraPerhitungan) =
                    (ind.Sasaran.Id, i.Uraian, i.Target, i.Satuan, i.Polaritas, i.Periodisitas, i.CaraAkumulasi, i.Rumus, i.CaraPerhitungan);
            }
        }

        return Page();
    }
}
