namespace Sakip.Domain.Evaluasi;

/// <summary>The SAKIP evaluation grades (PermenPANRB 88/2021), best first.</summary>
public enum Predikat
{
    /// <summary>Sangat Memuaskan (&gt; 90).</summary>
    AA,

    /// <summary>Memuaskan (&gt; 80).</summary>
    A,

    /// <summary>Sangat Baik (&gt; 70).</summary>
    BB,

    /// <summary>Baik (&gt; 60).</summary>
    B,

    /// <summary>Cukup (&gt; 50).</summary>
    CC,

    /// <summary>Kurang (&gt; 30).</summary>
    C,

    /// <summary>Sangat Kurang (0-30).</summary>
    D,
}

/// <summary>Turns a SAKIP evaluation score into its predikat (DOMAIN.md §8).</summary>
/// <remarks>The lower bounds are exclusive: 90 is A and 90,01 is AA; 30 is D.</remarks>
public static class PredikatSakip
{
    private static readonly (decimal BatasBawahEksklusif, Predikat Predikat)[] Batas =
    [
        (90m, Predikat.AA), (80m, Predikat.A), (70m, Predikat.BB), (60m, Predikat.B), (50m, Predikat.CC), (30m, Predikat.C),
    ];

    /// <summary>The predikat of a score from 0 to 100.</summary>
    public static Predikat DariSkor(decimal skor)
    {
        Preconditions.CheckRange(skor, 0m, 100m, nameof(skor));
        foreach (var (batas, predikat) in Batas)
        {
            if (skor > batas)
            {
                return predikat;
            }
        }

        return Predikat.D;
    }

    /// <summary>The predikat's name: "Sangat Memuaskan" for AA ... "Sangat Kurang" for D.</summary>
    public static string Sebutan(this Predikat predikat) => predikat switch
    {
        Predikat.AA => "Sangat Memuaskan",
        Predikat.A => "Memuaskan",
        Predikat.BB => "Sangat Baik",
        Predikat.B => "Baik",
        Predikat.CC => "Cukup",
        Predikat.C => "Kurang",
        Predikat.D => "Sangat Kurang",
        _ => throw new ArgumentOutOfRangeException(nameof(predikat), predikat, null),
    };
}
