using Microsoft.AspNetCore.Mvc;
using Sakip.App.Features.Capaian;
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

    /// <summary>The column the table is sorted by: kode (default), capaian, terisi or terlambat.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Urut { get; set; }

    public ListPengawasan.Hasil? Hasil { get; private set; }

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
            $"{h.NamaSatker} dan satker di bawahnya.",
            ["Kode", "Satker", "Perjanjian Kinerja", "Ditandatangani", "Capaian (%)", "Kategori", "Periode berakhir", "Terisi", "Terverifikasi", "Terlambat"],
            Barises.Select(b => (IReadOnlyList<object?>)[b.Kode, b.Nama, b.JudulPerjanjian, b.Ditandatangani ? "ya" : "tidak", b.Capaian is { } c ? Math.Round(c, 2, MidpointRounding.AwayFromZero) : null, b.Kategori, b.JumlahPeriode, b.Terisi, b.Terverifikasi, b.Terlambat]));
    }

    /// <summary>A share as the page shows it ("12 dari 16").</summary>
    public static string Bagian(int nilai, int dari) => dari == 0 ? "-" : $"{nilai} dari {dari}";

    public static string Persen(decimal? nilai) => nilai is { } n ? FormatIndonesia.Persen(n) : "-";

    private async Task<IActionResult> TampilAsync(CancellationToken ct)
    {
        Satker ??= bawaan.SatkerUntuk(Pelaku);
        Tahun ??= await bawaan.TahunAsync(Pelaku, Satker, ct);
        var tampil = Tampilkan(await list.HandleAsync(Pelaku, new ListPengawasan.Query(Satker, Tahun.Value), ct), h => Hasil = h);
        if (Hasil is { } hasil)
        {
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
