using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Sakip.App.Features.Audit;

namespace Sakip.Cli.Commands;

/// <summary><c>sakip audit verify</c>: checks the audit trail's hash chain; exit 1 naming the first broken row.</summary>
internal static class AuditCommand
{
    public static Command Create(CliContext context)
    {
        var verify = new Command("verify", "Memeriksa keutuhan rantai hash jejak audit.");
        verify.SetAction(async (_, ct) =>
        {
            await using var scope = context.CreateScope();
            if (await CapaianCommand.BelumSiapAsync(scope, context, ct))
            {
                return SakipCli.GagalProses;
            }

            var jawaban = await scope.ServiceProvider.GetRequiredService<VerifyAudit.Handler>().HandleAsync(new VerifyAudit.Query(), ct);
            if (jawaban.Nilai is not { } hasil)
            {
                return await context.GagalAsync(jawaban.Kegagalan!);
            }

            if (!hasil.Utuh)
            {
                return await context.GagalAsync($"jejak audit rusak: {hasil.Pesan}. Diperiksa {hasil.JumlahBaris} baris sampai baris yang rusak.");
            }

            await context.Output.WriteLineAsync($"Jejak audit utuh: {hasil.JumlahBaris} baris diperiksa, semua rantai hash cocok.");
            return SakipCli.Sukses;
        });
        return new Command("audit", "Jejak audit.") { verify };
    }
}
