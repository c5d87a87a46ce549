using Microsoft.AspNetCore.Mvc;
using Sakip.App.Features.Perencanaan;
using Sakip.Domain.Capaian;
using Sakip.Web.Halaman;

namespace Sakip.Web.Pages.Rkt;

/// <summary>Adding, changing or removing an RKT indicator: an adapter over <see cref="GetIndikatorRkt"/> and <see cref="EditIndikatorRkt"/>.</summary>
public class IndikatorModel(GetIndikatorRkt.Handler get, EditIndikatorRkt.Handler edit) : HalamanSakip
{
    [BindProperty(SupportsGet = true)]
    public string? Satker { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Tahun { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Sasaran { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    /// <summary>The form, shaped as the use case's command (its sasaran and indicator come from the address).</summary>
    [BindProperty]
    public EditIndikatorRkt.Command Input { get; set; } = new(0, null, null, null, null, null, null, null, Polaritas.Naik);

    public GetRkt.Sasaran? DataSasaran { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct, isiUlang: true);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SimpanAsync(hapus: false, ct);

    public Task<IActionResult> OnPostHapusAsync(CancellationToken ct) => SimpanAsync(hapus: true, ct);

    private async Task<IActionResult> SimpanAsync(bool hapus, CancellationToken ct) =>
        await SelesaikanAsync(
            await edit.HandleAsync(Pelaku, Input with { SasaranId = Sasaran, IndikatorId = Id, Hapus = hapus }, ct),
            _ => hapus ? "Indikator RKT dihapus." : "Indikator RKT disimpan.",
            _ => RedirectToPage("/Rkt/Index", new { satker = Satker, tahun = Tahun }),
            () => TampilAsync(ct, isiUlang: false),
            nameof(Input));

    private async Task<IActionResult> TampilAsync(CancellationToken ct, bool isiUlang) =>
        Tampilkan(await get.HandleAsync(Pelaku, new GetIndikatorRkt.Query(Satker ?? string.Empty, Tahun, Sasaran, Id), ct), d =>
        {
            DataSasaran = d.Sasaran;
            if (isiUlang && d.Indikator is { } i)
            {
                Input = new EditIndikatorRkt.Command(Sasaran, i.Id, i.Revisi, i.Uraian, i.Target, i.CaraPencapaian, i.CaraPengukuran, i.Rumus, i.Polaritas);
            }
        });
}
