using Microsoft.AspNetCore.Mvc;
using Sakip.App.Entities;
using Sakip.App.Features.Evaluasi;
using Sakip.Web.Halaman;

namespace Sakip.Web.Pages.Evaluasi;

/// <summary>
/// A recommendation's follow-up: the satker writes and submits it, the evaluator accepts or returns
/// it with a note. An adapter over <see cref="GetEvaluasiAkip"/>, <see cref="RecordTindakLanjut"/>
/// and <see cref="ApproveTindakLanjut"/>.
/// </summary>
[RequestSizeLimit(JawabModel.UkuranPermintaanMaksimum)]
[RequestFormLimits(MultipartBodyLengthLimit = JawabModel.UkuranPermintaanMaksimum, ValueLengthLimit = Keamanan.BatasKiriman.PanjangIsianMaksimum)]
public class TindakLanjutModel(GetEvaluasiAkip.Handler get) : HalamanSakip
{
    [BindProperty(SupportsGet = true)]
    public string Satker { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public int Tahun { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    /// <summary>The satker's form, shaped as <see cref="RecordTindakLanjut.Command"/>.</summary>
    [BindProperty]
    public RecordTindakLanjut.Command Isian { get; set; } = new(string.Empty, 0, 0, 0, StatusTindakLanjut.Belum, null);

    /// <summary>The evaluator's note.</summary>
    [BindProperty]
    public string? Catatan { get; set; }

    public GetEvaluasiAkip.Hasil? Data { get; private set; }

    public GetEvaluasiAkip.Rekomendasi? Rekomendasi { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct, sebagaiDiketik: false);

    public Task<IActionResult> OnPostAsync([FromServices] RecordTindakLanjut.Handler catat, List<IFormFile> berkas, CancellationToken ct) => CatatAsync(catat, berkas, ajukan: false, ct);

    public Task<IActionResult> OnPostAjukanAsync([FromServices] RecordTindakLanjut.Handler catat, List<IFormFile> berkas, CancellationToken ct) => CatatAsync(catat, berkas, ajukan: true, ct);

    public Task<IActionResult> OnPostTerimaAsync([FromServices] ApproveTindakLanjut.Handler terima, int revisi, CancellationToken ct) => PutuskanAsync(terima, revisi, true, ct);

    public Task<IActionResult> OnPostKembalikanAsync([FromServices] ApproveTindakLanjut.Handler terima, int revisi, CancellationToken ct) => PutuskanAsync(terima, revisi, false, ct);

    private async Task<IActionResult> CatatAsync(RecordTindakLanjut.Handler catat, List<IFormFile> berkas, bool ajukan, CancellationToken ct) =>
        await SelesaikanAsync(
            await catat.HandleAsync(Pelaku, Isian with { KodeSatker = Satker, Tahun = Tahun, Id = Id, Ajukan = ajukan, Berkas = await BerkasUnggah.BacaAsync(berkas, ct) }, ct),
            _ => ajukan ? "Tindak lanjut diajukan untuk diterima evaluator." : "Tindak lanjut disimpan.",
            _ => Redirect($"/Evaluasi?satker={Uri.EscapeDataString(Satker)}&tahun={Tahun}#rekomendasi"),
            () => TampilAsync(ct, sebagaiDiketik: true),
            nameof(Isian));

    private async Task<IActionResult> PutuskanAsync(ApproveTindakLanjut.Handler terima, int revisi, bool diterima, CancellationToken ct) =>
        await SelesaikanAsync(
            await terima.HandleAsync(Pelaku, new ApproveTindakLanjut.Command(Satker, Tahun, Id, revisi, diterima, Catatan), ct),
            _ => diterima ? "Tindak lanjut diterima; rekomendasi selesai." : "Tindak lanjut dikembalikan kepada satker.",
            _ => Redirect($"/Evaluasi?satker={Uri.EscapeDataString(Satker)}&tahun={Tahun}#rekomendasi"),
            () => TampilAsync(ct, sebagaiDiketik: true));

    private async Task<IActionResult> TampilAsync(CancellationToken ct, bool sebagaiDiketik)
    {
        var hasil = Tampilkan(await get.HandleAsync(Pelaku, new GetEvaluasiAkip.Query(Satker, Tahun), ct), d => Data = d);
        if (Data is not { } d)
        {
            return hasil;
        }

        Rekomendasi = d.Rekomendasis?.FirstOrDefault(x => x.Id == Id);
        if (Rekomendasi is not { } r)
        {
            Tolak(App.Gagal.TidakDitemukan($"Rekomendasi ini tidak ada pada evaluasi SAKIP {d.NamaSatker} tahun {d.Tahun}."));
            Data = null;
            return Page();
        }

        if (!sebagaiDiketik)
        {
            Isian = new RecordTindakLanjut.Command(d.KodeSatker, d.Tahun, r.Id, r.Revisi, r.Status == StatusTindakLanjut.Selesai ? StatusTindakLanjut.DalamProses : r.Status, r.TindakLanjut);
        }

        return hasil;
    }
}
