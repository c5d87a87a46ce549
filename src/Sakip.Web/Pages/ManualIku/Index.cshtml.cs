using Microsoft.AspNetCore.Mvc;
using Sakip.App.Features.Dokumen;
using Sakip.App.Features.Perjanjian;
using Sakip.Web.Halaman;

namespace Sakip.Web.Pages.ManualIku;

/// <summary>
/// The Manual IKU of a satker-year: each PK indicator and whether its manual is written, and the
/// Manual IKU document. An adapter over <see cref="ListManualIku"/> and <see cref="GenerateDokumenManualIku"/>.
/// </summary>
public class IndexModel(ListManualIku.Handler list, BawaanHalaman bawaan) : HalamanSakip
{
    [BindProperty(SupportsGet = true)]
    public string? Satker { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Tahun { get; set; }

    public ListManualIku.Hasil? Data { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct);

    /// <summary>The Manual IKU document in the format asked.</summary>
    public async Task<IActionResult> OnGetDokumenAsync([FromServices] GenerateDokumenManualIku.Handler dokumen, string? format, CancellationToken ct)
    {
        var satker = Satker ?? bawaan.SatkerUntuk(Pelaku);
        var tahun = Tahun ?? await bawaan.TahunAsync(Pelaku, satker, ct);
        return await UnduhAtauTampilkanAsync(await dokumen.HandleAsync(Pelaku, new GenerateDokumenManualIku.Query(satker, tahun, format), ct), () => TampilAsync(ct));
    }

    private async Task<IActionResult> TampilAsync(CancellationToken ct)
    {
        var diminta = Tahun is not null;
        Satker ??= bawaan.SatkerUntuk(Pelaku);
        Tahun ??= await bawaan.TahunAsync(Pelaku, Satker, ct);
        var halaman = Tampilkan(await list.HandleAsync(Pelaku, new ListManualIku.Query(Satker, Tahun.Value), ct), d => Data = d);
        KosongBilaTahunBawaan(diminta);
        return halaman;
    }
}
