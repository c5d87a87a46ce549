using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.App.Features.Realisasi;
using Sakip.App.Import.Bukti;
using Sakip.App.Keamanan;
using Sakip.Web.Keamanan;

namespace Sakip.Web.Pages.Realisasi;

/// <summary>
/// Entering one indicator-period's realisasi with evidence (operator) and verifying or returning
/// it (pimpinan): an adapter over <see cref="GetRealisasi"/>, <see cref="RecordRealisasi"/> and
/// <see cref="VerifyRealisasi"/>.
/// </summary>
[RequestSizeLimit(UkuranPermintaanMaksimum)]
[RequestFormLimits(MultipartBodyLengthLimit = UkuranPermintaanMaksimum, ValueLengthLimit = BatasKiriman.PanjangIsianMaksimum)]
public class IsiModel(GetRealisasi.Handler get, RecordRealisasi.Handler record, VerifyRealisasi.Handler verify) : PageModel
{
    /// <summary>Five files of 20 MB and the form.</summary>
    public const long UkuranPermintaanMaksimum = (RecordRealisasi.BerkasPerKirimanMaksimum * JenisBerkas.UkuranMaksimum) + (1024 * 1024);

    [BindProperty(SupportsGet = true)]
    public int Indikator { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Periode { get; set; } = 1;

    [BindProperty]
    public string? Nilai { get; set; }

    [BindProperty]
    public Dictionary<string, string> Variabel { get; set; } = [];

    [BindProperty]
    public string? Analisis { get; set; }

    [BindProperty]
    public bool Selesai { get; set; }

    [BindProperty]
    public DateOnly? TanggalSelesai { get; set; }

    [BindProperty]
    public int? Versi { get; set; }

    [BindProperty]
    public string? Catatan { get; set; }

    public GetRealisasi.Hasil? Data { get; private set; }

    [TempData]
    public string? Pesan { get; set; }

    public string? Kesalahan { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await TampilAsync(ct, isiUlang: true);

    public Task<IActionResult> OnPostSimpanAsync(List<IFormFile> berkas, CancellationToken ct) => SimpanAsync(berkas, ajukan: false, ct);

    public Task<IActionResult> OnPostAjukanAsync(List<IFormFile> berkas, CancellationToken ct) => SimpanAsync(berkas, ajukan: true, ct);

    public Task<IActionResult> OnPostVerifikasiAsync(CancellationToken ct) => PutuskanAsync(setuju: true, ct);

    public Task<IActionResult> OnPostKembalikanAsync(CancellationToken ct) => PutuskanAsync(setuju: false, ct);

    private async Task<IActionResult> SimpanAsync(List<IFormFile> berkas, bool ajukan, CancellationToken ct)
    {
        if (SesiSakip.Akses(HttpContext) is not { } akses)
        {
            return Challenge();
        }

        var unggahan = new List<RecordRealisasi.BerkasUnggah>();
        if (berkas.Count(f => f.Length > 0) > RecordRealisasi.BerkasPerKirimanMaksimum)
        {
            ModelState.AddModelError("Berkas", $"Paling banyak {RecordRealisasi.BerkasPerKirimanMaksimum} berkas sekali kirim; terpilih {berkas.Count(f => f.Length > 0)}.");
            berkas = [];
        }

        foreach (var f in berkas.Where(f => f.Length > 0))
        {
            if (f.Length > JenisBerkas.UkuranMaksimum)
            {
                ModelState.AddModelError("Berkas", $"Berkas '{Path.GetFileName(f.FileName)}' berukuran {f.Length / 1024 / 1024} MB; paling besar 20 MB.");
                continue;
            }

            using var ms = new MemoryStream();
            await f.CopyToAsync(ms, ct);
            unggahan.Add(new(f.FileName, ms.ToArray()));
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await TampilAsync(ct, isiUlang: false);
        }

        var (hasil, kesalahan) = await record.HandleAsync(
            akses,
            new RecordRealisasi.Command(Indikator, Periode, Nilai, Variabel, Analisis, unggahan, ajukan, Versi, Selesai, TanggalSelesai),
            ct);
        if (hasil is null)
        {
            foreach (var k in kesalahan)
            {
                ModelState.AddModelError(k.Field ?? string.Empty, k.Pesan);
            }

            Response.StatusCode = StatusKegagalan.Kode(StatusKegagalan.Terberat(kesalahan.Select(k => k.Jenis)));
            if (Nilai?.Length > Sakip.Domain.Bilangan.AngkaIndonesia.PanjangMaksimum)
            {
                // Never echo a pasted page back into the field: the message already quotes its start.
                Nilai = null;
                ModelState.SetModelValue(nameof(Nilai), null, string.Empty);
            }

            return await TampilAsync(ct, isiUlang: false);
        }

        Pesan = ajukan ? "Realisasi diajukan untuk diverifikasi pimpinan." : "Draf realisasi disimpan.";
        return RedirectToPage(new { indikator = Indikator, periode = Periode });
    }

    private async Task<IActionResult> PutuskanAsync(bool setuju, CancellationToken ct)
    {
        if (SesiSakip.Akses(HttpContext) is not { } akses)
        {
            return Challenge();
        }

        var data = await get.HandleAsync(new GetRealisasi.Query(akses, Indikator, Periode), ct);
        if (!data.IsSuccess || data.Value!.RealisasiId is not { } id)
        {
            return NotFound();
        }

        var hasil = await verify.HandleAsync(akses, new VerifyRealisasi.Command(id, setuju, Catatan, Versi ?? -1), ct);
        if (!hasil.IsSuccess)
        {
            ModelState.AddModelError(string.Empty, hasil.Error!);
            Response.StatusCode = StatusKegagalan.Kode(hasil.Jenis);
            return await TampilAsync(ct, isiUlang: false);
        }

        Pesan = setuju ? "Realisasi diverifikasi; capaian diperbarui." : "Realisasi dikembalikan kepada operator dengan catatan.";
        return RedirectToPage(new { indikator = Indikator, periode = Periode });
    }

    private async Task<IActionResult> TampilAsync(CancellationToken ct, bool isiUlang)
    {
        if (SesiSakip.Akses(HttpContext) is not AksesPengguna akses)
        {
            return Challenge();
        }

        var data = await get.HandleAsync(new GetRealisasi.Query(akses, Indikator, Periode), ct);
        if (!data.IsSuccess)
        {
            Kesalahan = data.Error;
            Response.StatusCode = StatusKegagalan.Kode(data.Jenis);
            return Page();
        }

        Data = data.Value;
        if (isiUlang)
        {
            Nilai = Data!.Nilai;
            Variabel = new Dictionary<string, string>(Data.NilaiVariabel);
            Analisis = Data.Analisis;
            Selesai = Data.Selesai;
            TanggalSelesai = Data.TanggalSelesai;
            Versi = Data.Versi;
        }

        return Page();
    }
}
