using Sakip.App.Features.Database;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Database;

/// <summary>The start-up check: a migrated, writable database is ready.</summary>
public class CheckDatabaseTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task AMigratedWritableDatabase_IsReady()
    {
        var hasil = (await fixture.SendAsync<CheckDatabase.Handler, Jawaban<CheckDatabase.Hasil>>(h => h.HandleAsync(new CheckDatabase.Query(), default))).Pasti();

        Assert.Null(hasil.Masalah);
    }
}
