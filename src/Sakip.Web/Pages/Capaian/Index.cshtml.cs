using Microsoft.AspNetCore.Mvc;
using Sakip.App.Charts;
using Sakip.App.Features.Capaian;
using Sakip.App.Features.Dokumen;
using Sakip.App.Features.Satkers;
using Sakip.Domain.Bilangan;
using Sakip.Domain.Capaian;
using Sakip.Web.Halaman;
using Sakip.Web.Unduhan;

namespace Sakip.Web.Pages.Capaian;

/// <summary>
/// The measurement dashboard of a satker-year: an adapter over <see cref="CalculateCapaian"/>,
/// <see cref="ListTrenCapaian"/> and <see cref="ListSatkers"/>.
/// </summary>
public class IndexModel(
    ListSatkers.Handler listSatkers,
    CalculateCapaian.Handler calculateCapaian,
    ListTrenCapaian.Handler listTren,
    BawaanHalaman bawaan) : HalamanSakip
{
    [BindProperty(SupportsGet = true)]
    public string? Satker { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Tahun { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Pk { get; set; }

    /// <summary>The satker the user may read, for the picker.</summary>
    public IReadOnlyList<ListSatkers.Item> Satkers { get; private set; } = [];

    public ListSatkers.Item? SatkerDipilih { get; private set; }

    public CalculateCapaian.Hasil? Hasil { get; private set; }

    public IReadOnlyList<ListTrenCapaian.TitikTren> Tren { get; private set; } = [];

    public string? GrafikCapaian { get; private set; }

    /// <summary>The indicators with quarterly Rencana Aksi targets, with progress against each quarter.</summary>
    public IReadOnlyList<Sakip.App.Features.Perjanjian.GetRencanaAksi.Baris> RencanaAksi { get; private set; } = [];

    public string? GrafikTren { get; private set; }

    /// <summary>The date a printed dashboard carries above its signature block.</summary>
    public DateOnly TanggalCetak => bawaan.HariIni;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Satkers = (await listSatkers.HandleAsync(Pelaku, new ListSatkers.Query(), ct)).Nilai ?? [];
        var diminta = Satker;
        Satker ??= Satkers.FirstOrDefault(s => s.Kode == bawaan.SatkerUntuk(Pelaku) && s.TahunPerjanjian.Count > 0)?.Kode
            ?? Satkers.FirstOrDefault(s => s.TahunPerjanjian.Count > 0)?.Kode;
        if (Satker is null)
        {
            Kesalahan = Satkers.Count == 0
                ? "Akun Anda belum memiliki hak akses pada satker mana pun. Hubungi administrator."
                : "Belum ada Perjanjian Kinerja pada satker Anda.";
            return Page();
        }

        SatkerDipilih = Satkers.FirstOrDefault(s => s.Kode == Satker);
        var tahunDiminta = Tahun is not null;
        Tahun ??= await bawaan.TahunAsync(Pelaku, Satker, ct);
        var tampil = Tampilkan(await calculateCapaian.HandleAsync(Pelaku, new CalculateCapaian.Query(Satker, Tahun.Value, KodePerjanjian: Pk), ct), h => Hasil = h);
        if (Hasil is null)
        {
            // A satker the user may not read is not kept in the picker.
            Satker = diminta is not null && SatkerDipilih is null ? null : Satker;
            KosongBilaTahunBawaan(tahunDiminta);

            return tampil;
        }

        Pk = Hasil.Pengukuran.Perjanjian.Kode;
        Tren = (await listTren.HandleAsync(Pelaku, new ListTrenCapaian.Query(Satker), ct)).Nilai ?? [];
        BuatGrafik();
        RencanaAksi = [.. Hasil.RencanaAksi.Where(b => b.Triwulans.Any(t => t.Target.Length > 0))];
        return tampil;
    }

    /// <summary>The LKjIP of the satker-year built from the same data as this page, in the format asked.</summary>
    public async Task<IActionResult> OnGetLkjipAsync([FromServices] GenerateDokumenLkjip.Handler lkjip, string? format, CancellationToken ct)
    {
        var satker = Satker ?? bawaan.SatkerUntuk(Pelaku);
        var tahun = Tahun ?? await bawaan.TahunAsync(Pelaku, satker, ct);
        return await UnduhAtauTampilkanAsync(await lkjip.HandleAsync(Pelaku, new GenerateDokumenLkjip.Query(satker, tahun, format, Pk), ct), () => OnGetAsync(ct));
    }

    /// <summary>The quarterly capaian report up to the end of quarter <paramref name="triwulan"/>, in the format asked.</summary>
    public async Task<IActionResult> OnGetTriwulanAsync([FromServices] GenerateDokumenCapaianTriwulan.Handler laporan, int triwulan, string? format, CancellationToken ct)
    {
        var satker = Satker ?? bawaan.SatkerUntuk(Pelaku);
        var tahun = Tahun ?? await bawaan.TahunAsync(Pelaku, satker, ct);
        return await UnduhAtauTampilkanAsync(await laporan.HandleAsync(Pelaku, new GenerateDokumenCapaianTriwulan.Query(satker, tahun, triwulan, format, Pk), ct), () => OnGetAsync(ct));
    }

    /// <summary>The measurement table as a workbook, authorized and loaded as the page is.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var tampil = await OnGetAsync(ct);
        if (Hasil is not { } h)
        {
            return tampil;
        }

        var p = h.Pengukuran;
        var barises = new List<IReadOnlyList<object?>>();
        foreach (var s in p.Sasarans)
        {
            barises.Add([s.Kode, $"Sasaran {s.Kode}. {s.Uraian}", null, null, Bulat(s.Ringkasan.Capaian), "rata-rata sasaran", null]);
            barises.AddRange(p.Indikators.Where(i => i.KodeSasaran == s.Kode).Select(i => (IReadOnlyList<object?>)
                [i.Kode, i.Uraian, i.Target, i.Realisasi, Bulat(i.Hasil.Nilai), i.Kategori ?? i.Hasil.Alasan?.Uraian(), i.Sumber]));
        }

        barises.Add([null, "Capaian keseluruhan", null, null, Bulat(p.Ringkasan.Capaian), p.KategoriKeseluruhan, null]);
        return TabelXlsx.Berkas(
            $"capaian-{h.KodeSatker}-{h.Tahun}.xlsx",
            $"Capaian kinerja {h.Tahun}",
            $"{h.NamaSatker}. {p.Perjanjian.Judul}, versi {p.Perjanjian.Versi}. {KebijakanTeks.Uraian(p.Kebijakan)}",
            ["Kode", "Sasaran / indikator kinerja", "Target", "Realisasi", "Capaian (%)", "Kategori / keterangan", "Sumber realisasi"],
            barises);
    }

    /// <summary>A percentage as the page shows it: two decimals, half away from zero.</summary>
    private static decimal? Bulat(decimal? nilai) => nilai is { } n ? Math.Round(n, 2, MidpointRounding.AwayFromZero) : null;

    /// <summary>The CSS class of a category: its position in the policy's scale (k0 is the best).</summary>
    public string KelasKategori(string? kategori)
    {
        if (kategori is null || Hasil is null)
        {
            return "tdd";
        }

        var tingkat = Hasil.Pengukuran.Kebijakan.Skala.Tingkats;
        var i = tingkat.ToList().FindIndex(t => t.Nama == kategori);
        return i < 0 ? "tdd" : i == tingkat.Count - 1 ? "k-bawah" : "k" + i;
    }

    public static string Persen(decimal? nilai) => FormatIndonesia.PersenAtauKosong(nilai);

    private void BuatGrafik()
    {
        var p = Hasil!.Pengukuran;
        GrafikCapaian = GrafikSvg.BatangCapaian(
            [.. p.Indikators.Select(i => new Batang(
                i.Kode,
                i.Hasil.Nilai,
                KelasKategori(i.Kategori),
                i.Kategori ?? "tidak dapat dihitung: " + i.Hasil.Alasan?.Uraian()))],
            $"Capaian per indikator, {Hasil.NamaSatker} {Hasil.Tahun}",
            "Batang menunjukkan capaian tiap indikator; garis putus-putus adalah 100 %. Angka lengkapnya ada pada tabel pengukuran.");
        GrafikTren = GrafikSvg.Tren(
            [.. Tren.Select(t => (t.Tahun, t.Capaian))],
            $"Tren capaian keseluruhan {Hasil.NamaSatker}",
            "Capaian keseluruhan setiap tahun yang memiliki Perjanjian Kinerja.");
    }
}
