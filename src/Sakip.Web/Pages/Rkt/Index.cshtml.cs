using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.App.Features.Perencanaan;
using Sakip.Web.Keamanan;
using Sakip.Web.Unduhan;

namespace Sakip.Web.Pages.Rkt;

/// <summary>
/// The year's plan: RKTs with sasaran kegiatan and indicators, and programmes with their budget.
/// An adapter over <see cref="GetRkt"/> and <see cref="EditRkt"/>.
/// </summary>
public class IndexModel(GetRkt.Handler get, EditRkt.Handler edit, IConfiguration configuration) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Satker { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Tahun { get; set; }

    public GetRkt.Hasil? Data { get; private set; }

    public string? Kesalahan { get; private set; }

    [TempData]
    public string? Pesan { get; set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct);

    /// <summary>The RKT indicators and the programmes as a workbook.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var tampil = await TampilAsync(ct);
        if (Data is not { } d)
        {
            return tampil;
        }

        var barises = d.Rkts.SelectMany(r => r.Sasarans.SelectMany(s => s.Indikators.Select(i => (IReadOnlyList<object?>)
            [r.Unit, $"{s.Nomor}. {s.Uraian}", i.Uraian, i.Target, i.CaraPencapaian, i.CaraPengukuran, i.Rumus, null])))
            .Concat(d.Programs.Select(p => (IReadOnlyList<object?>)["Program", p.Kode, p.Nama, null, null, null, null, p.Pagu]))
            .ToList();
        return TabelXlsx.Berkas($"rkt-{d.KodeSatker}-{d.Tahun}.xlsx", $"RKT {d.Tahun}", $"{d.NamaSatker}. Total pagu {Sakip.Domain.Bilangan.FormatIndonesia.Rupiah(d.TotalPagu)}.",
            ["Unit", "Sasaran kegiatan / kode program", "Indikator / program", "Target", "Cara pencapaian", "Cara pengukuran", "Rumus", "Pagu (Rp)"], barises);
    }

    public Task<IActionResult> OnPostBuatAsync(string? unit, CancellationToken ct) =>
        JalankanAsync((h, a) => h.BuatAsync(a, new EditRkt.BuatRkt(Satker ?? string.Empty, Tahun ?? 0, unit), ct), "RKT dibuat.");

    public Task<IActionResult> OnPostSasaranAsync(int rktId, int? sasaranId, string? uraian, int? revisi, CancellationToken ct) =>
        JalankanAsync((h, a) => h.SimpanSasaranAsync(a, new EditRkt.SimpanSasaran(rktId, sasaranId, uraian, revisi), ct), "Sasaran kegiatan disimpan.");

    public Task<IActionResult> OnPostProgramAsync(int? programId, int? revisi, string? kode, string? nama, string? pagu, CancellationToken ct) =>
        JalankanAsync((h, a) => h.SimpanProgramAsync(a, new EditRkt.SimpanProgram(Satker ?? string.Empty, Tahun ?? 0, programId, revisi, kode, nama, pagu), ct), "Program disimpan.");

    public Task<IActionResult> OnPostHapusProgramAsync(int programId, int? revisi, CancellationToken ct) =>
        JalankanAsync((h, a) => h.SimpanProgramAsync(a, new EditRkt.SimpanProgram(Satker ?? string.Empty, Tahun ?? 0, programId, revisi, null, null, null, Hapus: true), ct), "Program dihapus.");

    private async Task<IActionResult> JalankanAsync(Func<EditRkt.Handler, Sakip.App.Keamanan.AksesPengguna, Task<Sakip.App.Result<int>>> aksi, string berhasil)
    {
        if (SesiSakip.Akses(HttpContext) is not { } akses)
        {
            return Challenge();
        }

        var hasil = await aksi(edit, akses);
        if (hasil.IsSuccess)
        {
            Pesan = berhasil;
            return RedirectToPage(new { satker = Satker, tahun = Tahun });
        }

        var tampil = await TampilAsync(HttpContext.RequestAborted);
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
        Tahun ??= 2024;
        var hasil = await get.HandleAsync(new GetRkt.Query(akses, Satker, Tahun.Value), ct);
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
