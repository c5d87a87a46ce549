using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.App.Features.Realisasi;
using Sakip.App.Import.Bukti;
using Sakip.Web.Keamanan;

namespace Sakip.Web.Pages.Realisasi;

/// <summary>
/// The Excel round trip of realisasi: download the template of the PK in force, upload it filled,
/// read the preview with every error named by row and column, then confirm. An adapter over
/// <see cref="GenerateTemplatRealisasi"/> and <see cref="ImportRealisasi"/>.
/// </summary>
[RequestSizeLimit(UkuranPermintaanMaksimum)]
[RequestFormLimits(MultipartBodyLengthLimit = UkuranPermintaanMaksimum, ValueLengthLimit = BatasKiriman.PanjangIsianMaksimum)]
public class UnggahModel(GenerateTemplatRealisasi.Handler templat, ImportRealisasi.Handler impor, IConfiguration configuration) : PageModel
{
    /// <summary>One workbook of up to 20 MB and the form; a bigger file gets its own message below this.</summary>
    public const long UkuranPermintaanMaksimum = JenisBerkas.UkuranMaksimum + (5 * 1024 * 1024);

    [BindProperty(SupportsGet = true)]
    public string? Satker { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Tahun { get; set; }

    public ImportRealisasi.Pratinjau? Pratinjau { get; private set; }

    public string? Kesalahan { get; private set; }

    public string? NamaSatker { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (SesiSakip.Akses(HttpContext) is not { } akses)
        {
            return Challenge();
        }

        Satker ??= configuration["Sakip:SatkerAwal"] ?? "1871";
        Tahun ??= 2024;
        var boleh = await impor.SiapkanAsync(akses, Satker, ct);
        if (!boleh.IsSuccess)
        {
            Kesalahan = boleh.Error;
            Response.StatusCode = StatusKegagalan.Kode(boleh.Jenis);
            return Page();
        }

        NamaSatker = boleh.Value;
        return Page();
    }

    /// <summary>The template of the PK in force, filled with what is stored.</summary>
    public async Task<IActionResult> OnGetTemplatAsync(CancellationToken ct)
    {
        if (SesiSakip.Akses(HttpContext) is not { } akses)
        {
            return Challenge();
        }

        var hasil = await templat.HandleAsync(new GenerateTemplatRealisasi.Query(akses, Satker ?? string.Empty, Tahun ?? 0), ct);
        if (!hasil.IsSuccess)
        {
            Kesalahan = hasil.Error;
            Response.StatusCode = StatusKegagalan.Kode(hasil.Jenis);
            return Page();
        }

        return File(hasil.Value!.Isi, JenisBerkas.Xlsx, hasil.Value.NamaBerkas);
    }

    /// <summary>Reads and checks the uploaded workbook; writes nothing.</summary>
    public async Task<IActionResult> OnPostPeriksaAsync(IFormFile? berkas, CancellationToken ct)
    {
        if (SesiSakip.Akses(HttpContext) is not { } akses)
        {
            return Challenge();
        }

        if (berkas is null || berkas.Length == 0)
        {
            Kesalahan = berkas is null ? "Pilih berkas isian (XLSX) yang akan diunggah." : $"Berkas '{JenisBerkas.NamaAman(berkas.FileName)}' kosong.";
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        if (berkas.Length > JenisBerkas.UkuranMaksimum)
        {
            Kesalahan = $"Berkas '{JenisBerkas.NamaAman(berkas.FileName)}' berukuran {berkas.Length / 1024 / 1024} MB; paling besar 20 MB.";
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        using var ms = new MemoryStream();
        await berkas.CopyToAsync(ms, ct);
        var isi = ms.ToArray();

        var hasil = await impor.PeriksaAsync(new ImportRealisasi.Periksa(akses, Satker ?? string.Empty, Tahun ?? 0, berkas.FileName, isi), ct);
        if (!hasil.IsSuccess)
        {
            Kesalahan = hasil.Error;
            Response.StatusCode = StatusKegagalan.Kode(hasil.Jenis);
            return Page();
        }

        Pratinjau = hasil.Value;
        if (Pratinjau!.Kesalahans.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return Page();
    }

    /// <summary>Writes every change of the preview, or none.</summary>
    public async Task<IActionResult> OnPostTerapkanAsync(string? token, CancellationToken ct)
    {
        if (SesiSakip.Akses(HttpContext) is not { } akses)
        {
            return Challenge();
        }

        var hasil = await impor.TerapkanAsync(new ImportRealisasi.Terapkan(akses, token ?? string.Empty), ct);
        if (!hasil.IsSuccess)
        {
            Kesalahan = hasil.Error;
            Response.StatusCode = StatusKegagalan.Kode(hasil.Jenis);
            return Page();
        }

        TempData["Pesan"] = $"{hasil.Value!.Jumlah} realisasi dari berkas Excel disimpan sebagai draf. Lampirkan bukti lalu ajukan masing-masing untuk diverifikasi.";
        return RedirectToPage("/Realisasi/Index", new { satker = hasil.Value.KodeSatker, tahun = hasil.Value.Tahun });
    }
}
