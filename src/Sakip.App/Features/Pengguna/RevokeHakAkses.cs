using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Pengguna;

/// <summary>Removes a grant that lies wholly within the actor's management reach, never the actor's own; takes effect on the user's next request.</summary>
public static class RevokeHakAkses
{
    public sealed record Command(int HakAksesId);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<bool>> HandleAsync(AksesPengguna pelaku, Command command, CancellationToken ct)
        {
            var hak = await db.Set<HakAkses>().SingleOrDefaultAsync(h => h.Id == command.HakAksesId, ct);
            if (hak is null)
            {
                return Gagal.TidakDitemukan("Hak akses tidak ditemukan.");
            }

            if (hak.PenggunaId == pelaku.PenggunaId)
            {
                return Gagal.Ditolak("Anda tidak dapat mengubah hak akses akun Anda sendiri; mintalah pengelola pengguna lain.");
            }

            if (pelaku.BolehMemberi(hak.PenggunaId, hak.Peran, hak.SatkerId, hak.TermasukTurunan) is not null)
            {
                return Gagal.Ditolak("Anda tidak berhak mencabut hak akses ini.");
            }

            db.Remove(hak);
            await db.SaveChangesAsync(ct);
            return Jawaban<bool>.Dari(true);
        }
    }
}
