using Microsoft.AspNetCore.Mvc;
using Sakip.App.Features.Kepemiluan;
using Sakip.App.Features.Realisasi;
using Sakip.App.Import.Bukti;
using Sakip.Web.Halaman;
using Sakip.Web.Keamanan;

namespace Sakip.Web.Pages.Realisasi;

/// <summary>
/// Entering one indicator-period's realisasi with evidence (operator) and verifying or returning
/// it (pimpinan), and binding a formula variable to election figures: an adapter over
/// <see cref="GetRealisasi"/>, <see cref="RecordRealisasi"/>, <see cref="VerifyRealisasi"/> and
/// <see cref="LinkIndikatorKepemiluan"/>.
/// </summary>
[RequestSizeLimit(UkuranPermintaanMaksimum)]
[RequestFormLimits(MultipartBodyLengthLimit = UkuranPermintaanMaksimum, ValueLengthLimit = BatasKiriman.PanjangIsianMaksimum)]
public class IsiModel(GetRealisasi.Handler get) : HalamanSakip
{
    /// <summary>Five files of 20 MB and the form.</summary>
    public const long UkuranPermintaanMaksimum = (RecordRealisasi.BerkasPerKirimanMaksimum * JenisBerkas.UkuranMaksimum) + (1024 * 1024);

    [BindProperty(SupportsGet = true)]
    public int Indikator { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Periode { get; set; } = 1;

    /// <summary>The entry form, shaped as the use case's command (indicator and period come from the address, files from the upload).</summary>
    [BindProperty]
    public RecordRealisasi.Command Input { get; set; } = new(0, 0, null, new Dictionary<string, string>(), null, [], false, null);

    public GetRealisasi.Hasil? Data { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct, isiUlang: true);

    public Task<IActionResult> OnPostSimpanAsync([FromServices] RecordRealisasi.Handler record, List<IFormFile> berkas, CancellationToken ct) => SimpanAsync(record, berkas, ajukan: false, ct);

    public Task<IActionResult> OnPostAjukanAsync([FromServices] RecordRealisasi.Handler record, List<IFormFile> berkas, CancellationToken ct) => SimpanAsync(record, berkas, ajukan: true, ct);

    /// <summary>Binds a formula variable to an election figure, or with no contest chosen removes its binding.</summary>
    public async Task<IActionResult> OnPostIkatAsync([FromServices] LinkIndikatorKepemiluan.Handler link, string? variabel, string? kontes, string? wilayah, string? kolom, CancellationToken ct)
    {
        var tampil = await TampilAsync(ct, isiUlang: true);
        if (Data is not { } d)
        {
            return tampil;
        }

        var bagian = (kontes ?? string.Empty).Split('|');
        var jawaban = await link.HandleAsync(
            Pelaku,
            new LinkIndikatorKepemiluan.Command(d.KodeSatker, d.Tahun, d.Kode, variabel ?? string.Empty, bagian[0].Length == 0 ? null : bagian[0], bagian.Length > 1 ? bagian[1] : null, wilayah, kolom),
            ct);
        return await SelesaikanAsync(
            jawaban,
            h => (bagian[0].Length == 0 ? $"Variabel {variabel} dilepas dari data kepemiluan." : $"Variabel {variabel} diikat pada data kepemiluan.") + string.Concat(h.Realisasi.Select(r => " " + r)),
            _ => RedirectToPage(new { indikator = Indikator, periode = Periode }),
            () => TampilAsync(ct, isiUlang: true));
    }

    public Task<IActionResult> OnPostVerifikasiAsync([FromServices] VerifyRealisasi.Handler verify, VerifyRealisasi.Command putusan, CancellationToken ct) => PutuskanAsync(verify, putusan with { Setuju = true }, ct);

    public Task<IActionResult> OnPostKembalikanAsync([FromServices] VerifyRealisasi.Handler verify, VerifyRealisasi.Command putusan, CancellationToken ct) => PutuskanAsync(verify, putusan with { Setuju = false }, ct);

    private async Task<IActionResult> SimpanAsync(RecordRealisasi.Handler record, List<IFormFile> berkas, bool ajukan, CancellationToken ct)
    {
        var unggahan = (await BerkasUnggah.BacaAsync(berkas, ct)).Select(b => new RecordRealisasi.BerkasUnggah(b.Nama, b.Isi)).ToList();
        var jawaban = await record.HandleAsync(Pelaku, Input with { IndikatorId = Indikator, NomorPeriode = Periode, Berkas = unggahan, Ajukan = ajukan }, ct);
        if (!jawaban.Berhasil && Input.Nilai?.Length > Sakip.Domain.Bilangan.AngkaIndonesia.PanjangMaksimum)
        {
            // Never echo a pasted page back into the field: the message already quotes its start.
            Input = Input with { Nilai = null };
            ModelState.SetModelValue($"{nameof(Input)}.{nameof(Input.Nilai)}", null, string.Empty);
        }

        return await SelesaikanAsync(
            jawaban,
            _ => ajukan ? "Realisasi diajukan untuk diverifikasi pimpinan." : "Draf realisasi disimpan.",
            _ => RedirectToPage(new { indikator = Indikator, periode = Periode }),
            () => TampilAsync(ct, isiUlang: false),
            nameof(Input));
    }

    private async Task<IActionResult> PutuskanAsync(VerifyRealisasi.Handler verify, VerifyRealisasi.Command putusan, CancellationToken ct) =>
        await SelesaikanAsync(
            await verify.HandleAsync(Pelaku, putusan, ct),
            _ => putusan.Setuju ? "Realisasi diverifikasi; capaian diperbarui." : "Realisasi dikembalikan kepada operator dengan catatan.",
            _ => RedirectToPage(new { indikator = Indikator, periode = Periode }),
            () => TampilAsync(ct, isiUlang: false));

    private async Task<IActionResult> TampilAsync(CancellationToken ct, bool isiUlang) =>
        Tampilkan(await get.HandleAsync(Pelaku, new GetRealisasi.Query(Indikator, Periode), ct), d =>
        {
            Data = d;
            if (isiUlang)
            {
                Input = new RecordRealisasi.Command(d.IndikatorId, Periode, d.Nilai, new Dictionary<string, string>(d.NilaiVariabel), d.Analisis, [], false, d.Revisi, d.Selesai, d.TanggalSelesai);
            }
        });
}
