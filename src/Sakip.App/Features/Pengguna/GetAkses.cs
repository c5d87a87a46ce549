using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Keamanan;
using PenggunaEntity = Sakip.App.Entities.Pengguna;

namespace Sakip.App.Features.Pengguna;

/// <summary>
/// The access of a signed-in user for one request; null when the session was ended (signed out),
/// the account is gone or inactive, or its security stamp changed since sign-in (password or grants
/// changed: the session ends).
/// </summary>
public static class GetAkses
{
    public sealed record Query(int PenggunaId, string StempelKeamanan, string TokenSesi);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<AksesPengguna>> HandleAsync(Query query, CancellationToken ct)
        {
            // One query on every request: the account with its grants, only while this session is open.
            var idSesi = SignIn.IdSesi(query.TokenSesi);
            var pengguna = await db.Set<PenggunaEntity>().AsNoTracking().Include(p => p.HakAkses)
                .Where(p => db.SesiPenggunas.Any(s => s.Id == idSesi && s.PenggunaId == p.Id && s.BerakhirPada == null))
                .SingleOrDefaultAsync(p => p.Id == query.PenggunaId, ct);
            if (pengguna is null || !pengguna.Aktif || pengguna.StempelKeamanan != query.StempelKeamanan)
            {
                return Gagal.Ditolak("Sesi sudah berakhir; silakan masuk lagi.");
            }

            var pohon = await db.Satkers.AsNoTracking().Select(s => new { s.Id, s.IndukId, s.Kode }).ToListAsync(ct);
            return AksesPengguna.Hitung(pengguna, [.. pohon.Select(s => (s.Id, s.IndukId))], pohon.ToDictionary(s => s.Id, s => s.Kode));
        }
    }
}
