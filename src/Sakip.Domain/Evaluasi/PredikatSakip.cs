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

    /// <summary>What the predikat says of the satker's SAKIP (PermenPANRB 88/2021), for the LHE.</summary>
    public static string Interpretasi(this Predikat predikat) => predikat switch
    {
        Predikat.AA => "Telah terwujud good governance: seluruh kinerja dikelola dengan sangat memuaskan di seluruh unit kerja, dan pengukuran kinerja telah dilakukan sampai ke level individu.",
        Predikat.A => "Instansi dapat memimpin perubahan dalam mewujudkan pemerintahan berorientasi hasil; pengukuran kinerja telah dilakukan sampai ke level pengawas.",
        Predikat.BB => "Akuntabilitas kinerja sangat baik pada dua pertiga unit kerja; mulai terwujud efisiensi anggaran, dengan sistem manajemen kinerja yang andal berbasis teknologi informasi.",
        Predikat.B => "Akuntabilitas kinerja sudah baik pada sepertiga unit kerja, khususnya unit kerja utama; masih perlu sedikit perbaikan dan komitmen.",
        Predikat.CC => "Akuntabilitas kinerja cukup baik; masih perlu banyak perbaikan walaupun tidak mendasar, khususnya pada unit kerja.",
        Predikat.C => "Sistem dan tatanan akuntabilitas kinerja kurang dapat diandalkan; sistem manajemen kinerja belum terimplementasi dan perlu banyak perbaikan mendasar.",
        Predikat.D => "Sistem dan tatanan akuntabilitas kinerja sama sekali tidak dapat diandalkan; perlu perbaikan atau perubahan yang sangat mendasar.",
        _ => throw new ArgumentOutOfRangeException(nameof(predikat), predikat, null),
    };
}
