using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Pengguna;

/// <summary>Removes a grant the actor manages; takes effect on the user's next request.</summary>
public static class RevokeHakAkses
{
    public sealed record Command(int HakAksesId);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Result<bool>> HandleAsync(AksesPengguna pelaku, Command command, CancellationToken ct)
        {
            var hak = await db.Set<HakAkses>().SingleOrDefaultAsync(h => h.Id == command.HakAksesId, ct);
            if (hak is null)
            {
                return Result<bool>.TidakDitemukan("Hak akses tidak ditemukan.");
            }

            if (!pelaku.BolehKelolaPengguna(hak.SatkerId) || (hak.Peran == Peran.Administrator && !pelaku.Punya(hak.SatkerId, Peran.Administrator)))
            {
                return Result<bool>.Ditolak("Anda tidak berhak mencabut hak akses ini.");
            }

            if (hak.PenggunaId == pelaku.PenggunaId && hak.Peran == Peran.Administrator)
            {
                return Result<bool>.Fail("Anda tidak dapat mencabut peran Administrator Anda sendiri.");
            }

            db.Remove(hak);
            await db.SaveChangesAsync(ct);
            return Result<bool>.Ok(true);
        }
    }
}
