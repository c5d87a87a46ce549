using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;
using Sakip.App.Singgahan;
using PenggunaEntity = Sakip.App.Entities.Pengguna;

namespace Sakip.App.Features.Pengguna;

/// <summary>
/// The access of a signed-in user for one request; null when the session was ended (signed out),
/// the account is gone or inactive, or its security stamp changed since sign-in (password or grants
/// changed: the session ends). The expanded access is kept in <see cref="SinggahanSakip"/> while
/// the account (its names and grants: <see cref="VersiData.KunciPengguna"/>) and the satker tree
/// stay the same.
/// </summary>
public static class GetAkses
{
    public sealed record Query(int PenggunaId, string StempelKeamanan, string TokenSesi);

    public sealed class Handler(SakipDbContext db, SinggahanSakip singgahan)
    {
        public async Task<Jawaban<AksesPengguna>> HandleAsync(Query query, CancellationToken ct)
        {
            // One query on every request: the account, only while this session is open.
            var idSesi = SignIn.IdSesi(query.TokenSesi);
            var akun = await db.Set<PenggunaEntity>().AsNoTracking()
                .Where(p => db.SesiPenggunas.Any(s => s.Id == idSesi && s.PenggunaId == p.Id && s.BerakhirPada == null))
                .Where(p => p.Id == query.PenggunaId)
                .Select(p => new { p.Aktif, p.StempelKeamanan, p.NamaPengguna, p.NamaLengkap })
                .SingleOrDefaultAsync(ct);
            if (akun is null || !akun.Aktif || akun.StempelKeamanan != query.StempelKeamanan)
            {
                return Gagal.Ditolak("Sesi sudah berakhir; silakan masuk lagi.");
            }

            var kunci = VersiData.KunciPengguna(query.PenggunaId);
            var versi = await SinggahanSakip.VersiAsync(db, [VersiData.KunciPohon, kunci], ct);
            var (versiPohon, pohon) = await singgahan.PohonAsync(db, versi[VersiData.KunciPohon], ct);
            var sidik = $"{akun.StempelKeamanan}\n{versi[kunci]}";
            if (singgahan.Akses(query.PenggunaId, sidik, versiPohon) is { } tersimpan)
            {
                return tersimpan;
            }

            var pengguna = await db.Set<PenggunaEntity>().AsNoTracking().Include(p => p.HakAkses).SingleAsync(p => p.Id == query.PenggunaId, ct);
            var akses = AksesPengguna.Hitung(pengguna, pohon.Pasangan, pohon.KodePerId);
            singgahan.SimpanAkses(query.PenggunaId, sidik, versiPohon, akses);
            return akses;
        }
    }
}
