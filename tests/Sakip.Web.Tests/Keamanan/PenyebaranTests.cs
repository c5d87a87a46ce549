using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sakip.App;
using Sakip.App.Data;

namespace Sakip.Web.Tests.Keamanan;

/// <summary>
/// Deployment (issue 7, item 9): the real web app, started as its own process in Production, refuses
/// to start on a database without migrations or one it cannot write, saying what to do; behind a TLS
/// proxy it honours the forwarded scheme, so cookies are Secure and HSTS is sent.
/// </summary>
public class PenyebaranTests(SakipWebFactory factory) : IClassFixture<SakipWebFactory>
{
    private static readonly string Provider = (Environment.GetEnvironmentVariable("SAKIP_TEST_DB") ?? DatabaseSettings.Sqlite).ToLowerInvariant();

    /// <summary>Runs the built Sakip.Web.dll in Production on a connection string; its exit code and output.</summary>
    private static async Task<(int Kode, string Keluaran)> JalankanAsync(string cs)
    {
        var info = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(typeof(Program).Assembly.Location)!,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        info.Environment["Database__Provider"] = Provider;
        info.Environment["ConnectionStrings__Sakip"] = cs;
        using var proses = Process.Start(info)!;
        var keluaran = proses.StandardOutput.ReadToEndAsync();
        var galat = proses.StandardError.ReadToEndAsync();
        using var batas = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await proses.WaitForExitAsync(batas.Token);
        }
        catch (OperationCanceledException)
        {
            proses.Kill(entireProcessTree: true);
            return (-1, "the app did not stop within 60 s: " + await keluaran);
        }

        return (proses.ExitCode, await keluaran + await galat);
    }

    private static string BasisDataBaru() => Provider == DatabaseSettings.Postgres
        ? $"{Environment.GetEnvironmentVariable("PG_TEST_CS")};Database=deploy_{Guid.NewGuid():N}"
        : $"Data Source={Path.Combine(Path.GetTempPath(), $"sakip-deploy-{Guid.NewGuid():N}.db")};Pooling=False";

    private static SakipDbContext Konteks(string cs)
    {
        var services = new ServiceCollection().AddSakipApp(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = Provider, ["ConnectionStrings:Sakip"] = cs })
            .Build()).BuildServiceProvider();
        return services.CreateScope().ServiceProvider.GetRequiredService<SakipDbContext>();
    }

    private static async Task HapusAsync(string cs)
    {
        await using var db = Konteks(cs);
        await db.Database.EnsureDeletedAsync();
    }

    [Fact]
    public async Task Production_OnADatabaseWithoutMigrations_RefusesToStart_SayingToMigrate()
    {
        var cs = BasisDataBaru();
        if (Provider == DatabaseSettings.Postgres)
        {
            // An existing, empty database: what a server administrator hands over.
            await using var db = Konteks(cs);
            await db.Database.EnsureCreatedAsync();
        }

        var (kode, keluaran) = await JalankanAsync(cs);
        await HapusAsync(cs);

        Assert.True(kode == 1, $"exit code {kode}; the app said: {keluaran}");
        Assert.Contains("belum dimigrasi", keluaran, StringComparison.Ordinal);
        Assert.Contains("sakip db migrate", keluaran, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_OnAReadOnlyDatabase_RefusesToStart_SayingWhy()
    {
        var cs = BasisDataBaru();
        await using (var db = Konteks(cs))
        {
            await db.Database.MigrateAsync();
        }

        var hanyaBaca = Provider == DatabaseSettings.Postgres ? cs + ";Options=-c default_transaction_read_only=on" : cs + ";Mode=ReadOnly";
        var (kode, keluaran) = await JalankanAsync(hanyaBaca);
        await HapusAsync(cs);

        Assert.Equal(1, kode);
        Assert.Contains("hanya dapat dibaca", keluaran, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BehindATlsProxy_CookiesAreSecure_AndHstsIsSent()
    {
        using var lewatProxy = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, DariLoopback>()));
        var client = lewatProxy.CreateClient(new() { AllowAutoRedirect = false });
        using var permintaan = new HttpRequestMessage(HttpMethod.Get, new Uri("/Masuk", UriKind.Relative));
        permintaan.Headers.Host = "sakip.kpu.go.id";
        permintaan.Headers.Add("X-Forwarded-Proto", "https");
        permintaan.Headers.Add("X-Forwarded-For", "203.0.113.7");

        var respons = await client.SendAsync(permintaan);

        Assert.Equal(HttpStatusCode.OK, respons.StatusCode);
        Assert.Contains(respons.Headers.GetValues("Set-Cookie"), c => c.StartsWith("sakip.af=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.StartsWith("max-age=31536000", respons.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);

        var langsung = await client.GetAsync(new Uri("/Masuk", UriKind.Relative));
        Assert.DoesNotContain(langsung.Headers.GetValues("Set-Cookie"), c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The test server has no remote address; a real proxy connects from loopback.</summary>
    private sealed class DariLoopback : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext c, Func<Task> lanjut) =>
            {
                c.Connection.RemoteIpAddress = IPAddress.Loopback;
                return lanjut();
            });
            next(app);
        };
    }
}
