namespace Sakip.App;

/// <summary>
/// Western Indonesian Time (WIB, UTC+7), the clock every "today" and "this year" in Sakip is read
/// in: signing dates, the year in force, when realisasi fall due, the date on a printout.
/// </summary>
public static class WaktuIndonesia
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    /// <summary>Now, in WIB.</summary>
    public static DateTimeOffset Sekarang(TimeProvider clock) => clock.GetUtcNow().ToOffset(Wib);

    /// <summary>Today, in WIB.</summary>
    public static DateOnly HariIni(TimeProvider clock) => DateOnly.FromDateTime(Sekarang(clock).DateTime);
}
