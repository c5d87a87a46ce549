using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sakip.App;
using Sakip.App.Audit;
using Sakip.App.Data;
using Sakip.App.Features.Demo;
using Sakip.App.Features.Pengguna;
using Sakip.App.Keamanan;

namespace Sakip.Testing;

/// <summary>
/// A real, fresh database per test class, migrated with the provider's own migration set.
/// SQLite by default (a temporary file); PostgreSQL when <c>SAKIP_TEST_DB=postgres</c>, on the
/// server named by <c>PG_TEST_CS</c> (the throwaway cluster <c>./test.sh</c> starts), one database
/// per fixture. A missing server is a failure, never a skip.
/// </summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    private ServiceProvider? services;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2024, 12, 31, 2, 0, 0, TimeSpan.Zero));

    public string Provider { get; } = (Environment.GetEnvironmentVariable("SAKIP_TEST_DB") ?? DatabaseSettings.Sqlite).ToLowerInvariant();

    public IConfiguration Configuration { get; private set; } = null!;

    public IServiceProvider Services => services ?? throw new InvalidOperationException("Fixture not initialised.");

    public async Task InitializeAsync()
    {
        string cs;
        if (Provider == DatabaseSettings.Postgres)
        {
            var server = Environment.GetEnvironmentVariable("PG_TEST_CS")
                ?? throw new InvalidOperationException("SAKIP_TEST_DB=postgres but PG_TEST_CS is not set; run the tests through ./test.sh.");
            cs = $"{server};Database=it_{Guid.NewGuid():N}";
        }
        else
        {
            cs = $"Data Source={Path.Combine(Path.GetTempPath(), $"sakip-test-{Guid.NewGuid():N}.db")};Pooling=False";
        }

        Configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = Provider,
                ["ConnectionStrings:Sakip"] = cs,
            })
            .Build();
        services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Clock)
            .AddScoped<PelakuUji>()
            .AddScoped<IPelakuAudit>(sp => sp.GetRequiredService<PelakuUji>())
            .AddSakipApp(Configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SakipDbContext>().Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        if (services is null)
        {
            return;
        }

        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SakipDbContext>().Database.EnsureDeletedAsync();
        }

        await services.DisposeAsync();
    }

    /// <summary>Runs a handler in its own scope, as one web request would.</summary>
    public async Task<TResult> SendAsync<THandler, TResult>(Func<THandler, Task<TResult>> action)
        where THandler : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<THandler>());
    }

    /// <summary>
    /// Runs a handler in its own scope as <paramref name="pelaku"/>'s web request would: the audit
    /// trail names that user (as the web app's <c>PelakuWeb</c> does), not "sistem".
    /// </summary>
    public async Task<TResult> SendAsAsync<THandler, TResult>(AksesPengguna pelaku, Func<THandler, Task<TResult>> action)
        where THandler : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        var uji = scope.ServiceProvider.GetRequiredService<PelakuUji>();
        uji.Nama = pelaku.NamaPengguna;
        uji.PenggunaId = pelaku.PenggunaId;
        return await action(scope.ServiceProvider.GetRequiredService<THandler>());
    }

    /// <summary>Runs code against the context in its own scope (arrange and assert steps).</summary>
    public async Task<T> ExecuteDbContextAsync<T>(Func<SakipDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<SakipDbContext>());
    }

    /// <summary>The demo accounts' password in slice tests.</summary>
    public const string KataSandiDemo = "SandiDemoUji2024";

    /// <summary>Loads the demo dataset and accounts (idempotent).</summary>
    public async Task<LoadDemo.Hasil> MuatDemoAsync() =>
        (await SendAsync<LoadDemo.Handler, Jawaban<LoadDemo.Hasil>>(h => h.HandleAsync(new LoadDemo.Command(KataSandiDemo), default))).Nilai!;

    /// <summary>Signs a demo account in and returns its access, as a web request would see it.</summary>
    public async Task<AksesPengguna> AksesAsync(string namaPengguna)
    {
        var masuk = await SendAsync<SignIn.Handler, Jawaban<SignIn.Berhasil>>(h => h.HandleAsync(new SignIn.Command(namaPengguna, KataSandiDemo), default));
        if (!masuk.Berhasil)
        {
            throw new InvalidOperationException($"Gagal masuk sebagai {namaPengguna}: {masuk.Pesan}");
        }

        var sesi = masuk.Nilai!;
        return (await SendAsync<GetAkses.Handler, Jawaban<AksesPengguna>>(h => h.HandleAsync(new GetAkses.Query(sesi.PenggunaId, sesi.StempelKeamanan, sesi.TokenSesi), default))).Nilai
            ?? throw new InvalidOperationException($"Akses {namaPengguna} tidak dapat dimuat.");
    }

    public Task InsertAsync(params object[] entities) => ExecuteDbContextAsync(async db =>
    {
        db.AddRange(entities);
        return await db.SaveChangesAsync();
    });
}

/// <summary>The audit actor of one test scope: "sistem" unless a test acts as a user (<see cref="DatabaseFixture.SendAsAsync"/>).</summary>
public sealed class PelakuUji : IPelakuAudit
{
    public string Nama { get; set; } = PelakuSistem.Instance.Nama;

    public int? PenggunaId { get; set; }
}
