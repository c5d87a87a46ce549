using Sakip.App.Features.Database;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Database;

/// <summary><c>sakip db migrate</c> on a database that is already up to date applies nothing.</summary>
public class MigrateDatabaseTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task AnUpToDateDatabase_AppliesNothing()
    {
        var hasil = (await fixture.SendAsync<MigrateDatabase.Handler, Jawaban<MigrateDatabase.Hasil>>(h => h.HandleAsync(new MigrateDatabase.Command(), default))).Pasti();

        Assert.Empty(hasil.Diterapkan);
    }
}
