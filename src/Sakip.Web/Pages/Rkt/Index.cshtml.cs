using Microsoft.AspNetCore.Mvc;
using Sakip.App.Features.Dokumen;
using Sakip.App.Features.Perencanaan;
using Sakip.Web.Halaman;
using Sakip.Web.Unduhan;

namespace Sakip.Web.Pages.Rkt;

/// <summary>
/// The year's plan: RKTs with sasaran kegiatan and indicators, and programmes with their budget.
/// An adapter over <see cref="GetRkt"/>, <see cref="CreateRkt"/>, <see cref="EditSasaranRkt"/> and
/// <see cref="EditProgramAnggaran"/>.
/// </summary>
public class IndexModel(GetRkt.Handler get, BawaanHalaman bawaan) : HalamanSakip
{
    [BindProperty(SupportsGet = true)]
    public string? Satker { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Tahun { get; set; }

    public GetRkt.Hasil? Data { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct);

    /// <summary>The year's RKT document (each unit's targets, how they are reached and measured, the programmes) in the format asked.</summary>
    public async Task<IActionResult> OnGetDokumenAsync([FromServices] GenerateDokumenRkt.Handler dokumen, string? format, CancellationToken ct)
    {
        var satker = Satker ?? bawaan.SatkerUntuk(Pelaku);
        var tahun = Tahun ?? await bawaan.TahunAsync(Pelaku, satker, ct);
        return await UnduhAtauTampilkanAsync(await dokumen.HandleAsync(Pelaku, new GenerateDokumenRkt.Query(satker, tahun, format), ct), () => TampilAsync(ct));
    }

    /// <summary>The RKT indicators and the programmes as a workbook.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var tampil = await TampilAsync(ct);
        if (Data is not { } d)
        {
            return tampil;
        }

        var barises = d.Rkts.SelectMany(r => r.Sasarans.SelectMany(s => s.Indikators.Select(i => (IReadOnlyList<object?>)
            [r.Unit, $"{s.Nomor}. {s.Uraian}", i.Uraian, i.Target, i.CaraPencapaian, i.CaraPengukuran, i.Rumus, null])))
            .Concat(d.Programs.Select(p => (IReadOnlyList<object?>)["Program", p.Kode, p.Nama, null, null, null, null, p.Pagu]))
            .ToList();
        return TabelXlsx.Berkas($"rkt-{d.KodeSatker}-{d.Tahun}.xlsx", $"RKT {d.Tahun}", $"{d.NamaSatker}. Total pagu {Sakip.Domain.Bilangan.FormatIndonesia.Rupiah(d.TotalPagu)}.",
            ["Unit", "Sasaran kegiatan / kode program", "Indikator / program", "Target", "Cara pencapaian", "Cara pengukuran", "Rumus", "Pagu (Rp)"], barises);
    }

    public async Task<IActionResult> OnPostBuatAsync([FromServices] CreateRkt.Handler create, CreateRkt.Command input, CancellationToken ct) =>
        await SelesaiAsync(await create.HandleAsync(Pelaku, input with { KodeSatker = Satker ?? string.Empty }, ct), "RKT dibuat.", ct);

    public async Task<IActionResult> OnPostSasaranAsync([FromServices] EditSasaranRkt.Handler edit, EditSasaranRkt.Command input, CancellationToken ct) =>
        await SelesaiAsync(await edit.HandleAsync(Pelaku, input, ct), "Sasaran kegiatan disimpan.", ct);

    public async Task<IActionResult> OnPostProgramAsync([FromServices] EditProgramAnggaran.Handler edit, EditProgramAnggaran.Command input, CancellationToken ct) =>
        await SelesaiAsync(await edit.HandleAsync(Pelaku, input with { KodeSatker = Satker ?? string.Empty, Hapus = false }, ct), "Program disimpan.", ct);

    public async Task<IActionResult> OnPostHapusProgramAsync([FromServices] EditProgramAnggaran.Handler edit, EditProgramAnggaran.Command input, CancellationToken ct) =>
        await SelesaiAsync(await edit.HandleAsync(Pelaku, input with { KodeSatker = Satker ?? string.Empty, Hapus = true }, ct), "Program dihapus.", ct);

    private Task<IActionResult> SelesaiAsync(Sakip.App.Jawaban<int> jawaban, string pesan, CancellationToken ct) =>
        SelesaikanAsync(jawaban, _ => pesan, _ => RedirectToPage(new { satker = Satker, tahun = Tahun }), () => TampilAsync(ct));

    private async Task<IActionResult> TampilAsync(CancellationToken ct)
    {
        Satker ??= bawaan.SatkerUntuk(Pelaku);
        Tahun ??= await bawaan.TahunAsync(Pelaku, Satker, ct);
        return Tampilkan(await get.HandleAsync(Pelaku, new GetRkt.Query(Satker, Tahun.Value), ct), d => Data = d);
    }
}
