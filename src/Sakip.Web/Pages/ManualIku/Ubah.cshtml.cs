using Microsoft.AspNetCore.Mvc;
using Sakip.App.Features.Perjanjian;
using Sakip.Web.Halaman;

namespace Sakip.Web.Pages.ManualIku;

/// <summary>
/// One indicator's manual beside what the PK says of it; written by whoever writes the satker's
/// plans, read by everyone else. An adapter over <see cref="GetManualIku"/> and <see cref="EditManualIku"/>.
/// </summary>
public class UbahModel(GetManualIku.Handler get) : HalamanSakip
{
    [BindProperty(SupportsGet = true)]
    public string Satker { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public int Tahun { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Kode { get; set; } = string.Empty;

    /// <summary>The form, shaped as <see cref="EditManualIku.Command"/> (satker, year and code come from the address).</summary>
    [BindProperty]
    public EditManualIku.Command Isian { get; set; } = new(string.Empty, 0, string.Empty, 0, false, null, null, null, null, null);

    public GetManualIku.Hasil? Data { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct, sebagaiDiketik: false);

    public async Task<IActionResult> OnPostAsync([FromServices] EditManualIku.Handler edit, CancellationToken ct) =>
        await SelesaikanAsync(
            await edit.HandleAsync(Pelaku, Isian with { KodeSatker = Satker, Tahun = Tahun, KodeIndikator = Kode }, ct),
            _ => $"Manual indikator {Kode} disimpan.",
            _ => RedirectToPage("/ManualIku/Index", new { satker = Satker, tahun = Tahun }),
            () => TampilAsync(ct, sebagaiDiketik: true),
            nameof(Isian));

    private async Task<IActionResult> TampilAsync(CancellationToken ct, bool sebagaiDiketik) =>
        Tampilkan(await get.HandleAsync(Pelaku, new GetManualIku.Query(Satker, Tahun, Kode), ct), d =>
        {
            Data = d;
            if (!sebagaiDiketik)
            {
                Isian = new EditManualIku.Command(d.KodeSatker, d.Tahun, d.Indikator.Kode, d.Revisi, d.Iku, d.DefinisiOperasional, d.RumusUraian, d.SumberData, d.UnitPenanggungJawab, d.PenanggungJawabId, d.Renstra?.Id, d.PrioritasNasional);
            }
        });
}
