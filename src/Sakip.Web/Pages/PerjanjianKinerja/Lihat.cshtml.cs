using Microsoft.AspNetCore.Mvc;
using Sakip.App.Features.Dokumen;
using Sakip.App.Features.Perjanjian;
using Sakip.Web.Halaman;
using Sakip.Web.Unduhan;

namespace Sakip.Web.Pages.PerjanjianKinerja;

/// <summary>
/// Reads one PK version; on a draft, its heading (title, parties, place) and targets can be
/// changed. An adapter over <see cref="GetPerjanjianKinerja"/>, <see cref="EditPerjanjianKinerja"/>
/// and <see cref="EditTargetPerjanjianKinerja"/>.
/// </summary>
public class LihatModel(GetPerjanjianKinerja.Handler get) : HalamanSakip
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    /// <summary>The heading form, shaped as <see cref="EditPerjanjianKinerja.Command"/> (the PK comes from the address).</summary>
    [BindProperty]
    public EditPerjanjianKinerja.Command Kepala { get; set; } = new(0, 0, null, null, null, null);

    /// <summary>The targets as shown in the target form: stored, or as typed when the save was refused.</summary>
    public IDictionary<int, string> Targets { get; private set; } = new Dictionary<int, string>();

    /// <summary>The revision the target form was opened on.</summary>
    public int Revisi { get; private set; }

    public GetPerjanjianKinerja.Hasil? Data { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct);

    /// <summary>The PK document (the agreement and its lampiran) as a Word file or as HTML.</summary>
    public async Task<IActionResult> OnGetDokumenAsync([FromServices] GenerateDokumenPerjanjianKinerja.Handler dokumen, string? format, CancellationToken ct) =>
        await UnduhAtauTampilkanAsync(await dokumen.HandleAsync(Pelaku, new GenerateDokumenPerjanjianKinerja.Query(Id, format), ct), () => TampilAsync(ct));

    /// <summary>The agreement's sasaran, indicators and targets as a workbook.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var tampil = await TampilAsync(ct);
        if (Data is not { } d)
        {
            return tampil;
        }

        return TabelXlsx.Berkas(
            $"perjanjian-kinerja-{d.KodeSatker}-{d.Tahun}-v{d.Versi}.xlsx",
            $"Perjanjian Kinerja {d.Tahun}",
            $"{d.NamaSatker}. {d.Judul}, versi {d.Versi}{(d.Tanggal is null ? string.Empty : $", ditandatangani {d.Tanggal}")}.",
            ["Sasaran", "Kode", "Indikator kinerja", "Target", "Satuan", "Cara perhitungan"],
            d.Sasarans.SelectMany(s => s.Indikators.Select(i => (IReadOnlyList<object?>)[$"{s.Kode}. {s.Uraian}", i.Kode, i.Uraian, i.Target, i.Satuan, i.CaraPerhitungan])));
    }

    /// <summary>Saves the heading of a draft: title, parties and place.</summary>
    public async Task<IActionResult> OnPostKepalaAsync([FromServices] EditPerjanjianKinerja.Handler edit, CancellationToken ct) =>
        await SelesaikanAsync(
            await edit.HandleAsync(Pelaku, Kepala with { Id = Id }, ct),
            _ => "Judul, pihak dan tempat disimpan.",
            _ => RedirectToPage(new { id = Id }),
            () => TampilAsync(ct, kepalaSebagaiDiketik: true),
            nameof(Kepala));

    /// <summary>Saves the targets of a draft.</summary>
    public async Task<IActionResult> OnPostAsync([FromServices] EditTargetPerjanjianKinerja.Handler edit, EditTargetPerjanjianKinerja.Command input, CancellationToken ct) =>
        await SelesaikanAsync(
            await edit.HandleAsync(Pelaku, input with { Id = Id }, ct),
            _ => "Target disimpan.",
            _ => RedirectToPage(new { id = Id }),
            () => TampilAsync(ct, targetSebagaiDiketik: input.Targets));

    private async Task<IActionResult> TampilAsync(CancellationToken ct, bool kepalaSebagaiDiketik = false, IDictionary<int, string>? targetSebagaiDiketik = null) =>
        Tampilkan(await get.HandleAsync(Pelaku, new GetPerjanjianKinerja.Query(Id), ct), d =>
        {
            Data = d;
            Revisi = d.Revisi;
            Targets = targetSebagaiDiketik ?? d.Sasarans.SelectMany(s => s.Indikators).ToDictionary(i => i.Id, i => i.Target);
            if (!kepalaSebagaiDiketik)
            {
                Kepala = new EditPerjanjianKinerja.Command(d.Id, d.Revisi, d.Judul, d.PihakPertamaId, d.PihakKeduaId, d.Tempat);
            }
        });
}
