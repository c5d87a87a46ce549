using System.Globalization;

namespace Sakip.Domain.Bilangan;

/// <summary>
/// Writes numbers, percentages, money and dates the Indonesian way (<c>1.234.567,89</c>,
/// <c>52,04 %</c>, <c>Rp 3.315.671.000</c>, <c>20 Februari 2025</c>). Used only at the edges.
/// </summary>
/// <remarks>Rounding is half away from zero, as people round by hand.</remarks>
public static class FormatIndonesia
{
    private static readonly NumberFormatInfo Nfi = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    private static readonly string[] NamaBulan =
    [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ];

    /// <summary>The Indonesian name of a month (1 = Januari).</summary>
    public static string Bulan(int bulan)
    {
        Preconditions.CheckRange(bulan, 1, 12, nameof(bulan));
        return NamaBulan[bulan - 1];
    }

    /// <summary>A number with thousands dots and <paramref name="desimal"/> decimals after a comma.</summary>
    public static string Angka(decimal nilai, int desimal = 2)
    {
        Preconditions.CheckRange(desimal, 0, 10, nameof(desimal));
        var bulat = Math.Round(nilai, desimal, MidpointRounding.AwayFromZero);
        return bulat.ToString("N" + desimal.ToString(CultureInfo.InvariantCulture), Nfi);
    }

    /// <summary>A number without trailing zero decimals: <c>12</c>, <c>0,16</c>, <c>1.234,5</c>.</summary>
    public static string AngkaRingkas(decimal nilai, int desimalMaksimum = 2)
    {
        var bulat = Math.Round(nilai, desimalMaksimum, MidpointRounding.AwayFromZero);
        var teks = Angka(bulat, desimalMaksimum);
        return desimalMaksimum == 0 ? teks : teks.TrimEnd('0').TrimEnd(',');
    }

    /// <summary>A percentage with two decimals: <c>52,04 %</c>.</summary>
    public static string Persen(decimal nilai) => Angka(nilai, 2) + " %";

    /// <summary>The dash a table shows where a figure is not known or not reported.</summary>
    public const string Kosong = "-";

    /// <summary>A percentage with two decimals, or <see cref="Kosong"/> when unknown.</summary>
    public static string PersenAtauKosong(decimal? nilai) => nilai is { } n ? Persen(n) : Kosong;

    /// <summary>A whole count (<c>409.093</c>), or <see cref="Kosong"/> when not reported.</summary>
    public static string JumlahAtauKosong(long? nilai) => nilai is { } n ? Angka(n, 0) : Kosong;

    /// <summary>Rupiah: <c>Rp 3.315.671.000</c>; sen are shown only when present (<c>Rp 1.234,50</c>).</summary>
    public static string Rupiah(decimal nilai)
    {
        var bulat = Math.Round(nilai, 2, MidpointRounding.AwayFromZero);
        var desimal = bulat == decimal.Truncate(bulat) ? 0 : 2;
        return (bulat < 0 ? "-Rp " : "Rp ") + Angka(Math.Abs(bulat), desimal);
    }

    /// <summary>A date as <c>20 Februari 2025</c>.</summary>
    public static string Tanggal(DateOnly tanggal) =>
        tanggal.Day.ToString(CultureInfo.InvariantCulture) + " " + Bulan(tanggal.Month) + " " + tanggal.Year.ToString(CultureInfo.InvariantCulture);
}
