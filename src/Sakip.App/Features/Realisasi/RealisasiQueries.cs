using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;

namespace Sakip.App.Features.Realisasi;

/// <summary>Loading shared by the realisasi use cases.</summary>
internal static class RealisasiQueries
{
    /// <summary>An indicator with its sasaran (the way to its PK).</summary>
    public static Task<IndikatorKinerja?> IndikatorAsync(SakipDbContext db, int indikatorId, CancellationToken ct) =>
        db.IndikatorKinerjas
            .Include(i => i.Sasaran)
            .SingleOrDefaultAsync(i => i.Id == indikatorId, ct);

    /// <summary>
    /// The realisasi of an indicator-period in any version of the indicator's agreement (found by
    /// the indicator's code), tracked, with its variables and evidence; null when none exists.
    /// </summary>
    public static Task<RealisasiKinerja?> RealisasiAsync(SakipDbContext db, PerjanjianKinerja pk, IndikatorKinerja ind, int nomorPeriode, CancellationToken ct) =>
        db.RealisasiKinerjas
            .Include(r => r.Variabels)
            .Include(r => r.Buktis)
            .AsSplitQuery()
            .Where(r => r.Tahun == pk.Tahun && r.JenisPeriode == ind.Periodisitas && r.NomorPeriode == nomorPeriode && r.Indikator.Kode == ind.Kode
                && db.PerjanjianKinerjas.Any(p => p.Id == r.Indikator.Sasaran.PerjanjianKinerjaId && p.SatkerId == pk.SatkerId && p.Tahun == pk.Tahun && p.Kode == pk.Kode))
            .OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(ct);

    public static Task<PerjanjianKinerja> PerjanjianAsync(SakipDbContext db, IndikatorKinerja ind, CancellationToken ct) =>
        db.PerjanjianKinerjas.Include(p => p.Satker).SingleAsync(p => p.Id == ind.Sasaran.PerjanjianKinerjaId, ct);
}
