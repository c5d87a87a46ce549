using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.Testing;

namespace Sakip.App.Tests.Features.Perjanjian;

/// <summary>Reading what the PK tests wrote.</summary>
internal static class PerjanjianUji
{
    public static Task<PerjanjianKinerja> BacaAsync(DatabaseFixture fixture, int id) => fixture.ExecuteDbContextAsync(db =>
        db.PerjanjianKinerjas.AsNoTracking().Include(p => p.Sasarans).ThenInclude(s => s.Indikators).ThenInclude(i => i.RencanaAksis).AsSplitQuery().SingleAsync(p => p.Id == id));

    /// <summary>The satker's people in order: the Ketua, then the Sekretaris.</summary>
    public static Task<List<int>> PegawaiAsync(DatabaseFixture fixture, Satker satker) =>
        fixture.ExecuteDbContextAsync(db => db.Pegawais.Where(p => p.SatkerId == satker.Id).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync());
}
