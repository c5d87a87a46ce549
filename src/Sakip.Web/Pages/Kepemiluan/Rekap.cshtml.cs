using Microsoft.AspNetCore.Mvc;
using Sakip.App.Features.Kepemiluan;
using Sakip.Web.Halaman;

namespace Sakip.Web.Pages.Kepemiluan;

/// <summary>
/// A contest's figures for a satker, one region at a time: its figures, the regions below it with
/// the participation charts, the findings, and the whole as a workbook. An adapter over
/// <see cref="GetRekapKepemiluan"/> and <see cref="GenerateRekapKepemiluan"/>.
/// </summary>
public class RekapModel(GetRekapKepemiluan.Handler get) : HalamanSakip
{
    [BindProperty(SupportsGet = true)]
    public string Satker { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string Acara { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? Kontes { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Wilayah { get; set; }

    public GetRekapKepemiluan.Hasil? Hasil { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct);

    /// <summary>Every region of the import and the findings, as a workbook.</summary>
    public async Task<IActionResult> OnGetXlsxAsync([FromServices] GenerateRekapKepemiluan.Handler generate, CancellationToken ct) =>
        await UnduhAtauTampilkanAsync(await generate.HandleAsync(Pelaku, new GenerateRekapKepemiluan.Query(Satker, Acara, Kontes), ct), () => TampilAsync(ct));

    private async Task<IActionResult> TampilAsync(CancellationToken ct) =>
        Tampilkan(await get.HandleAsync(Pelaku, new GetRekapKepemiluan.Query(Satker, Acara, Kontes, Wilayah), ct), h => Hasil = h);
}
