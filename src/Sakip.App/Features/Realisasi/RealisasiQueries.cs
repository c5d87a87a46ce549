using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;

namespace Sakip.App.Features.Realisasi;

/// <summary>Loading shared by the realisasi use cases.</summary>
internal static class RealisasiQueries
{
    /// <summary>An indicator with its PK (for the satker and the state) and its realisasi of the PK's year.</summary>
    public static Task<IndikatorKinerja?> IndikatorAsync(SakipDbContext db, int indikatorId, CancellationToken ct) =>
        db.IndikatorKinerjas
            .Include(i => i.Sasaran)
            .Include(i => i.Realisasis).ThenInclude(r => r.Variabels)
            .Include(i => i.Realisasis).ThenInclude(r => r.Buktis)
            .AsSplitQuery()
            .SingleOrDefaultAsync(i => i.Id == indikatorId, ct);

    public static Task<PerjanjianKinerja> PerjanjianAsync(SakipDbContext db, IndikatorKinerja ind, CancellationToken ct) =>
        db.PerjanjianKinerjas.Include(p => p.Satker).SingleAsync(p => p.Id == ind.Sasaran.PerjanjianKinerjaId, ct);
}
