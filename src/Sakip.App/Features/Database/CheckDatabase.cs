using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;

namespace Sakip.App.Features.Database;

/// <summary>
/// Whether the database can serve Sakip: reachable, with every migration applied, and writable.
/// The web app runs it at start-up and refuses to start, with this message, when it cannot
/// (instead of answering every request with a bare 500).
/// </summary>
public static class CheckDatabase
{
    public sealed record Query;

    public sealed class Handler(SakipDbContext db)
    {
        /// <returns>Null when the database is ready; otherwise what is wrong and what to do, in Bahasa Indonesia.</returns>
        public async Task<string?> HandleAsync(Query query, CancellationToken ct)
        {
            try
            {
                var tertunda = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
                if (tertunda.Count > 0)
                {
                    return $"Basis data belum dimigrasi ({tertunda.Count} migrasi tertunda, mulai dari {tertunda[0]}). Jalankan 'sakip db migrate' (dotnet run --project src/Sakip.Cli -- db migrate) dengan konfigurasi yang sama, lalu mulai lagi.";
                }

                // A write that changes nothing, rolled back: proves the file or role accepts writes.
                await using var transaksi = await db.Database.BeginTransactionAsync(ct);
                await db.Database.ExecuteSqlRawAsync("UPDATE \"KunciRantaiAudit\" SET \"Nomor\" = \"Nomor\" WHERE \"Id\" = 1", ct);
                await transaksi.RollbackAsync(ct);
                return null;
            }
            catch (Exception e) when (GalatBasisData.TidakDapatDitulis(e))
            {
                return "Basis data hanya dapat dibaca: Sakip perlu menulis jejak audit dan data. Beri hak tulis pada berkas atau peran basis data, lalu mulai lagi.";
            }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
            {
                return $"Basis data tidak dapat dihubungi atau dipakai ({e.Message}). Periksa ConnectionStrings:Sakip.";
            }
        }
    }
}
