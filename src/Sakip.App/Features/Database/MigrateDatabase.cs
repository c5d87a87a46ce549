using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;

namespace Sakip.App.Features.Database;

/// <summary>Applies the provider's pending migrations (<c>sakip db migrate</c>; automatic in Development).</summary>
public static class MigrateDatabase
{
    public sealed record Command;

    /// <param name="Diterapkan">The migrations applied by this call, oldest first.</param>
    public sealed record Hasil(IReadOnlyList<string> Diterapkan);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(Command command, CancellationToken ct)
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            await db.Database.MigrateAsync(ct);
            return new Hasil(pending);
        }
    }
}
