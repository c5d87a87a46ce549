using Sakip.App.Entities;
using Sakip.Domain.Periode;

namespace Sakip.App.Features.Realisasi;

/// <summary>
/// When realisasi are due, shared by the home page's to-do list (<c>GetBeranda</c>) and the
/// oversight page (<c>Capaian.ListPengawasan</c>): a period's realisasi is due the
/// <see cref="HariBatasWaktu"/>th day after the period ends (the month's by the 10th of the next),
/// counted in Western Indonesian Time (<see cref="WaktuIndonesia"/>).
/// </summary>
public static class TenggatRealisasi
{
    /// <summary>Days after a period's end by which its realisasi is due.</summary>
    public const int HariBatasWaktu = 10;

    /// <summary>The day a period's realisasi is due.</summary>
    public static DateOnly BatasWaktu(Periode periode) => periode.Akhir.AddDays(HariBatasWaktu);

    /// <summary>
    /// Whether the realisasi of <paramref name="periode"/> is overdue on <paramref name="hariIni"/>:
    /// not submitted (none, a draft or returned), its due day passed, and the period not closed.
    /// </summary>
    public static bool Terlambat(RealisasiKinerja? realisasi, Periode periode, DateOnly hariIni, IEnumerable<Periode> tertutup) =>
        realisasi?.Status is not (StatusRealisasi.Diajukan or StatusRealisasi.Diverifikasi)
        && hariIni > BatasWaktu(periode)
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
