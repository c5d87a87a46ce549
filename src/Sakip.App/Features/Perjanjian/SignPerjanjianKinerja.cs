using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Perjanjian;

/// <summary>
/// The pimpinan signs a draft PK version: it becomes binding and locked, and from its
/// <c>BerlakuMulai</c> it is the version measurement follows.
/// </summary>
public static class SignPerjanjianKinerja
{
    public sealed record Command(int Id);

    public sealed class Handler(SakipDbContext db, TimeProvider clock)
    {
        /// <summary>Dates are signed in Western Indonesian Time (UTC+7), where Lampung is.</summary>
        private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

        public async Task<Result<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var pk = await db.PerjanjianKinerjas.Include(p => p.Satker).Include(p => p.Sasarans).ThenInclude(s => s.Indikators)
                .SingleOrDefaultAsync(p => p.Id == c.Id, ct);
            if (pk is null)
            {
                return Result<int>.TidakDitemukan("Perjanjian Kinerja tidak ditemukan.");
            }

            if (!pelaku.Punya(pk.SatkerId, Peran.Pimpinan))
            {
                return Result<int>.Ditolak($"Hanya pimpinan {pk.Satker.Nama} yang dapat menandatangani Perjanjian Kinerjanya.");
            }

            if (pk.Status != StatusPerjanjianKinerja.Draf)
            {
                return Result<int>.Fail("Perjanjian Kinerja ini sudah ditandatangani dan terkunci.");
            }

            if (pk.Sasarans.Sum(s => s.Indikators.Count) == 0)
            {
                return Result<int>.Fail("Perjanjian Kinerja tanpa indikator tidak dapat ditandatangani.");
            }

            var kosong = pk.Sasarans.SelectMany(s => s.Indikators).Where(i => i.KeTarget() is null).Select(i => i.Kode).ToList();
            if (kosong.Count > 0)
            {
                return Result<int>.Fail($"Target indikator {string.Join(", ", kosong)} belum ditetapkan.");
            }

            pk.Status = StatusPerjanjianKinerja.Ditandatangani;
            pk.Tanggal = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Wib).DateTime);
            db.TandaiAksi(pk, AksiAudit.Tandatangani);
            await db.SaveChangesAsync(ct);
            return Result<int>.Ok(pk.Id);
        }
    }
}
