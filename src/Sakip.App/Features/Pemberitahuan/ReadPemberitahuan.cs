using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Pemberitahuan;

/// <summary>
/// The user marks one of their notifications read (opening it), or all of them. Another user's
/// notification is not found, whoever asks.
/// </summary>
public static class ReadPemberitahuan
{
    /// <param name="Id">The notification; null for all the user's unread ones.</param>
    public sealed record Command(int? Id);

    /// <param name="Tautan">Where the notification leads (null when all were marked).</param>
    /// <param name="Jumlah">How many were marked read now.</param>
    public sealed record Hasil(string? Tautan, int Jumlah);

    public sealed class Handler(SakipDbContext db, TimeProvider clock)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var sekarang = clock.GetUtcNow();
            if (c.Id is not { } id)
            {
                var semua = await db.Pemberitahuans.Where(n => n.PenggunaId == pelaku.PenggunaId && n.DibacaPada == null).ToListAsync(ct);
                semua.ForEach(n => n.DibacaPada = sekarang);
                await db.SaveChangesAsync(ct);
                return new Hasil(null, semua.Count);
            }

            var satu = await db.Pemberitahuans.SingleOrDefaultAsync(n => n.Id == id && n.PenggunaId == pelaku.PenggunaId, ct);
            if (satu is null)
            {
                return Gagal.TidakDitemukan("Pemberitahuan tidak ditemukan.");
            }

            var baru = satu.DibacaPada is null;
            satu.DibacaPada ??= sekarang;
            await db.SaveChangesAsync(ct);
            return new Hasil(satu.Tautan, baru ? 1 : 0);
        }
    }
}
