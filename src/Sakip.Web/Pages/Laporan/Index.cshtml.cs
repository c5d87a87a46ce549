using Microsoft.AspNetCore.Mvc;
using Sakip.App.Features.Laporan;
using Sakip.Web.Halaman;

namespace Sakip.Web.Pages.Laporan;

/// <summary>
/// The Laporan Kinerja (LKjIP) of a satker-year: its versions and where each stands, and the start
/// of a new one. An adapter over <see cref="ListLaporanKinerja"/> and <see cref="CreateLaporanKinerja"/>.
/// </summary>
public class IndexModel(ListLaporanKinerja.Handler list, BawaanHalaman bawaan) : HalamanSakip
{
    [BindProperty(SupportsGet = true)]
    public string? Satker { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Tahun { get; set; }

    public ListLaporanKinerja.Hasil? Data { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct);

    /// <summary>Starts a version for the satker-year shown, then opens it.</summary>
    public async Task<IActionResult> OnPostBuatAsync([FromServices] CreateLaporanKinerja.Handler create, CancellationToken ct)
    {
        var satker = Satker ?? bawaan.SatkerUntuk(Pelaku);
        var tahun = Tahun ?? await bawaan.TahunAsync(Pelaku, satker, ct);
        return await SelesaikanAsync(
            await create.HandleAsync(Pelaku, new CreateLaporanKinerja.Command(satker, tahun), ct),
            _ => "Laporan Kinerja dibuat. Tulis bagian naratifnya, lalu periksa.",
            id => RedirectToPage("/Laporan/Lihat", new { id }),
            () => TampilAsync(ct));
    }

    private async Task<IActionResult> TampilAsync(CancellationToken ct)
    {
        var diminta = Tahun is not null;
        Satker ??= bawaan.SatkerUntuk(Pelaku);
        Tahun ??= await bawaan.TahunAsync(Pelaku, Satker, ct);
        var halaman = Tampilkan(await list.HandleAsync(Pelaku, new ListLaporanKinerja.Query(Satker, Tahun.Value), ct), d => Data = d);
        KosongBilaTahunBawaan(diminta);
        return halaman;
    }
}
