using Microsoft.AspNetCore.Mvc;
using Sakip.App;
using Sakip.App.Features.Perencanaan;
using Sakip.Web.Halaman;
using Sakip.Web.Unduhan;

namespace Sakip.Web.Pages.Renstra;

/// <summary>
/// The Renstra as a cascade tree, with linking to the parent's sasaran: an adapter over
/// <see cref="GetRenstra"/>, <see cref="CreateRenstra"/>, <see cref="EditPernyataanRenstra"/>,
/// <see cref="EditSasaranRenstra"/>, <see cref="EditIndikatorRenstra"/> and <see cref="LinkSasaranRenstra"/>.
/// </summary>
public class IndexModel(GetRenstra.Handler get, BawaanHalaman bawaan) : HalamanSakip
{
    [BindProperty(SupportsGet = true)]
    public string? Satker { get; set; }

    /// <summary>Words to look for in the sasaran and indicators (code or wording).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Cari { get; set; }

    /// <summary>The sasaran shown open (the one just saved).</summary>
    [BindProperty(SupportsGet = true)]
    public int? Buka { get; set; }

    public GetRenstra.Hasil? Data { get; private set; }

    /// <summary>The sasaran shown: all, or those matching <see cref="Cari"/>.</summary>
    public IReadOnlyList<GetRenstra.Sasaran> Sasarans { get; private set; } = [];

    /// <summary>Whether a sasaran's section starts open: when searching, when it is the one just saved or refused, or when it is the only one.</summary>
    public bool Terbuka(GetRenstra.Sasaran s) =>
        !string.IsNullOrWhiteSpace(Cari) || Buka == s.Id || Sasarans.Count == 1
        || (Kesalahan is not null && Request.HasFormContentType && Request.Form["sasaranId"] == s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct);

    /// <summary>The Renstra's sasaran and indicators with their yearly targets as a workbook.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var tampil = await TampilAsync(ct);
        if (Data is not { Ada: true } d)
        {
            return Data is null ? tampil : NotFound();
        }

        var tahun = Enumerable.Range(d.TahunAwal, d.TahunAkhir - d.TahunAwal + 1).ToList();
        return TabelXlsx.Berkas(
            $"renstra-{d.KodeSatker}-{d.TahunAwal}-{d.TahunAkhir}.xlsx",
            $"Renstra {d.TahunAwal}-{d.TahunAkhir}",
            d.NamaSatker + (d.Visi is null ? "." : $". Visi: {d.Visi}"),
            ["Sasaran", "Merujuk sasaran induk", "Kode", "Indikator", .. tahun.Select(t => $"Target {t}")],
            d.Sasarans.SelectMany(s => (s.Indikators.Count == 0 ? [new GetRenstra.Indikator(string.Empty, string.Empty, new Dictionary<int, string>())] : s.Indikators)
                .Select(i => (IReadOnlyList<object?>)[$"{s.Kode}. {s.Uraian}", s.Induk is { } induk ? $"{induk.NamaSatker}: {induk.Kode}. {induk.Uraian}" : null, i.Kode, i.Uraian, .. tahun.Select(t => (object?)i.Targets.GetValueOrDefault(t))])));
    }

    public async Task<IActionResult> OnPostBuatAsync([FromServices] CreateRenstra.Handler create, CreateRenstra.Command input, CancellationToken ct) =>
        await SelesaiAsync(await create.HandleAsync(Pelaku, input with { KodeSatker = Satker ?? string.Empty }, ct), "Renstra dibuat.", ct);

    public async Task<IActionResult> OnPostPernyataanAsync([FromServices] EditPernyataanRenstra.Handler edit, EditPernyataanRenstra.Command input, CancellationToken ct) =>
        await SelesaiAsync(await edit.HandleAsync(Pelaku, input with { KodeSatker = Satker ?? string.Empty }, ct), "Visi, misi dan tujuan disimpan.", ct);

    public async Task<IActionResult> OnPostSasaranAsync([FromServices] EditSasaranRenstra.Handler edit, EditSasaranRenstra.Command input, CancellationToken ct) =>
        await SelesaiAsync(await edit.HandleAsync(Pelaku, input with { KodeSatker = Satker ?? string.Empty }, ct), "Sasaran disimpan.", ct);

    public async Task<IActionResult> OnPostIndikatorAsync([FromServices] EditIndikatorRenstra.Handler edit, EditIndikatorRenstra.Command input, CancellationToken ct) =>
        await SelesaiAsync(await edit.HandleAsync(Pelaku, input with { Targets = input.Targets ?? new Dictionary<int, string?>() }, ct), "Indikator dan target disimpan.", ct);

    public async Task<IActionResult> OnPostRujukAsync([FromServices] LinkSasaranRenstra.Handler link, LinkSasaranRenstra.Command input, CancellationToken ct) =>
        await SelesaiAsync(await link.HandleAsync(Pelaku, input, ct), input.IndukId is null ? "Rujukan sasaran dilepas." : "Sasaran dirujukkan ke sasaran satker induk.", ct);

    private Task<IActionResult> SelesaiAsync<T>(Jawaban<T> jawaban, string pesan, CancellationToken ct) =>
        SelesaikanAsync(
            jawaban,
            _ => pesan,
            _ => int.TryParse(Request.Form["sasaranId"], out var id) ? RedirectToPage(null, null, new { satker = Satker, buka = id }, $"sasaran-{id}") : RedirectToPage(new { satker = Satker }),
            () => TampilAsync(ct));

    private async Task<IActionResult> TampilAsync(CancellationToken ct)
    {
        Satker ??= bawaan.SatkerUntuk(Pelaku);
        return Tampilkan(await get.HandleAsync(Pelaku, new GetRenstra.Query(Satker), ct), d =>
        {
            Data = d;
            var cari = Cari?.Trim();
            Sasarans = string.IsNullOrEmpty(cari) ? d.Sasarans : [.. d.Sasarans.Where(s =>
                Cocok(s.Kode, cari) || Cocok(s.Uraian, cari) || Cocok(s.Program, cari) || s.Indikators.Any(i => Cocok(i.Kode, cari) || Cocok(i.Uraian, cari)))];
        });
    }

    private static bool Cocok(string? teks, string cari) => teks?.Contains(cari, StringComparison.CurrentCultureIgnoreCase) == true;
}
