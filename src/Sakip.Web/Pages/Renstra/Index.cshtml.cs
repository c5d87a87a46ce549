using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.App.Features.Perencanaan;
using Sakip.Web.Keamanan;
using Sakip.Web.Unduhan;

namespace Sakip.Web.Pages.Renstra;

/// <summary>The Renstra as a cascade tree, with linking to the parent's sasaran: an adapter over <see cref="GetRenstra"/> and <see cref="LinkSasaranRenstra"/>.</summary>
public class IndexModel(GetRenstra.Handler get, LinkSasaranRenstra.Handler link, EditRenstra.Handler edit, IConfiguration configuration) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Satker { get; set; }

    public GetRenstra.Hasil? Data { get; private set; }

    public string? Kesalahan { get; private set; }

    [TempData]
    public string? Pesan { get; set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct);

    /// <summary>The Renstra's sasaran and indicators with their yearly targets as a workbook.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var tampil = await TampilAsync(ct);
        if (Data is not { } d)
        {
            return tampil;
        }

        var tahun = Enumerable.Range(d.TahunAwal, d.TahunAkhir - d.TahunAwal + 1).ToList();
        return TabelXlsx.Berkas(
            $"renstra-{d.KodeSatker}-{d.TahunAwal}-{d.TahunAkhir}.xlsx",
            $"Renstra {d.TahunAwal}-{d.TahunAkhir}",
            d.NamaSatker + (d.Visi is null ? "." : $". Visi: {d.Visi}"),
            ["Sasaran", "Merujuk sasaran induk", "Kode", "Indikator", .. tahun.Select(t => $"Target {t}")],
            d.Sasarans.SelectMany(s => (s.Indikators.Count == 0 ? [new GetRenstra.Indikator(string.Empty, string.Empty, new Dictionary<int, string>())] : s.Indikators)
                .Select(i => (IReadOnlyList<object?>)[$"{s.Kode}. {s.Uraian}", s.Induk is { } induk ? $"{induk.NamaSatker}: {induk.Kode}. {induk.Uraian}" : null, i.Kode, i.Uraian, .. tahun.Select(t => (object?)i.Targets.GetValueOrDefault(t))])));
    }

    public Task<IActionResult> OnPostBuatAsync(int tahunAwal, int tahunAkhir, CancellationToken ct) =>
        JalankanAsync((h, a) => h.BuatAsync(a, new EditRenstra.BuatRenstra(Satker ?? string.Empty, tahunAwal, tahunAkhir), ct), "Renstra dibuat.");

    public Task<IActionResult> OnPostPernyataanAsync(string? visi, string? misi, string? tujuan, int? revisi, CancellationToken ct) =>
        JalankanAsync((h, a) => h.SimpanPernyataanAsync(a, new EditRenstra.SimpanPernyataan(Satker ?? string.Empty, visi, misi, tujuan, revisi), ct), "Visi, misi dan tujuan disimpan.");

    public Task<IActionResult> OnPostSasaranAsync(int? sasaranId, string? kode, string? uraian, string? program, string? kegiatan, int? revisi, CancellationToken ct) =>
        JalankanAsync((h, a) => h.SimpanSasaranAsync(a, new EditRenstra.SimpanSasaran(Satker ?? string.Empty, sasaranId, kode, uraian, program, kegiatan, revisi), ct), "Sasaran disimpan.");

    public Task<IActionResult> OnPostIndikatorAsync(int sasaranId, int? indikatorId, string? kode, string? uraian, Dictionary<int, string?> target, int? indukId, int? revisi, CancellationToken ct) =>
        JalankanAsync((h, a) => h.SimpanIndikatorAsync(a, new EditRenstra.SimpanIndikator(sasaranId, indikatorId, kode, uraian, target, indukId, revisi), ct), "Indikator dan target disimpan.");

    private async Task<IActionResult> JalankanAsync(Func<EditRenstra.Handler, Sakip.App.Keamanan.AksesPengguna, Task<Sakip.App.Result<int>>> aksi, string berhasil)
    {
        if (SesiSakip.Akses(HttpContext) is not { } akses)
        {
            return Challenge();
        }

        var hasil = await aksi(edit, akses);
        if (hasil.IsSuccess)
        {
            Pesan = berhasil;
            return RedirectToPage(new { satker = Satker });
        }

        var tampil = await TampilAsync(HttpContext.RequestAborted);
        Kesalahan = hasil.Error;
        Response.StatusCode = StatusKegagalan.Kode(hasil.Jenis);
        return tampil;
    }

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
