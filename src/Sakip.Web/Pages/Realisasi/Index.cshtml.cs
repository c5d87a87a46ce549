using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.App.Features.Realisasi;
using Sakip.Web.Keamanan;
using Sakip.Web.Unduhan;

namespace Sakip.Web.Pages.Realisasi;

/// <summary>The realisasi grid of a satker-year: an adapter over <see cref="ListRealisasi"/>.</summary>
public class IndexModel(ListRealisasi.Handler list, ClosePeriode.Handler close, ReopenPeriode.Handler reopen, IConfiguration configuration) : PageModel
{
    /// <summary>An administrator reopens a closed period, with a reason kept in the audit trail.</summary>
    public async Task<IActionResult> OnPostBukaAsync(Sakip.Domain.Periode.JenisPeriode jenis, int nomor, string? alasan, CancellationToken ct)
    {
        if (SesiSakip.Akses(HttpContext) is not { } akses)
        {
            return Challenge();
        }

        var hasil = await reopen.HandleAsync(akses, new ReopenPeriode.Command(Satker ?? string.Empty, Tahun ?? 0, jenis, nomor, alasan), ct);
        if (!hasil.IsSuccess)
        {
            var tampil = await OnGetAsync(ct);
            Kesalahan = hasil.Error;
            Response.StatusCode = StatusKegagalan.Kode(hasil.Jenis);
            return tampil;
        }

        Pesan = $"Periode {hasil.Value} dibuka kembali; alasannya tercatat di jejak audit.";
        return RedirectToPage(new { satker = Satker, tahun = Tahun });
    }

    [TempData]
    public string? Pesan { get; set; }

    /// <summary>An administrator closes a period; realisasi inside it are locked.</summary>
    public async Task<IActionResult> OnPostTutupAsync(Sakip.Domain.Periode.JenisPeriode jenis, int nomor, CancellationToken ct)
    {
        if (SesiSakip.Akses(HttpContext) is not { } akses)
        {
            return Challenge();
        }

        var hasil = await close.HandleAsync(akses, new ClosePeriode.Command(Satker ?? string.Empty, Tahun ?? 0, jenis, nomor), ct);
        if (!hasil.IsSuccess)
        {
            var tampil = await OnGetAsync(ct);
            Kesalahan = hasil.Error;
            Response.StatusCode = StatusKegagalan.Kode(hasil.Jenis);
            return tampil;
        }

        Pesan = $"Periode {hasil.Value} ditutup; realisasi di dalamnya terkunci.";
        return RedirectToPage(new { satker = Satker, tahun = Tahun });
    }

    /// <summary>The realisasi grid as a workbook: one row per indicator-period with its value and state.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var tampil = await OnGetAsync(ct);
        if (Hasil is not { } h)
        {
            return tampil;
        }

        return TabelXlsx.Berkas(
            $"realisasi-{Satker}-{Tahun}.xlsx",
            $"Realisasi kinerja {Tahun}",
            $"{h.NamaSatker}. {h.JudulPerjanjian}.",
            ["Kode", "Indikator kinerja", "Target", "Periode", "Realisasi", "Status", "Jumlah bukti"],
            h.Barises.SelectMany(b => b.Periodes.Select(p => (IReadOnlyList<object?>)[b.Kode, b.Uraian, b.Target, p.Label, p.Nilai, NamaStatus(p.Status), p.JumlahBukti])));
    }

    /// <summary>A realisasi state as the page says it.</summary>
    public static string NamaStatus(Sakip.App.Entities.StatusRealisasi? status) => status switch
    {
        Sakip.App.Entities.StatusRealisasi.Draf => "draf",
        Sakip.App.Entities.StatusRealisasi.Diajukan => "menunggu verifikasi",
        Sakip.App.Entities.StatusRealisasi.Diverifikasi => "terverifikasi",
        Sakip.App.Entities.StatusRealisasi.Dikembalikan => "dikembalikan",
        _ => "belum diisi",
    };

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
            Response.StatusCode = StatusKegagalan.Kode(hasil.Jenis);
            return Page();
        }

        Hasil = hasil.Value;
        return Page();
    }
}
