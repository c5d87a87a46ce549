using Microsoft.EntityFrameworkCore;
using Sakip.App.Audit;
using Sakip.App.Data;

namespace Sakip.App.Tests.Data;

/// <summary>Every model change must come with a migration in both sets (STYLE.md B6).</summary>
public class MigrationsTests
{
    private static SqliteSakipDbContext Sqlite() =>
        new(new DbContextOptionsBuilder<SqliteSakipDbContext>().UseSqlite("Data Source=:memory:").Options, PelakuSistem.Instance, TimeProvider.System);

    private static PostgresSakipDbContext Postgres() =>
        new(new DbContextOptionsBuilder<PostgresSakipDbContext>().UseNpgsql("Host=127.0.0.1;Database=none").Options, PelakuSistem.Instance, TimeProvider.System);

    [Fact]
    public void Sqlite_HasNoPendingModelChanges()
    {
        using var db = Sqlite();

        Assert.False(db.Database.HasPendingModelChanges());
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void Postgres_HasNoPendingModelChanges()
    {
        using var db = Postgres();

        Assert.False(db.Database.HasPendingModelChanges());
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void BothSets_HaveTheSameMigrations()
    {
        using var sqlite = Sqlite();
        using var pg = Postgres();

        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..]);
        Assert.Equal(Names(sqlite), Names(pg));
    }
}
