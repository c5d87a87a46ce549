using System.Globalization;
using Sakip.Domain.Bilangan;

namespace Sakip.Domain.Periode;

/// <summary>The length of a reporting period.</summary>
public enum JenisPeriode
{
    /// <summary>A month (1-12).</summary>
    Bulan,

    /// <summary>A quarter, <i>triwulan</i> (TW I-IV).</summary>
    Triwulan,

    /// <summary>A half year (Semester I-II).</summary>
    Semester,

    /// <summary>The whole year.</summary>
    Tahun,
}

/// <summary>
/// A reporting period of a year: a month, a quarter (TW), a semester or the year itself.
/// </summary>
/// <remarks>Valid numbers: month 1-12, triwulan 1-4, semester 1-2, year 1.</remarks>
public readonly record struct Periode
{
    /// <summary>The first year Sakip keeps.</summary>
    public const int TahunPertama = 2000;

    /// <summary>The last year Sakip keeps.</summary>
    public const int TahunTerakhir = 2100;

    /// <summary>Creates a period, checking that the number fits its kind.</summary>
    public Periode(int tahun, JenisPeriode jenis, int nomor)
    {
        Preconditions.CheckRange(tahun, TahunPertama, TahunTerakhir, nameof(tahun));
        Preconditions.CheckRange(nomor, 1, JumlahDalamSetahun(jenis), nameof(nomor));
        Tahun = tahun;
        Jenis = jenis;
        Nomor = nomor;
    }

    /// <summary>The year.</summary>
    public int Tahun { get; }

    /// <summary>The kind of period.</summary>
    public JenisPeriode Jenis { get; }

    /// <summary>The number of the period within the year (1-based).</summary>
    public int Nomor { get; }

    /// <summary>The first day.</summary>
    public DateOnly Awal => new DateOnly(Tahun, 1, 1).AddMonths((Nomor - 1) * BulanPerPeriode(Jenis));

    /// <summary>The last day.</summary>
    public DateOnly Akhir => Awal.AddMonths(BulanPerPeriode(Jenis)).AddDays(-1);

    /// <summary>A month.</summary>
    public static Periode Bulan(int tahun, int bulan) => new(tahun, JenisPeriode.Bulan, bulan);

    /// <summary>A quarter (TW).</summary>
    public static Periode Triwulan(int tahun, int triwulan) => new(tahun, JenisPeriode.Triwulan, triwulan);

    /// <summary>A semester.</summary>
    public static Periode Semester(int tahun, int semester) => new(tahun, JenisPeriode.Semester, semester);

    /// <summary>Why <paramref name="tahun"/> is not a year Sakip keeps, in Bahasa Indonesia; null when it is.</summary>
    public static string? PeriksaTahun(int tahun) =>
        tahun is >= TahunPertama and <= TahunTerakhir ? null : $"Tahun {tahun} tidak sah: tulis tahun antara {TahunPertama} dan {TahunTerakhir}.";

    /// <summary>The whole year.</summary>
    public static Periode SetahunPenuh(int tahun) => new(tahun, JenisPeriode.Tahun, 1);

    /// <summary>How many periods of a kind a year has.</summary>
    public static int JumlahDalamSetahun(JenisPeriode jenis) => 12 / BulanPerPeriode(jenis);

    /// <summary>Every period of a kind in a year, in order.</summary>
    public static IEnumerable<Periode> SemuaDalam(int tahun, JenisPeriode jenis) =>
        Enumerable.Range(1, JumlahDalamSetahun(jenis)).Select(n => new Periode(tahun, jenis, n));

    /// <summary>True when <paramref name="lain"/> lies entirely within this period.</summary>
    public bool Memuat(Periode lain) => lain.Awal >= Awal && lain.Akhir <= Akhir;

    /// <summary>The quarter that contains this period (a month or a quarter).</summary>
    public Periode TriwulanYangMemuat()
    {
        Preconditions.CheckArgument(Jenis is JenisPeriode.Bulan or JenisPeriode.Triwulan, nameof(Jenis), "Hanya bulan atau triwulan.");
        return Jenis == JenisPeriode.Triwulan ? this : Triwulan(Tahun, ((Nomor - 1) / 3) + 1);
    }

    /// <summary>The label users read: "Januari 2024", "TW I 2024", "Semester II 2024", "2024".</summary>
    public string Label
    {
        get
        {
            var tahun = Tahun.ToString(CultureInfo.InvariantCulture);
            return Jenis switch
            {
                JenisPeriode.Bulan => FormatIndonesia.Bulan(Nomor) + " " + tahun,
                JenisPeriode.Triwulan => "TW " + Romawi(Nomor) + " " + tahun,
                JenisPeriode.Semester => "Semester " + Romawi(Nomor) + " " + tahun,
                _ => tahun,
            };
        }
    }

    /// <inheritdoc />
    public override string ToString() => Label;

    /// <summary>The Roman numeral of a quarter or semester (1 to 4), as documents write "Triwulan II".</summary>
    public static string Romawi(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };

    private static int BulanPerPeriode(JenisPeriode jenis) => jenis switch
    {
        JenisPeriode.Bulan => 1,
        JenisPeriode.Triwulan => 3,
        JenisPeriode.Semester => 6,
        JenisPeriode.Tahun => 12,
        _ => throw new ArgumentOutOfRangeException(nameof(jenis), jenis, null),
    };
}
