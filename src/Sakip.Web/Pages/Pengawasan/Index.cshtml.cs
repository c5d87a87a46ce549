using Microsoft.AspNetCore.Mvc;
using Sakip.App.Charts;
using Sakip.App.Features.Capaian;
using Sakip.Domain.Agregasi;
using Sakip.Domain.Bilangan;
using Sakip.Web.Halaman;
using Sakip.Web.Unduhan;

namespace Sakip.Web.Pages.Pengawasan;

/// <summary>
/// The oversight page of a province or of KPU RI: every satker under it on one table, sortable,
/// with a drill-down to each dashboard and a workbook. An adapter over <see cref="ListPengawasan"/>.
/// </summary>
public class IndexModel(ListPengawasan.Handler list, BawaanHalaman bawaan) : HalamanSakip
{
    [BindProperty(SupportsGet = true)]
    public string? Satker { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Tahun { get; set; }

    /// <summary>Only this province's satker (a code), when chosen.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Provinsi { get; set; }

    /// <summary>The column the table is sorted by: kode (default), capaian, terisi or terlambat.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Urut { get; set; }

    public ListPengawasan.Hasil? Hasil { get; private set; }

    /// <summary>The distribution of categories as an SVG bar chart.</summary>
    public string? GrafikSebaran { get; private set; }

    /// <summary>The rows in the order asked for (the satker itself first when sorted by code).</summary>
    public IReadOnlyList<ListPengawasan.Baris> Barises { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct);

    /// <summary>The oversight table as a workbook.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var tampil = await TampilAsync(ct);
        if (Hasil is not { } h)
        {
            return tampil;
        }

        return TabelXlsx.Berkas(
            $"pengawasan-{h.KodeSatker}-{h.Tahun}.xlsx",
            $"Pengawasan {h.Tahun}",
            $"{h.NamaSatker} dan satker di bawahnya{(h.Provinsi is null ? string.Empty : $", provinsi {h.Provinsi}")}.",
            ["Kode", "Satker", "Perjanjian Kinerja", "Ditandatangani", "Capaian (%)", "Kategori", "Periode berakhir", "Terisi", "Terverifikasi", "Terlambat"],
            Barises.Select(b => (IReadOnlyList<object?>)[b.Kode, b.Nama, b.JudulPerjanjian, b.Ditandatangani ? "ya" : "tidak", b.Capaian is { } c ? Math.Round(c, 2, MidpointRounding.AwayFromZero) : null, b.Kategori, b.JumlahPeriode, b.Terisi, b.Terverifikasi, b.Terlambat]));
    }

    /// <summary>
    /// The colour class of the category in position <paramref name="i"/> of the spread (best first):
    /// k0 for the best, k-bawah for the last of several, tdd for satker without capaian.
    /// </summary>
    public static string KelasKategori(IReadOnlyList<ListPengawasan.Sebaran> sebarans, int i)
    {
        var bernilai = sebarans.Count(s => s.Kategori is not null);
        return sebarans[i].Kategori is null ? "tdd" : i == bernilai - 1 && bernilai > 1 ? "k-bawah" : $"k{Math.Min(i, 3)}";
    }

    /// <summary>The heat class of a capaian: at or above 100 %, from 90 %, from 75 %, below, none.</summary>
    public static string PanasCapaian(decimal? capaian) => capaian switch
    {
        null => "panas-kosong",
        >= 100m => "panas-4",
        >= 90m => "panas-3",
        >= 75m => "panas-2",
        _ => "panas-1",
    };

    /// <summary>The heat class of a share of periods filled or verified: from 95 %, 80 %, 60 %, below, none due.</summary>
    public static string PanasBagian(int nilai, int dari) => dari == 0 ? "panas-kosong" : ((decimal)nilai / dari) switch
    {
        >= 0.95m => "panas-4",
        >= 0.8m => "panas-3",
        >= 0.6m => "panas-2",
        _ => "panas-1",
    };

    /// <summary>The heat class of a number of overdue periods: none, a few, more, many.</summary>
    public static string PanasTerlambat(int terlambat) => terlambat switch
    {
        0 => "panas-4",
        <= 2 => "panas-3",
        <= 10 => "panas-2",
        _ => "panas-1",
    };

    /// <summary>How a shared indicator was combined, in words.</summary>
    public static string NamaCara(CaraLintasSatker cara) => cara switch
    {
        CaraLintasSatker.JumlahVariabel => "jumlah pembilang dan penyebut",
        CaraLintasSatker.Jumlah => "jumlah",
        CaraLintasSatker.RataRata => "rata-rata",
        _ => "tidak digabung",
    };

    /// <summary>A share as the page shows it ("12 dari 16").</summary>
    public static string Bagian(int nilai, int dari) => dari == 0 ? "-" : $"{nilai} dari {dari}";

    public static string Persen(decimal? nilai) => FormatIndonesia.PersenAtauKosong(nilai);

    private async Task<IActionResult> TampilAsync(CancellationToken ct)
    {
        Satker ??= bawaan.SatkerUntuk(Pelaku);
        Tahun ??= await bawaan.TahunAsync(Pelaku, Satker, ct);
        var tampil = Tampilkan(await list.HandleAsync(Pelaku, new ListPengawasan.Query(Satker, Tahun.Value, Provinsi), ct), h => Hasil = h);
        if (Hasil is { } hasil)
        {
            var batangs = hasil.Sebarans.Select((s, i) => (s.Kategori ?? "Belum ada capaian", s.Jumlah, KelasKategori(hasil.Sebarans, i))).ToList();
            GrafikSebaran = GrafikSvg.Sebaran(
                batangs,
                $"Sebaran kategori capaian {hasil.Barises.Count} satker, {hasil.Tahun}",
                string.Join("; ", batangs.Select(b => $"{b.Item1}: {b.Jumlah} satker")));
            Barises = Urut switch
            {
                "capaian" => [.. hasil.Barises.OrderByDescending(b => b.Capaian ?? decimal.MinValue).ThenBy(b => b.Kode, StringComparer.Ordinal)],
                "terisi" => [.. hasil.Barises.OrderBy(b => b.JumlahPeriode == 0 ? 2m : (decimal)b.Terisi / b.JumlahPeriode).ThenBy(b => b.Kode, StringComparer.Ordinal)],
                "terlambat" => [.. hasil.Barises.OrderByDescending(b => b.Terlambat).ThenBy(b => b.Kode, StringComparer.Ordinal)],
                _ => hasil.Barises,
            };
        }

        return tampil;
    }
}
