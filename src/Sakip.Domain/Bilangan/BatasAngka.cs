namespace Sakip.Domain.Bilangan;

/// <summary>What a number counts, as far as its range depends on it.</summary>
public enum JenisAngka
{
    /// <summary>A count or a measure in any other unit (documents, people, times, an index).</summary>
    Hitungan,

    /// <summary>A percentage.</summary>
    Persen,

    /// <summary>Money in rupiah.</summary>
    Rupiah,
}

/// <summary>
/// The documented range of every number Sakip reads, however it arrives (a form, an Excel cell, a
/// CSV row, the command line). The bounds are far above any real figure of KPU and far below what
/// breaks arithmetic: a million rupiah amounts of the largest size still sum inside
/// <see cref="decimal"/>, and a chart's axis stays drawable.
/// <list type="table">
/// <listheader><term>kind</term><description>largest value</description></listheader>
/// <item><term>count or other unit</term><description>1.000.000.000.000 (10^12; Indonesia has about 2 x 10^8 voters)</description></item>
/// <item><term>percent</term><description>10.000 %</description></item>
/// <item><term>rupiah</term><description>Rp 1.000.000.000.000.000 (10^15; above the whole state budget)</description></item>
/// </list>
/// Every number has at most <see cref="DesimalMaksimum"/> decimals. Whether a negative value is
/// allowed is the caller's rule (a realisasi never is).
/// </summary>
public static class BatasAngka
{
    /// <summary>The largest count.</summary>
    public const decimal HitunganMaksimum = 1_000_000_000_000m;

    /// <summary>The largest percentage.</summary>
    public const decimal PersenMaksimum = 10_000m;

    /// <summary>The largest amount of rupiah, and the largest number read at all.</summary>
    public const decimal RupiahMaksimum = 1_000_000_000_000_000m;

    /// <summary>The most decimals a number may have.</summary>
    public const int DesimalMaksimum = 6;

    /// <summary>The kind of a number from its normalised unit (<see cref="Satuan"/>).</summary>
    public static JenisAngka JenisDari(string? satuan) => Satuan.Normalkan(satuan) switch
    {
        Satuan.Persen => JenisAngka.Persen,
        Satuan.Rupiah => JenisAngka.Rupiah,
        _ => JenisAngka.Hitungan,
    };

    /// <summary>The largest absolute value of the kind.</summary>
    public static decimal Maksimum(JenisAngka jenis) => jenis switch
    {
        JenisAngka.Persen => PersenMaksimum,
        JenisAngka.Rupiah => RupiahMaksimum,
        _ => HitunganMaksimum,
    };

    /// <summary>
    /// Why <paramref name="nilai"/> is out of range for its kind, in Bahasa Indonesia (without the
    /// value itself, which the caller names); null when it is within range.
    /// </summary>
    public static string? Periksa(decimal nilai, JenisAngka jenis)
    {
        var maks = Maksimum(jenis);
        if (Math.Abs(nilai) > maks)
        {
            return jenis switch
            {
                JenisAngka.Persen => $"terlalu besar; persentase paling besar {FormatIndonesia.AngkaRingkas(maks)} %",
                JenisAngka.Rupiah => $"terlalu besar; jumlah rupiah paling besar Rp {FormatIndonesia.AngkaRingkas(maks)}",
                _ => $"terlalu besar; angka paling besar {FormatIndonesia.AngkaRingkas(maks)}",
            };
        }

        return decimal.Round(nilai, DesimalMaksimum) != nilai
            ? $"terlalu banyak angka di belakang koma; paling banyak {DesimalMaksimum}"
            : null;
    }

    /// <summary>
    /// The widest bound, for a number whose kind is not known where it is read (a plain number
    /// without unit): <see cref="RupiahMaksimum"/> and <see cref="DesimalMaksimum"/>. The caller that
    /// knows the kind checks it again with <see cref="Periksa"/>.
    /// </summary>
    public static string? PeriksaUmum(decimal nilai) =>
        Math.Abs(nilai) > RupiahMaksimum ? $"terlalu besar; angka paling besar {FormatIndonesia.AngkaRingkas(RupiahMaksimum)}"
        : Periksa(nilai, JenisAngka.Rupiah);
}
