using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.App.Features.Perjanjian;
using Sakip.Web.Keamanan;
using Sakip.Web.Unduhan;

namespace Sakip.Web.Pages.PerjanjianKinerja;

/// <summary>
/// Reads one PK version; on a draft, its heading (title, parties, place) and targets can be
/// changed. An adapter over <see cref="GetPerjanjianKinerja"/>, <see cref="EditPerjanjianKinerja"/>
/// and <see cref="EditTargetPerjanjianKinerja"/>.
/// </summary>
public class LihatModel(GetPerjanjianKinerja.Handler get, EditTargetPerjanjianKinerja.Handler edit, EditPerjanjianKinerja.Handler editKepala) : PageModel
{
    /// <summary>The revision the form was opened on (optimistic concurrency).</summary>
    [BindProperty]
    public int? Revisi { get; set; }

    [BindProperty]
    public string? Judul { get; set; }

    [BindProperty]
    public int? PihakPertamaId { get; set; }

    [BindProperty]
    public int? PihakKeduaId { get; set; }

    [BindProperty]
    public string? Tempat { get; set; }

    /// <summary>Saves the heading of a draft: title, parties and place.</summary>
    public async Task<IActionResult> OnPostKepalaAsync(CancellationToken ct)
    {
        if (SesiSakip.Akses(HttpContext) is not { } akses)
        {
            return Challenge();
        }

        var hasil = await editKepala.HandleAsync(akses, new EditPerjanjianKinerja.Command(Id, Revisi ?? -1, Judul, PihakPertamaId, PihakKeduaId, Tempat), ct);
        if (hasil.IsSuccess)
        {
            Pesan = "Judul, pihak dan tempat disimpan.";
            return RedirectToPage(new { id = Id });
        }

        ModelState.AddModelError("Kepala", hasil.Error!);
        Response.StatusCode = StatusKegagalan.Kode(hasil.Jenis);
        return await TampilAsync(ct, pertahankanIsian: true);
    }

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public Dictionary<int, string> Target { get; set; } = [];

    public GetPerjanjianKinerja.Hasil? Data { get; private set; }

    public string? Kesalahan { get; private set; }

    public Dictionary<int, string> KesalahanTarget { get; } = [];

    [TempData]
    public string? Pesan { get; set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct);

    /// <summary>The agreement's sasaran, indicators and targets as a workbook.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var tampil = await TampilAsync(ct);
        if (Data is not { } d)
        {
            return tampil;
        }

        return TabelXlsx.Berkas(
            $"perjanjian-kinerja-{d.KodeSatker}-{d.Tahun}-v{d.Versi}.xlsx",
            $"Perjanjian Kinerja {d.Tahun}",
            $"{d.NamaSatker}. {d.Judul}, versi {d.Versi}{(d.Tanggal is null ? string.Empty : $", ditandatangani {d.Tanggal}")}.",
            ["Sasaran", "Kode", "Indikator kinerja", "Target", "Satuan", "Cara perhitungan"],
            d.Sasarans.SelectMany(s => s.Indikators.Select(i => (IReadOnlyList<object?>)[$"{s.Kode}. {s.Uraian}", i.Kode, i.Uraian, i.Target, i.Satuan, i.CaraPerhitungan])));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (SesiSakip.Akses(HttpContext) is not { } akses)
        {
            return Challenge();
        }

        var salah = await edit.HandleAsync(akses, new EditTargetPerjanjianKinerja.Command(Id, Target, Revisi), ct);
        if (salah.Count == 0)
        {
            Pesan = "Target disimpan.";
            return RedirectToPage(new { id = Id });
        }

        Response.StatusCode = StatusKegagalan.Kode(StatusKegagalan.Terberat(salah.Select(s => s.Jenis)));
        foreach (var s in salah)
        {
            if (s.IndikatorId is { } i)
            {
                KesalahanTarget[i] = s.Pesan;
            }
            else
            {
                Kesalahan = s.Pesan;
            }
        }

        return await TampilAsync(ct, pertahankanIsian: true);
    }

    private async Task<IActionResult> TampilAsync(CancellationToken ct, bool pertahankanIsian = false)
    {
        if (SesiSakip.Akses(HttpContext) is not { } akses)
        {
            return Challenge();
        }

        var hasil = await get.HandleAsync(new GetPerjanjianKinerja.Query(akses, Id), ct);
        if (!hasil.IsSuccess)
        {
            Kesalahan = hasil.Error;
            Response.StatusCode = StatusKegagalan.Kode(hasil.Jenis);
            return Page();
        }

        Data = hasil.Value;
        if (!pertahankanIsian)
        {
            Target = Data!.Sasarans.SelectMany(s => s.Indikators).ToDictionary(i => i.Id, i => i.Target);
            (Judul, PihakPertamaId, PihakKeduaId, Tempat, Revisi) = (Data.Judul, Data.PihakPertamaId, Data.PihakKeduaId, Data.Tempat, Data.Revisi);
        }

        return Page();
    }
}
