using Microsoft.AspNetCore.Mvc;
using Sakip.App;
using Sakip.App.Features.Realisasi;
using Sakip.App.Import.Bukti;
using Sakip.Web.Halaman;
using Sakip.Web.Keamanan;

namespace Sakip.Web.Pages.Realisasi;

/// <summary>
/// The Excel round trip of realisasi: download the template of the PK in force, upload it filled,
/// read the preview with every error named by row and column, then confirm. An adapter over
/// <see cref="GetImportRealisasi"/>, <see cref="GenerateTemplatRealisasi"/>,
/// <see cref="PreviewImportRealisasi"/> and <see cref="ImportRealisasi"/>.
/// </summary>
[RequestSizeLimit(UkuranPermintaanMaksimum)]
[RequestFormLimits(MultipartBodyLengthLimit = UkuranPermintaanMaksimum, ValueLengthLimit = BatasKiriman.PanjangIsianMaksimum)]
public class UnggahModel(GetImportRealisasi.Handler get, BawaanHalaman bawaan) : HalamanSakip
{
    /// <summary>One workbook of up to 20 MB and the form; a bigger file gets its own message below this.</summary>
    public const long UkuranPermintaanMaksimum = JenisBerkas.UkuranMaksimum + (5 * 1024 * 1024);

    [BindProperty(SupportsGet = true)]
    public string? Satker { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Tahun { get; set; }

    public PreviewImportRealisasi.Pratinjau? Pratinjau { get; private set; }

    /// <summary>The satker's name; null when the user may not fill its realisasi (the page then shows only why).</summary>
    public string? NamaSatker { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct);

    /// <summary>The template of the PK in force, filled with what is stored.</summary>
    public async Task<IActionResult> OnGetTemplatAsync([FromServices] GenerateTemplatRealisasi.Handler templat, CancellationToken ct)
    {
        var jawaban = await templat.HandleAsync(Pelaku, new GenerateTemplatRealisasi.Query(Satker ?? string.Empty, Tahun ?? 0), ct);
        if (jawaban.Nilai is { } unduhan)
        {
            return File(unduhan.Isi, JenisBerkas.Xlsx, unduhan.NamaBerkas);
        }

        var tampil = await TampilAsync(ct);
        Tolak(jawaban.Kegagalan!);
        return tampil;
    }

    /// <summary>Reads and checks the uploaded workbook; writes nothing.</summary>
    public async Task<IActionResult> OnPostPeriksaAsync([FromServices] PreviewImportRealisasi.Handler preview, IFormFile? berkas, CancellationToken ct)
    {
        var tampil = await TampilAsync(ct);
        if (NamaSatker is null)
        {
            return tampil;
        }

        if (!BerkasUnggah.Terima(berkas, JenisBerkas.UkuranMaksimum, "Pilih berkas isian (XLSX) yang akan diunggah.", out var tolakan))
        {
            Tolak(Gagal.TidakSah(tolakan, nameof(berkas)));
            return tampil;
        }

        using var ms = new MemoryStream();
        await berkas.CopyToAsync(ms, ct);
        var jawaban = await preview.HandleAsync(Pelaku, new PreviewImportRealisasi.Command(Satker ?? string.Empty, Tahun ?? 0, berkas.FileName, ms.ToArray()), ct);
        if (jawaban.Nilai is not { } pratinjau)
        {
            Tolak(jawaban.Kegagalan!);
            return tampil;
        }

        Pratinjau = pratinjau;
        if (pratinjau.Kesalahans.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return tampil;
    }

    /// <summary>Writes every change of the preview, or none.</summary>
    public async Task<IActionResult> OnPostTerapkanAsync([FromServices] ImportRealisasi.Handler impor, ImportRealisasi.Command input, CancellationToken ct) =>
        await SelesaikanAsync(
            await impor.HandleAsync(Pelaku, input with { Token = input.Token ?? string.Empty }, ct),
            h => $"{h.Jumlah} realisasi dari berkas Excel disimpan sebagai draf. Lampirkan bukti lalu ajukan masing-masing untuk diverifikasi.",
            h => RedirectToPage("/Realisasi/Index", new { satker = h.KodeSatker, tahun = h.Tahun }),
            () => TampilAsync(ct));

    private async Task<IActionResult> TampilAsync(CancellationToken ct)
    {
        Satker ??= bawaan.SatkerUntuk(Pelaku);
        Tahun ??= await bawaan.TahunAsync(Pelaku, Satker, ct);
        return Tampilkan(await get.HandleAsync(Pelaku, new GetImportRealisasi.Query(Satker), ct), h => NamaSatker = h.NamaSatker);
    }
}
