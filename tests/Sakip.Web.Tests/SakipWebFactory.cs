using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Sakip.App;
using Sakip.App.Data;

namespace Sakip.Web.Tests;

/// <summary>
/// The web app over a fresh database of its own, migrated and loaded with the demo data at start
/// (as <c>dotnet run</c> does). SQLite by default; PostgreSQL when <c>SAKIP_TEST_DB=postgres</c>.
/// </summary>
public class SakipWebFactory : WebApplicationFactory<Program>
{
    private readonly string provider = (Environment.GetEnvironmentVariable("SAKIP_TEST_DB") ?? DatabaseSettings.Sqlite).ToLowerInvariant();
    private readonly string connectionString;

    public SakipWebFactory()
    {
        connectionString = provider == DatabaseSettings.Postgres
            ? $"{Environment.GetEnvironmentVariable("PG_TEST_CS") ?? throw new InvalidOperationException("PG_TEST_CS is not set; run the tests through ./test.sh.")};Database=web_{Guid.NewGuid():N}"
            : $"Data Source={Path.Combine(Path.GetTempPath(), $"sakip-web-{Guid.NewGuid():N}.db")};Pooling=False";
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("ConnectionStrings:Sakip", connectionString);
        builder.UseSetting("Sakip:AutoMigrate", "true");
        builder.UseSetting("Sakip:DemoData", "true");
    }

    public override async ValueTask DisposeAsync()
    {
        try
        {
            await using var scope = Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SakipDbContext>().Database.EnsureDeletedAsync();
        }
        catch (InvalidOperationException)
        {
            // The host was never started: there is no database to drop.
        }

        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
