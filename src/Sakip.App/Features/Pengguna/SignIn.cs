using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using PenggunaEntity = Sakip.App.Entities.Pengguna;

namespace Sakip.App.Features.Pengguna;

/// <summary>
/// Checks a user name and password. Five failures in a row lock the account for 15 minutes; every
/// attempt, good or bad, is an audit row. The message for a wrong name and a wrong password is the
/// same, and an unknown name costs the same hashing work, so neither tells which accounts exist.
/// </summary>
public static class SignIn
{
    public const int BatasGagal = 5;

    public static readonly TimeSpan LamaKunci = TimeSpan.FromMinutes(15);

    public sealed record Command(string NamaPengguna, string KataSandi);

    /// <param name="PenggunaId">The user.</param>
    /// <param name="NamaPengguna">The user name.</param>
    /// <param name="NamaLengkap">The full name.</param>
    /// <param name="StempelKeamanan">Stored in the session; a change ends the session.</param>
    public sealed record Berhasil(int PenggunaId, string NamaPengguna, string NamaLengkap, string StempelKeamanan);

    public sealed class Handler(SakipDbContext db, TimeProvider clock, IPasswordHasher<PenggunaEntity> hasher)
    {
        private const string PesanSalah = "Nama pengguna atau kata sandi salah.";

        public async Task<Result<Berhasil>> HandleAsync(Command command, CancellationToken ct)
        {
            var nama = (command.NamaPengguna ?? string.Empty).Trim().ToLowerInvariant();
            var pengguna = await db.Set<PenggunaEntity>().SingleOrDefaultAsync(p => p.NamaPengguna == nama, ct);
            var sekarang = clock.GetUtcNow().ToUniversalTime();
            if (pengguna is null || !pengguna.Aktif)
            {
                // Same work as a real check, so the response time does not reveal unknown names.
                hasher.VerifyHashedPassword(new PenggunaEntity { NamaPengguna = nama, NamaLengkap = nama, HashKataSandi = string.Empty }, HashTiruan, command.KataSandi ?? string.Empty);
                db.Catat(AksiAudit.GagalMasuk, nameof(PenggunaEntity), nama, null, new { alasan = pengguna is null ? "nama tidak dikenal" : "akun nonaktif" }, nama, pengguna?.Id);
                await db.SaveChangesAsync(ct);
                return Result<Berhasil>.Fail(PesanSalah);
            }

            if (pengguna.TerkunciSampai is { } kunci && kunci > sekarang)
            {
                db.Catat(AksiAudit.GagalMasuk, nameof(PenggunaEntity), pengguna.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), null, new { alasan = "akun terkunci" }, nama, pengguna.Id);
                await db.SaveChangesAsync(ct);
                var menit = (int)Math.Ceiling((kunci - sekarang).TotalMinutes);
                return Result<Berhasil>.Fail($"Akun terkunci karena {BatasGagal} kali gagal masuk. Coba lagi dalam {menit} menit atau hubungi administrator.");
            }

            var hasil = hasher.VerifyHashedPassword(pengguna, pengguna.HashKataSandi, command.KataSandi ?? string.Empty);
            if (hasil == PasswordVerificationResult.Failed)
            {
                pengguna.GagalMasuk++;
                var terkunci = pengguna.GagalMasuk >= BatasGagal;
                if (terkunci)
                {
                    pengguna.TerkunciSampai = sekarang + LamaKunci;
                    pengguna.GagalMasuk = 0;
                }

                db.TandaiAksi(pengguna, AksiAudit.GagalMasuk, nama, pengguna.Id);
                await db.SaveChangesAsync(ct);
                return Result<Berhasil>.Fail(terkunci
                    ? $"Akun terkunci selama {LamaKunci.TotalMinutes:0} menit karena {BatasGagal} kali gagal masuk."
                    : PesanSalah);
            }

            if (hasil == PasswordVerificationResult.SuccessRehashNeeded)
            {
                pengguna.HashKataSandi = hasher.HashPassword(pengguna, command.KataSandi!);
            }

            pengguna.GagalMasuk = 0;
            pengguna.TerkunciSampai = null;
            db.TandaiAksi(pengguna, AksiAudit.Masuk, nama, pengguna.Id);
            if (db.Entry(pengguna).State == EntityState.Unchanged)
            {
                db.Catat(AksiAudit.Masuk, nameof(PenggunaEntity), pengguna.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), null, null, nama, pengguna.Id);
            }

            await db.SaveChangesAsync(ct);
            return Result<Berhasil>.Ok(new Berhasil(pengguna.Id, pengguna.NamaPengguna, pengguna.NamaLengkap, pengguna.StempelKeamanan));
        }

        private static readonly string HashTiruan = new PasswordHasher<PenggunaEntity>().HashPassword(
            new PenggunaEntity { NamaPengguna = "x", NamaLengkap = "x", HashKataSandi = string.Empty }, "kata-sandi-tiruan-untuk-waktu-yang-sama");
    }
}
