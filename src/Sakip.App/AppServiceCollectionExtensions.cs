using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sakip.App.Audit;
using Sakip.App.Data;
using Sakip.App.Entities;

namespace Sakip.App;

/// <summary>Which database Sakip runs on, read from configuration.</summary>
/// <param name="Provider"><c>sqlite</c> (default) or <c>postgres</c>, from <c>Database:Provider</c>.</param>
/// <param name="ConnectionString">
/// From <c>ConnectionStrings:Sakip</c>. SQLite defaults to <c>data/sakip.db</c> at the root of the
/// source tree (the folder with <c>Sakip.slnx</c>) when run from it, so the web app and the CLI
/// share one database; elsewhere (a published build) under the current directory.
/// </param>
public sealed record DatabaseSettings(string Provider, string ConnectionString)
{
    public const string Sqlite = "sqlite";

    public const string Postgres = "postgres";

    public bool IsPostgres => Provider == Postgres;

    public static DatabaseSettings From(IConfiguration configuration)
    {
        var provider = (configuration["Database:Provider"] ?? Sqlite).Trim().ToLowerInvariant();
        if (provider is not (Sqlite or Postgres))
        {
            throw new InvalidOperationException($"Database:Provider '{provider}' tidak dikenal; gunakan 'sqlite' atau 'postgres'.");
        }

        var cs = configuration.GetConnectionString("Sakip");
        if (string.IsNullOrWhiteSpace(cs))
        {
            if (provider == Postgres)
            {
                throw new InvalidOperationException("ConnectionStrings:Sakip wajib diisi untuk PostgreSQL.");
            }

            cs = "Data Source=" + Path.Combine(AkarSumber() ?? Directory.GetCurrentDirectory(), "data", "sakip.db");
        }

        return new DatabaseSettings(provider, cs);
    }

    private static string? AkarSumber()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sakip.slnx")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>Configures EF Core options for this provider.</summary>
    public void Apply(DbContextOptionsBuilder options)
    {
        if (IsPostgres)
        {
            options.UseNpgsql(ConnectionString);
        }
        else
        {
            EnsureSqliteDirectory(ConnectionString);
            options.UseSqlite(ConnectionString);
        }
    }

    private static void EnsureSqliteDirectory(string connectionString)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        var dir = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(dir) && builder.DataSource != ":memory:")
        {
            Directory.CreateDirectory(dir);
        }
    }
}

/// <summary>How much evidence one satker may store (<c>Sakip:KuotaBuktiMB</c>, default 2048 MB).</summary>
public sealed record BatasPenyimpanan(long KuotaBuktiSatker)
{
    public const long KuotaBawaanMb = 2048;

    public static BatasPenyimpanan From(IConfiguration configuration) =>
        new(configuration.GetValue("Sakip:KuotaBuktiMB", KuotaBawaanMb) * 1024 * 1024);
}

public static class AppServiceCollectionExtensions
{
    /// <summary>The only registration entry point of Sakip.App: database, clock and every use-case handler.</summary>
    public static IServiceCollection AddSakipApp(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = DatabaseSettings.From(configuration);
        services.AddSingleton(settings);
        if (settings.IsPostgres)
        {
            services.AddDbContext<PostgresSakipDbContext>(settings.Apply);
            services.AddScoped<SakipDbContext>(sp => sp.GetRequiredService<PostgresSakipDbContext>());
        }
        else
        {
            services.AddDbContext<SqliteSakipDbContext>(settings.Apply);
            services.AddScoped<SakipDbContext>(sp => sp.GetRequiredService<SqliteSakipDbContext>());
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(BatasPenyimpanan.From(configuration));
        services.TryAddSingleton(Features.Pemberitahuan.PengaturanSurel.From(configuration));
        services.TryAddSingleton<Features.Pemberitahuan.IPengirimSurel, Features.Pemberitahuan.PengirimSmtp>();
        services.AddScoped<Features.Pemberitahuan.Pemberitahu>();
        services.TryAddSingleton<Singgahan.SinggahanSakip>();
        services.TryAddSingleton(Dokumen.PencetakPdf.From(configuration));
        services.AddDataProtection();
        services.TryAddScoped<IPelakuAudit>(_ => PelakuSistem.Instance);
        services.TryAddSingleton<IPasswordHasher<Pengguna>, PasswordHasher<Pengguna>>();
        foreach (var handler in HandlerTypes)
        {
            services.AddScoped(handler);
        }

        return services;
    }

    /// <summary>Every nested <c>Handler</c> class of a use case in this assembly.</summary>
    public static IEnumerable<Type> HandlerTypes =>
        typeof(AppServiceCollectionExtensions).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsNested: true, Name: "Handler" });
}

/// <summary>Lets <c>dotnet ef</c> build the SQLite context at design time.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSakipDbContext>
{
    public SqliteSakipDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteSakipDbContext>().UseSqlite("Data Source=design-time.db").Options, PelakuSistem.Instance, TimeProvider.System);
}

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL context at design time (no server is contacted).</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresSakipDbContext>
{
    public PostgresSakipDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresSakipDbContext>().UseNpgsql("Host=localhost;Database=sakip_design").Options, PelakuSistem.Instance, TimeProvider.System);
}
