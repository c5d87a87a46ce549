namespace Sakip.Domain.Anggaran;

/// <summary>
/// One monthly SIMONIKA report (KPU's budget-monitoring report) as recorded: the month it reports,
/// the day it went in (null: not yet) and whether the verifier found it valid.
/// </summary>
/// <param name="Bulan">The month reported (1-12).</param>
/// <param name="Dikirim">The day it was submitted, or null.</param>
/// <param name="Valid">Whether it was found valid.</param>
public sealed record LaporanSimonika(int Bulan, DateOnly? Dikirim, bool Valid);

/// <summary>How a year's SIMONIKA reports stand (the PK indicator "laporan SIMONIKA tepat waktu dan valid").</summary>
/// <param name="Wajib">Reports due so far (the months that have ended and whose deadline has passed).</param>
/// <param name="TepatWaktu">Of those, submitted by the deadline.</param>
/// <param name="TepatWaktuDanValid">Of those, also valid.</param>
/// <param name="Persen">Tepat waktu dan valid / wajib x 100, half-up to two decimals; null when none is due yet.</param>
public sealed record KepatuhanSimonika(int Wajib, int TepatWaktu, int TepatWaktuDanValid, decimal? Persen)
{
    /// <summary>The day of the following month by which a report is on time (DOMAIN.md §6: before the 10th).</summary>
    public const int TanggalBatas = 10;

    /// <summary>The deadline of a month's report: the 10th of the month after.</summary>
    public static DateOnly Batas(int tahun, int bulan) => new DateOnly(tahun, bulan, 1).AddMonths(1).AddDays(TanggalBatas - 1);

    /// <summary>Whether a report went in by its deadline.</summary>
    public static bool TepatWaktuPada(int tahun, LaporanSimonika laporan) => laporan.Dikirim is { } d && d <= Batas(tahun, laporan.Bulan);

    /// <summary>
    /// The year's standing on <paramref name="hariIni"/>: every month whose deadline has passed is due,
    /// reported or not; a report not yet submitted counts as late.
    /// </summary>
    public static KepatuhanSimonika Hitung(int tahun, IEnumerable<LaporanSimonika> laporans, DateOnly hariIni)
    {
        var perBulan = laporans.GroupBy(l => l.Bulan).ToDictionary(g => g.Key, g => g.Last());
        var wajib = Enumerable.Range(1, 12).Where(b => Batas(tahun, b) < hariIni).ToList();
        var tepat = wajib.Count(b => perBulan.TryGetValue(b, out var l) && TepatWaktuPada(tahun, l));
        var valid = wajib.Count(b => perBulan.TryGetValue(b, out var l) && TepatWaktuPada(tahun, l) && l.Valid);
        return new KepatuhanSimonika(wajib.Count, tepat, valid, AngkaAnggaran.Persen(valid, wajib.Count));
    }
}
