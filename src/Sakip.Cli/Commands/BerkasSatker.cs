using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sakip.App.Data;

namespace Sakip.Cli.Commands;

/// <summary>The checks every command that loads a satker's file makes before its use case.</summary>
internal static class BerkasSatker
{
    /// <summary>
    /// What a satker's file command checks before its use case, in this order: the file exists and
    /// is not above <paramref name="batas"/>, the database is ready, the satker exists. Returns the
    /// exit code when one fails (its message written), else the satker's id.
    /// </summary>
    public static async Task<(int? Keluar, int SatkerId)> PeriksaAsync(CliContext context, AsyncServiceScope scope, string path, long batas, string tertulisBatas, string kodeSatker, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            return (await context.GagalAsync($"berkas '{path}' tidak ditemukan.", SakipCli.GagalPerintah), 0);
        }

        if (new FileInfo(path).Length > batas)
        {
            return (await context.GagalAsync($"berkas '{path}' lebih besar dari {tertulisBatas}."), 0);
        }

        if (await CapaianCommand.BelumSiapAsync(scope, context, ct))
        {
            return (SakipCli.GagalProses, 0);
        }

        return await SatkerIdAsync(scope, kodeSatker, ct) is { } satkerId ? (null, satkerId) : (await context.GagalAsync($"satker '{kodeSatker}' tidak ditemukan."), 0);
    }

    public static Task<int?> SatkerIdAsync(AsyncServiceScope scope, string kode, CancellationToken ct) =>
        scope.ServiceProvider.GetRequiredService<SakipDbContext>().Satkers.Where(s => s.Kode == kode).Select(s => (int?)s.Id).SingleOrDefaultAsync(ct);
}
