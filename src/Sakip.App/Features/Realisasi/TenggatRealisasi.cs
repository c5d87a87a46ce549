using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.Domain.Periode;

namespace Sakip.App.Features.Realisasi;

/// <summary>
/// When realisasi are due, shared by the home page's to-do list (<c>GetBeranda</c>) and the
/// oversight page (<c>Capaian.ListPengawasan</c>): a period's realisasi is due the
/// <see cref="HariBatasWaktu"/>th day after the period ends (the month's by the 10th of the next),
/// or as many days as the satker set for the year (<see cref="TenggatSatker"/>), counted in
/// Western Indonesian Time (<see cref="WaktuIndonesia"/>).
/// </summary>
public static class TenggatRealisasi
{
    /// <summary>Days after a period's end by which its realisasi is due, unless the satker set its own.</summary>
    public const int HariBatasWaktu = 10;

    /// <summary>The fewest and most days a satker may set.</summary>
    public const int HariMinimum = 1, HariMaksimum = 60;

    /// <summary>The day a period's realisasi is due, <paramref name="hari"/> days after it ends.</summary>
    public static DateOnly BatasWaktu(Periode periode, int hari = HariBatasWaktu) => periode.Akhir.AddDays(hari);

    /// <summary>The days a satker-year allows (its own setting, else the default).</summary>
    public static async Task<int> HariAsync(SakipDbContext db, int satkerId, int tahun, CancellationToken ct) =>
        await db.TenggatSatkers.AsNoTracking().Where(t => t.SatkerId == satkerId && t.Tahun == tahun).Select(t => (int?)t.HariBatasWaktu).SingleOrDefaultAsync(ct) ?? HariBatasWaktu;

    /// <summary>The days each of <paramref name="satkerIds"/> set for the year; a satker absent keeps the default.</summary>
    public static async Task<IReadOnlyDictionary<int, int>> HariAsync(SakipDbContext db, IReadOnlyCollection<int> satkerIds, int tahun, CancellationToken ct) =>
        await db.TenggatSatkers.AsNoTracking().Where(t => satkerIds.Contains(t.SatkerId) && t.Tahun == tahun).ToDictionaryAsync(t => t.SatkerId, t => t.HariBatasWaktu, ct);

    /// <summary>
    /// What deciding overdue periods for several satker in one year needs, in three queries: the
    /// PK versions (with realisasi), the closed periods and each satker's deadline in days.
    /// </summary>
    public static async Task<(ILookup<int, PerjanjianKinerja> Versi, ILookup<int, Periode> Tertutup, IReadOnlyDictionary<int, int> HariBatas)> MuatAsync(SakipDbContext db, IReadOnlyCollection<int> satkerIds, int tahun, CancellationToken ct) =>
        ((await Capaian.PengukuranKinerja.MuatAsync(db, satkerIds, tahun, ct)).ToLookup(p => p.SatkerId),
         (await db.Set<PeriodeTertutup>().AsNoTracking().Where(p => satkerIds.Contains(p.SatkerId) && p.Tahun == tahun).ToListAsync(ct)).ToLookup(p => p.SatkerId, p => p.Periode),
         await HariAsync(db, satkerIds, tahun, ct));

    /// <summary>
    /// Whether the realisasi of <paramref name="periode"/> is overdue on <paramref name="hariIni"/>:
    /// not submitted (none, a draft or returned), its due day passed, and the period not closed.
    /// </summary>
    public static bool Terlambat(RealisasiKinerja? realisasi, Periode periode, DateOnly hariIni, IEnumerable<Periode> tertutup, int hari = HariBatasWaktu) =>
        realisasi?.Status is not (StatusRealisasi.Diajukan or StatusRealisasi.Diverifikasi)
        && hariIni > BatasWaktu(periode, hari)
        && tertutup.All(t => !t.Memuat(periode));

    /// <summary>
    /// Every indicator-period of the PK that has ended by <paramref name="hariIni"/>, with the latest
    /// realisasi recorded for it in any version of the agreement (null when none).
    /// </summary>
    public static IEnumerable<(IndikatorKinerja Indikator, Periode Periode, RealisasiKinerja? Realisasi)> PeriodeBerakhir(PerjanjianKinerja pk, ILookup<string, RealisasiKinerja> realisasiPerKode, DateOnly hariIni) =>
        pk.Sasarans.OrderBy(s => s.Urutan).SelectMany(s => s.Indikators.OrderBy(i => i.Urutan))
            .SelectMany(ind => Periode.SemuaDalam(pk.Tahun, ind.Periodisitas).Where(p => p.Akhir < hariIni)
                .Select(p => (ind, p, realisasiPerKode[ind.Kode].Where(r => r.JenisPeriode == ind.Periodisitas && r.NomorPeriode == p.Nomor).MaxBy(r => r.Id))));
}
