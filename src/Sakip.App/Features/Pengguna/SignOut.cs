using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;

namespace Sakip.App.Features.Pengguna;

/// <summary>
/// Ends a server-side session: the cookie that named it no longer signs anyone in, even if it is
/// kept and replayed. Recorded in the audit trail.
/// </summary>
public static class SignOut
{
    public sealed record Command(int PenggunaId, string TokenSesi);

    public sealed class Handler(SakipDbContext db, TimeProvider clock)
    {
        public async Task<Jawaban<bool>> HandleAsync(Command c, CancellationToken ct)
        {
            var id = SignIn.IdSesi(c.TokenSesi);
            var sesi = await db.SesiPenggunas.SingleOrDefaultAsync(s => s.Id == id && s.PenggunaId == c.PenggunaId, ct);
            if (sesi is null)
            {
                return Gagal.TidakDitemukan("Sesi tidak ditemukan.");
            }

            sesi.BerakhirPada ??= clock.GetUtcNow().ToUniversalTime();
            db.Catat(AksiAudit.Keluar, nameof(Entities.Pengguna), c.PenggunaId.ToString(System.Globalization.CultureInfo.InvariantCulture), null, new { sesi = id[..12] });
            await db.SaveChangesAsync(ct);
            return Jawaban<bool>.Dari(true);
        }
    }
}
