using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Sakip.App.Features.Database;

namespace Sakip.Cli.Commands;

/// <summary><c>sakip db migrate</c>.</summary>
internal static class DbCommand
{
    public static Command Create(CliContext context)
    {
        var migrate = new Command("migrate", "Menerapkan migrasi basis data yang belum diterapkan.");
        migrate.SetAction(async (_, ct) =>
        {
            await using var scope = context.CreateScope();
            var jawaban = await scope.ServiceProvider.GetRequiredService<MigrateDatabase.Handler>().HandleAsync(new MigrateDatabase.Command(), ct);
            if (jawaban.Nilai is not { } hasil)
            {
                return await context.GagalAsync(jawaban.Kegagalan!);
            }

            await context.Output.WriteLineAsync(hasil.Diterapkan.Count == 0
                ? "Basis data sudah mutakhir."
                : $"Migrasi diterapkan: {string.Join(", ", hasil.Diterapkan)}.");
            return SakipCli.Sukses;
        });
        return new Command("db", "Pengelolaan basis data.") { migrate };
    }
}
