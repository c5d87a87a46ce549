using Microsoft.AspNetCore.Mvc;
using Sakip.App.Entities;
using Sakip.App.Features.Realisasi;
using Sakip.Web.Halaman;
using Sakip.Web.Unduhan;

namespace Sakip.Web.Pages.Realisasi;

/// <summary>
/// The realisasi grid of a satker-year, with closing and reopening periods: an adapter over
/// <see cref="ListRealisasi"/>, <see cref="ClosePeriode"/>, <see cref="ReopenPeriode"/> and <see cref="SetTenggatRealisasi"/>.
/// </summary>
public class IndexModel(ListRealisasi.Handler list, BawaanHalaman bawaan) : HalamanSakip
{
    [BindProperty(SupportsGet = true)]
    public string? Satker { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Tahun { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Pk { get; set; }

    public ListRealisasi.Hasil? Hasil { get; private set; }

    /// <summary>A realisasi state as the page says it.</summary>
    public static string NamaStatus(StatusRealisasi? status) => status switch
    {
        StatusRealisasi.Draf => "draf",
        StatusRealisasi.Diajukan => "menunggu verifikasi",
        StatusRealisasi.Diverifikasi => "terverifikasi",
        StatusRealisasi.Dikembalikan => "dikembalikan",
        _ => "belum diisi",
    };

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct);

    /// <summary>The realisasi grid as a workbook: one row per indicator-period with its value and state.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var tampil = await TampilAsync(ct);
        if (Hasil is not { } h)
        {
            return tampil;
        }

        return TabelXlsx.Berkas(
            $"realisasi-{Satker}-{Tahun}.xlsx",
            $"Realisasi kinerja {Tahun}",
            $"{h.NamaSatker}. {h.JudulPerjanjian}.",
            ["Kode", "Indikator kinerja", "Target", "Periode", "Realisasi", "Status", "Jumlah bukti"],
            h.Barises.SelectMany(b => b.Periodes.Select(p => (IReadOnlyList<object?>)[b.Kode, b.Uraian, b.Target, p.Label, p.Nilai, NamaStatus(p.Status), p.JumlahBukti])));
    }

    /// <summary>An administrator closes a period; realisasi inside it are locked.</summary>
    public async Task<IActionResult> OnPostTutupAsync([FromServices] ClosePeriode.Handler close, ClosePeriode.Command input, CancellationToken ct) =>
        await SelesaikanAsync(
            await close.HandleAsync(Pelaku, input with { KodeSatker = Satker ?? string.Empty, Tahun = Tahun ?? 0 }, ct),
            label => $"Periode {label} ditutup; realisasi di dalamnya terkunci.",
            _ => RedirectToPage(new { satker = Satker, tahun = Tahun }),
            () => TampilAsync(ct));

    /// <summary>An administrator sets the days after a period's end by which its realisasi is due.</summary>
    public async Task<IActionResult> OnPostTenggatAsync([FromServices] SetTenggatRealisasi.Handler set, SetTenggatRealisasi.Command input, CancellationToken ct) =>
        await SelesaikanAsync(
            await set.HandleAsync(Pelaku, input with { KodeSatker = Satker ?? string.Empty, Tahun = Tahun ?? 0 }, ct),
            hari => $"Batas waktu realisasi {Tahun}: {hari} hari setelah periode berakhir.",
            _ => RedirectToPage(new { satker = Satker, tahun = Tahun }),
            () => TampilAsync(ct));

    /// <summary>An administrator reopens a closed period, with a reason kept in the audit trail.</summary>
    public async Task<IActionResult> OnPostBukaAsync([FromServices] ReopenPeriode.Handler reopen, ReopenPeriode.Command input, CancellationToken ct) =>
        await SelesaikanAsync(
            await reopen.HandleAsync(Pelaku, input with { KodeSatker = Satker ?? string.Empty, Tahun = Tahun ?? 0 }, ct),
            label => $"Periode {label} dibuka kembali; alasannya tercatat di jejak audit.",
            _ => RedirectToPage(new { satker = Satker, tahun = Tahun }),
            () => TampilAsync(ct));

    private async Task<IActionResult> TampilAsync(CancellationToken ct)
    {
        Satker ??= bawaan.SatkerUntuk(Pelaku);
        var tahunDiminta = Tahun is not null;
        Tahun ??= await bawaan.TahunAsync(Pelaku, Satker, ct);
        var tampil = Tampilkan(await list.HandleAsync(Pelaku, new ListRealisasi.Query(Satker, Tahun.Value, Pk), ct), h => Hasil = h);
        KosongBilaTahunBawaan(tahunDiminta);
        return tampil;
    }
}
