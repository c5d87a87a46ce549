using Microsoft.AspNetCore.Mvc;
using Sakip.App.Entities;
using Sakip.App.Features.Evaluasi;
using Sakip.Web.Halaman;

namespace Sakip.Web.Pages.Evaluasi;

/// <summary>
/// The AKIP evaluation of a satker-year: the LKE with every round's answers side by side, each
/// round's value, the form to submit the open round, and (for an evaluator) the form to open the
/// evaluation. An adapter over <see cref="GetEvaluasiAkip"/>, <see cref="CreateEvaluasiAkip"/> and
/// <see cref="SendPutaranEvaluasi"/>.
/// </summary>
public class IndexModel(GetEvaluasiAkip.Handler get, BawaanHalaman bawaan) : HalamanSakip
{
    [BindProperty(SupportsGet = true)]
    public string? Satker { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Tahun { get; set; }

    /// <summary>The opening form, shaped as <see cref="CreateEvaluasiAkip.Command"/> (satker and year come from the address).</summary>
    [BindProperty]
    public CreateEvaluasiAkip.Command Buka { get; set; } = new(string.Empty, 0);

    public GetEvaluasiAkip.Hasil? Data { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Satker ??= bawaan.SatkerUntuk(Pelaku);
        Tahun ??= await bawaan.TahunAsync(Pelaku, Satker, ct);
        return Tampilkan(await get.HandleAsync(Pelaku, new GetEvaluasiAkip.Query(Satker, Tahun.Value), ct), d => Data = d);
    }

    /// <summary>The LHE of the finished evaluation, in the format asked.</summary>
    public async Task<IActionResult> OnGetLheAsync([FromServices] App.Features.Dokumen.GenerateDokumenLhe.Handler lhe, string? format, CancellationToken ct)
    {
        Satker ??= bawaan.SatkerUntuk(Pelaku);
        Tahun ??= await bawaan.TahunAsync(Pelaku, Satker, ct);
        return await UnduhAtauTampilkanAsync(await lhe.HandleAsync(Pelaku, new App.Features.Dokumen.GenerateDokumenLhe.Query(Satker, Tahun.Value, format), ct), () => OnGetAsync(ct));
    }

    public async Task<IActionResult> OnPostBukaAsync([FromServices] CreateEvaluasiAkip.Handler buka, CancellationToken ct) =>
        await SelesaikanAsync(
            await buka.HandleAsync(Pelaku, Buka with { KodeSatker = Satker ?? string.Empty, Tahun = Tahun ?? 0 }, ct),
            _ => $"Evaluasi SAKIP tahun {Tahun} dibuka; evaluasi mandiri satker dapat diisi.",
            _ => RedirectToPage(new { satker = Satker, tahun = Tahun }),
            () => OnGetAsync(ct),
            nameof(Buka));

    public async Task<IActionResult> OnPostAjukanAsync([FromServices] SendPutaranEvaluasi.Handler ajukan, JenisPutaran putaran, int revisi, CancellationToken ct) =>
        await SelesaikanAsync(
            await ajukan.HandleAsync(Pelaku, new SendPutaranEvaluasi.Command(Satker ?? string.Empty, Tahun ?? 0, putaran, revisi), ct),
            _ => putaran switch
            {
                JenisPutaran.Mandiri => "Evaluasi mandiri diajukan; evaluator dapat mulai menilai.",
                JenisPutaran.Evaluator => "Penilaian evaluator diajukan; nilai akhir disepakati di putaran terakhir.",
                _ => "Nilai akhir evaluasi ditetapkan.",
            },
            _ => RedirectToPage(new { satker = Satker, tahun = Tahun }),
            () => OnGetAsync(ct));
}
