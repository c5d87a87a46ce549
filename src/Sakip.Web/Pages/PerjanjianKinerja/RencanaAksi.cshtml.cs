using Microsoft.AspNetCore.Mvc;
using Sakip.App.Features.Dokumen;
using Sakip.App.Features.Perjanjian;
using Sakip.Web.Halaman;
using Sakip.Web.Unduhan;

namespace Sakip.Web.Pages.PerjanjianKinerja;

/// <summary>Rencana Aksi of a PK version with quarterly progress: an adapter over <see cref="GetRencanaAksi"/> and <see cref="EditRencanaAksi"/>.</summary>
public class RencanaAksiModel(GetRencanaAksi.Handler get, EditRencanaAksi.Handler edit) : HalamanSakip
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    /// <summary>The form, shaped as the use case's command (the PK comes from the address).</summary>
    [BindProperty]
    public EditRencanaAksi.Command Input { get; set; } = new(0, [], null);

    public GetRencanaAksi.Hasil? Data { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct, isiUlang: true);

    /// <summary>The Rencana Aksi document (targets, actions, responsible units, quarterly progress) in the format asked.</summary>
    public async Task<IActionResult> OnGetDokumenAsync([FromServices] GenerateDokumenRencanaAksi.Handler dokumen, string? format, CancellationToken ct) =>
        await UnduhAtauTampilkanAsync(await dokumen.HandleAsync(Pelaku, new GenerateDokumenRencanaAksi.Query(Id, format), ct), () => TampilAsync(ct, isiUlang: false));

    /// <summary>The Rencana Aksi with quarterly targets, realisasi and capaian as a workbook.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var tampil = await TampilAsync(ct, isiUlang: false);
        if (Data is not { } d)
        {
            return tampil;
        }

        return TabelXlsx.Berkas(
            $"rencana-aksi-{d.KodeSatker}-{d.Tahun}-v{d.Versi}.xlsx",
            $"Rencana Aksi {d.Tahun}",
            $"{d.NamaSatker}. {d.Judul}, versi {d.Versi}.",
            ["Kode", "Indikator kinerja", "Target tahunan", "Triwulan", "Target", "Realisasi", "Capaian (%)", "Aksi", "Penanggung jawab"],
            d.Barises.SelectMany(b => b.Triwulans.Select(t => (IReadOnlyList<object?>)
                [b.Kode, b.Uraian, b.TargetTahunan, $"TW {t.Triwulan}", t.Target, t.Realisasi, t.Capaian is { } c ? Math.Round(c, 2, MidpointRounding.AwayFromZero) : null, b.Aksi, b.PenanggungJawab])));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        await SelesaikanAsync(
            await edit.HandleAsync(Pelaku, Input with { PerjanjianKinerjaId = Id }, ct),
            _ => "Rencana Aksi disimpan.",
            _ => RedirectToPage(new { id = Id }),
            () => TampilAsync(ct, isiUlang: false));

    private async Task<IActionResult> TampilAsync(CancellationToken ct, bool isiUlang) =>
        Tampilkan(await get.HandleAsync(Pelaku, new GetRencanaAksi.Query(Id), ct), d =>
        {
            Data = d;
            if (isiUlang)
            {
                Input = new EditRencanaAksi.Command(
                    d.Id,
                    [.. d.Barises.Select(b => new EditRencanaAksi.Baris(b.IndikatorId, [.. b.Triwulans.Select(t => (string?)t.Target)], b.Aksi, b.PenanggungJawab))],
                    d.Revisi);
            }
        });
}
