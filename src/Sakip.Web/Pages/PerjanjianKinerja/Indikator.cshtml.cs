using Microsoft.AspNetCore.Mvc;
using Sakip.App.Features.Perjanjian;
using Sakip.Domain.Capaian;
using Sakip.Domain.Periode;
using Sakip.Web.Halaman;

namespace Sakip.Web.Pages.PerjanjianKinerja;

/// <summary>
/// Adding, changing or removing an indicator of a draft PK: an adapter over
/// <see cref="GetIndikatorPerjanjianKinerja"/> and <see cref="EditIndikatorPerjanjianKinerja"/>.
/// </summary>
public class IndikatorModel(GetIndikatorPerjanjianKinerja.Handler get, EditIndikatorPerjanjianKinerja.Handler edit) : HalamanSakip
{
    [BindProperty(SupportsGet = true)]
    public int Pk { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    /// <summary>The form, shaped as the use case's command (the PK and the indicator come from the address).</summary>
    [BindProperty]
    public EditIndikatorPerjanjianKinerja.Command Input { get; set; } =
        new(0, 0, null, null, null, null, null, null, Polaritas.Naik, JenisPeriode.Tahun, CaraAkumulasi.Terakhir, null, null);

    public GetPerjanjianKinerja.Hasil? Data { get; private set; }

    /// <summary>A periodicity as people say it.</summary>
    public static string NamaPeriodisitas(JenisPeriode j) => j switch
    {
        JenisPeriode.Bulan => "bulanan",
        JenisPeriode.Triwulan => "triwulanan",
        JenisPeriode.Semester => "semesteran",
        _ => "tahunan",
    };

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct, isiUlang: true);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SimpanAsync(hapus: false, ct);

    public Task<IActionResult> OnPostHapusAsync(CancellationToken ct) => SimpanAsync(hapus: true, ct);

    private async Task<IActionResult> SimpanAsync(bool hapus, CancellationToken ct) =>
        await SelesaikanAsync(
            await edit.HandleAsync(Pelaku, Input with { PerjanjianId = Pk, IndikatorId = Id, Hapus = hapus }, ct),
            _ => hapus ? "Indikator dihapus." : "Indikator disimpan.",
            _ => RedirectToPage("/PerjanjianKinerja/Lihat", new { id = Pk }),
            () => TampilAsync(ct, isiUlang: false),
            nameof(Input));

    private async Task<IActionResult> TampilAsync(CancellationToken ct, bool isiUlang) =>
        Tampilkan(await get.HandleAsync(Pelaku, new GetIndikatorPerjanjianKinerja.Query(Pk, Id), ct), d =>
        {
            Data = d.Perjanjian;
            if (isiUlang)
            {
                Input = d.Indikator is { } i
                    ? new(Pk, d.Perjanjian.Revisi, i.Id, d.SasaranId, null, i.Uraian, i.Target, i.Satuan, i.Polaritas, i.Periodisitas, i.CaraAkumulasi, i.Rumus, i.CaraPerhitungan)
                    : Input with { Revisi = d.Perjanjian.Revisi };
            }
        });
}
