using Microsoft.AspNetCore.Mvc;
using Sakip.App.Charts;
using Sakip.App.Features.Evaluasi;
using Sakip.Domain.Bilangan;
using Sakip.Web.Halaman;
using Sakip.Web.Unduhan;

namespace Sakip.Web.Pages.Evaluasi;

/// <summary>
/// The roll-up of AKIP evaluations under KPU RI or a province: every satker's value, predikat,
/// change and components, sortable, the distribution of predikat as a chart, those below the target,
/// and the table as a workbook. An adapter over <see cref="ListEvaluasiSatker"/>.
/// </summary>
public class RekapModel(ListEvaluasiSatker.Handler list, BawaanHalaman bawaan) : HalamanSakip
{
    [BindProperty(SupportsGet = true)]
    public string? Satker { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Tahun { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Target { get; set; }

    /// <summary>The order of the rows: <c>nilai</c> (default), <c>perubahan</c> or <c>kode</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Urut { get; set; }

    public ListEvaluasiSatker.Hasil? Hasil { get; private set; }

    public IReadOnlyList<ListEvaluasiSatker.Baris> Barises { get; private set; } = [];

    /// <summary>The distribution of predikat as SVG built by the app from numbers (no user text).</summary>
    public string? GrafikSebaran { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct);

    /// <summary>The roll-up as a workbook.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var tampil = await TampilAsync(ct);
        if (Hasil is not { } h)
        {
            return tampil;
        }

        return TabelXlsx.Berkas(
            $"evaluasi-sakip-{h.KodeSatker}-{h.Tahun}.xlsx",
            $"Evaluasi SAKIP {h.Tahun}",
            $"{h.NamaSatker} dan satker di bawahnya; target predikat {h.Target}.",
            ["Kode", "Satker", "Status", "Nilai", "Predikat", "Perubahan", .. h.NamaKomponen, "Di bawah target"],
            Barises.Select(b => (IReadOnlyList<object?>)[b.Kode, b.Nama, b.Status, b.Nilai, b.Predikat?.ToString(), b.Perubahan, .. h.NamaKomponen.Select((_, i) => i < b.Komponens.Count ? (object?)b.Komponens[i] : null), b.DiBawahTarget ? "ya" : "tidak"]));
    }

    private async Task<IActionResult> TampilAsync(CancellationToken ct)
    {
        Satker ??= bawaan.SatkerUntuk(Pelaku);
        Tahun ??= await bawaan.TahunAsync(Pelaku, Satker, ct);
        var tampil = Tampilkan(await list.HandleAsync(Pelaku, new ListEvaluasiSatker.Query(Satker, Tahun.Value, Target), ct), h => Hasil = h);
        if (Hasil is { } hasil)
        {
            var batangs = hasil.Sebarans.Select(s => (s.Predikat?.ToString() ?? "Belum selesai", s.Jumlah, s.Predikat is null ? "tdd" : s.Predikat <= hasil.Target ? "k1" : "k-bawah")).ToList();
            GrafikSebaran = GrafikSvg.Sebaran(batangs, $"Sebaran predikat evaluasi SAKIP {hasil.Barises.Count} satker, {hasil.Tahun}", string.Join("; ", batangs.Select(b => $"{b.Item1}: {b.Jumlah} satker")));
            Barises = Urut switch
            {
                "perubahan" => [.. hasil.Barises.OrderByDescending(b => b.Perubahan ?? decimal.MinValue).ThenBy(b => b.Kode, StringComparer.Ordinal)],
                "kode" => [.. hasil.Barises.OrderBy(b => b.Kode, StringComparer.Ordinal)],
                _ => [.. hasil.Barises.OrderByDescending(b => b.Nilai ?? decimal.MinValue).ThenBy(b => b.Kode, StringComparer.Ordinal)],
            };
        }

        return tampil;
    }

    public static string Angka(decimal? nilai) => nilai is { } n ? FormatIndonesia.Angka(n) : "-";

    public static string Perubahan(decimal? nilai) => nilai is { } n ? (n > 0 ? "+" : string.Empty) + FormatIndonesia.Angka(n) : "-";
}
