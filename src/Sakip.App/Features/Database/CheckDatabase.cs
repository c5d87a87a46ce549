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

    /// <param name="Masalah">Null when the database is ready; otherwise what is wrong and what to do, in Bahasa Indonesia.</param>
    public sealed record Hasil(string? Masalah);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(Query query, CancellationToken ct)
        {
            try
            {
                var tertunda = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
                if (tertunda.Count > 0)
                {
                    return new Hasil($"Basis data belum dimigrasi ({tertunda.Count} migrasi tertunda, mulai dari {tertunda[0]}). Jalankan 'sakip db migrate' (dotnet run --project src/Sakip.Cli -- db migrate) dengan konfigurasi yang sama, lalu mulai lagi.");
                }

                // A write that changes nothing, rolled back: proves the file or role accepts writes.
                await using var transaksi = await db.Database.BeginTransactionAsync(ct);
                await db.Database.ExecuteSqlRawAsync("UPDATE \"KunciRantaiAudit\" SET \"Nomor\" = \"Nomor\" WHERE \"Id\" = 1", ct);
                await transaksi.RollbackAsync(ct);
                return new Hasil(null);
            }
            catch (Exception e) when (GalatBasisData.TidakDapatDitulis(e))
            {
                return new Hasil("Basis data hanya dapat dibaca: Sakip perlu menulis jejak audit dan data. Beri hak tulis pada berkas atau peran basis data, lalu mulai lagi.");
            }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
            {
                return new Hasil($"Basis data tidak dapat dihubungi atau dipakai ({e.Message}). Periksa ConnectionStrings:Sakip.");
            }
        }
    }
}
