using Sakip.App.Entities;
using Sakip.Domain.Periode;

namespace Sakip.App.Import.TemplatRealisasi;

/// <summary>
/// The layout of the realisasi workbook of a PK, shared by its writer (<c>GenerateTemplatRealisasi</c>)
/// and its reader (<see cref="PembacaTemplatRealisasi"/>): one row per indicator (one per variable
/// for a formula indicator), one column per month, where a quarter, semester or year is entered in
/// the column of its last month, and a very hidden sheet naming the satker, year, agreement and
/// version the workbook was made for.
/// </summary>
public static class TataLetakTemplat
{
    public const string NamaLembar = "Realisasi";
    public const string NamaLembarData = "Sakip";
    public const string Penanda = "realisasi-pk/1";
    public const int BarisJudulKolom = 5;
    public const int KolomKode = 1;
    public const int KolomIndikator = 2;
    public const int KolomVariabel = 3;
    public const int KolomBulanPertama = 7;

    public static readonly IReadOnlyList<string> JudulKolom =
    [
        "Kode", "Indikator", "Variabel", "Satuan", "Target", "Periodisitas",
        "Jan", "Feb", "Mar · TW I", "Apr", "Mei", "Jun · TW II · Smt I",
        "Jul", "Agu", "Sep · TW III", "Okt", "Nov", "Des · TW IV · Smt II · Tahun",
    ];

    /// <summary>The column a period is entered in: the column of its last month.</summary>
    public static int KolomPeriode(Periode p) => KolomBulanPertama + p.Akhir.Month - 1;

    /// <summary>The variables of a formula indicator, or an empty list.</summary>
    public static IReadOnlyList<string> Variabels(IndikatorKinerja ind) =>
        ind.JenisTarget is JenisTarget.Angka or JenisTarget.Rentang && ind.Rumus is { } rumus ? Rumus.Baca(rumus)?.Variabels ?? [] : [];

    /// <summary>How often an indicator is measured, in words.</summary>
    public static string NamaPeriodisitas(JenisPeriode j) => j switch
    {
        JenisPeriode.Bulan => "per bulan",
        JenisPeriode.Triwulan => "per triwulan",
        JenisPeriode.Semester => "per semester",
        _ => "per tahun",
    };
}

/// <summary>An agreement as the workbook needs it: indicators in order, realisasi by code, closed periods.</summary>
public sealed record KeadaanPerjanjian(Satker Satker, PerjanjianKinerja Pk, IReadOnlyList<IndikatorKinerja> Indikators, ILookup<string, RealisasiKinerja> RealisasiPerKode, IReadOnlyList<Periode> Tertutup)
{
    /// <summary>The latest realisasi of an indicator-period in any version of the agreement.</summary>
    public RealisasiKinerja? Realisasi(IndikatorKinerja ind, int nomor) =>
        RealisasiPerKode[ind.Kode].Where(r => r.Tahun == Pk.Tahun && r.JenisPeriode == ind.Periodisitas && r.NomorPeriode == nomor).MaxBy(r => r.Id);

    /// <summary>Why an indicator-period can no longer be changed, or null when it can.</summary>
    public string? Terkunci(RealisasiKinerja? r, Periode p) =>
        RealisasiKinerja.AlasanTerkunci(r, p, Tertutup.Where(t => t.Memuat(p)).Select(t => (Periode?)t).FirstOrDefault());
}
