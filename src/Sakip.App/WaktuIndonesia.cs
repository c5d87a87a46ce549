namespace Sakip.App;

/// <summary>
/// Western Indonesian Time (WIB, UTC+7), the clock every "today" and "this year" in Sakip is read
/// in: signing dates, the year in force, when realisasi fall due, the date on a printout.
/// </summary>
public static class WaktuIndonesia
{
    /// <summary>WIB's offset from UTC.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    private static readonly TimeSpan Wib = Offset;

    /// <summary>Now, in WIB.</summary>
    public static DateTimeOffset Sekarang(TimeProvider clock) => clock.GetUtcNow().ToOffset(Wib);

    /// <summary>Today, in WIB.</summary>
    public static DateOnly HariIni(TimeProvider clock) => DateOnly.FromDateTime(Sekarang(clock).DateTime);

    /// <summary>A moment as people read it: "3 Feb 2025 09.15 WIB".</summary>
    public static string Teks(DateTimeOffset waktu) =>
        waktu.ToOffset(Wib).ToString("d MMM yyyy HH.mm", System.Globalization.CultureInfo.GetCultureInfo("id-ID")) + " WIB";
}
