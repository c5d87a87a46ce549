using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;

namespace Sakip.App.Tests.Data;

/// <summary>Every model change must come with a migration in both sets (STYLE.md B6).</summary>
public class MigrationsTests
{
    [Fact]
    public void Sqlite_HasNoPendingModelChanges()
    {
        using var db = new SqliteSakipDbContext(new DbContextOptionsBuilder<SqliteSakipDbContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.False(db.Database.HasPendingModelChanges());
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void Postgres_HasNoPendingModelChanges()
    {
        using var db = new PostgresSakipDbContext(new DbContextOptionsBuilder<PostgresSakipDbContext>().UseNpgsql("Host=127.0.0.1;Database=none").Options);

        Assert.False(db.Database.HasPendingModelChanges());
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void BothSets_HaveTheSameMigrations()
    {
        using var sqlite = new SqliteSakipDbContext(new DbContextOptionsBuilder<SqliteSakipDbContext>().UseSqlite("Data Source=:memory:").Options);
        using var pg = new PostgresSakipDbContext(new DbContextOptionsBuilder<PostgresSakipDbContext>().UseNpgsql("Host=127.0.0.1;Database=none").Options);

        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..]);
        Assert.Equal(Names(sqlite), Names(pg));
    }
}
