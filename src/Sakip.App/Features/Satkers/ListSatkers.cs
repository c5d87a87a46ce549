using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;

namespace Sakip.App.Features.Satkers;

/// <summary>The satker tree with the years for which each has a PK (for choosing what to see).</summary>
public static class ListSatkers
{
    public sealed record Query;

    public sealed record Item(int Id, string Kode, string Nama, TingkatSatker Tingkat, string? KodeInduk, IReadOnlyList<int> TahunPerjanjian);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<IReadOnlyList<Item>> HandleAsync(Query query, CancellationToken ct)
        {
            var satkers = await db.Satkers.AsNoTracking()
                .Select(s => new { s.Id, s.Kode, s.Nama, s.Tingkat, KodeInduk = s.Induk == null ? null : s.Induk.Kode })
                .ToListAsync(ct);
            var tahun = await db.PerjanjianKinerjas.AsNoTracking()
                .Select(p => new { p.SatkerId, p.Tahun })
                .Distinct()
                .ToListAsync(ct);
            return [.. satkers
                .OrderBy(s => s.Kode.Length)
                .ThenBy(s => s.Kode, StringComparer.Ordinal)
                .Select(s => new Item(s.Id, s.Kode, s.Nama, s.Tingkat, s.KodeInduk, [.. tahun.Where(t => t.SatkerId == s.Id).Select(t => t.Tahun).Order()]))];
        }
    }
}
