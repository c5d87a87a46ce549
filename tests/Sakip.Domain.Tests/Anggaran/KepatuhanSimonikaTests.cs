using Sakip.Domain.Anggaran;

namespace Sakip.Domain.Tests.Anggaran;

/// <summary>SIMONIKA reports: on time by the 10th of the month after, valid, and the share of the months due.</summary>
public class KepatuhanSimonikaTests
{
    [Theory]
    [InlineData(1, "2024-02-10", true)]
    [InlineData(1, "2024-02-11", false)]
    [InlineData(12, "2025-01-10", true)]
    [InlineData(12, "2025-01-11", false)]
    [InlineData(2, "2024-02-28", true)] // early is on time
    public void AReport_IsOnTimeByThe10thOfTheMonthAfter(int bulan, string dikirim, bool tepat) =>
        Assert.Equal(tepat, KepatuhanSimonika.TepatWaktuPada(2024, new LaporanSimonika(bulan, DateOnly.Parse(dikirim, System.Globalization.CultureInfo.InvariantCulture), true)));

    [Fact]
    public void ANotSubmittedReport_IsNotOnTime() => Assert.False(KepatuhanSimonika.TepatWaktuPada(2024, new LaporanSimonika(3, null, true)));

    public static TheoryData<string, LaporanSimonika[], string, int, int, int, decimal?> Kasus => new()
    {
        { "all twelve on time and valid", [.. Enumerable.Range(1, 12).Select(b => new LaporanSimonika(b, KepatuhanSimonika.Batas(2024, b), true))], "2025-02-01", 12, 12, 12, 100m },
        { "one late, one invalid", [.. Enumerable.Range(1, 12).Select(b => new LaporanSimonika(b, KepatuhanSimonika.Batas(2024, b).AddDays(b == 4 ? 1 : 0), b != 7))], "2025-02-01", 12, 11, 10, 83.33m },
        { "a month not reported counts as late", [.. Enumerable.Range(1, 11).Select(b => new LaporanSimonika(b, KepatuhanSimonika.Batas(2024, b), true))], "2025-02-01", 12, 11, 11, 91.67m },
        { "only the months whose deadline passed are due", [new LaporanSimonika(1, new DateOnly(2024, 2, 5), true)], "2024-03-10", 1, 1, 1, 100m },
        { "nothing due yet", [], "2024-02-10", 0, 0, 0, null },
    };

    [Theory]
    [MemberData(nameof(Kasus))]
    public void TheYearsStanding_CountsTheMonthsDue(string kasus, LaporanSimonika[] laporans, string hariIni, int wajib, int tepat, int valid, decimal? persen)
    {
        var k = KepatuhanSimonika.Hitung(2024, laporans, DateOnly.Parse(hariIni, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((wajib, tepat, valid, persen), (k.Wajib, k.TepatWaktu, k.TepatWaktuDanValid, k.Persen));
        Assert.NotEmpty(kasus);
    }
}
