using Microsoft.AspNetCore.Mvc;
using Sakip.App.Features.Perjanjian;
using Sakip.Web.Halaman;

namespace Sakip.Web.Pages.PerjanjianKinerja;

/// <summary>Preparing a new PK, empty or from an RKT: an adapter over <see cref="GetPilihanPerjanjianKinerja"/> and <see cref="CreatePerjanjianKinerja"/>.</summary>
public class BuatModel(GetPilihanPerjanjianKinerja.Handler get, CreatePerjanjianKinerja.Handler create, BawaanHalaman bawaan) : HalamanSakip
{
    [BindProperty(SupportsGet = true)]
    public string? Satker { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Tahun { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Rkt { get; set; }

    /// <summary>The form, shaped as the use case's command (satker, year and RKT come from the address).</summary>
    [BindProperty]
    public CreatePerjanjianKinerja.Command Input { get; set; } = new(string.Empty, 0, null, null, null, null);

    public GetPilihanPerjanjianKinerja.Hasil? Pilihan { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        await SelesaikanAsync(
            await create.HandleAsync(Pelaku, Input with { KodeSatker = Satker ?? string.Empty, Tahun = Tahun ?? 0, RktId = Rkt }, ct),
            _ => "Draf Perjanjian Kinerja dibuat. Periksa indikator dan targetnya, lalu mintakan tanda tangan pimpinan.",
            id => RedirectToPage("/PerjanjianKinerja/Lihat", new { id }),
            () => TampilAsync(ct),
            nameof(Input));

    private async Task<IActionResult> TampilAsync(CancellationToken ct)
    {
        Satker ??= bawaan.SatkerUntuk(Pelaku);
        Tahun ??= bawaan.TahunBerjalan;
        return Tampilkan(await get.HandleAsync(Pelaku, new GetPilihanPerjanjianKinerja.Query(Satker, Tahun.Value), ct), p => Pilihan = p);
    }
}
