using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using PenggunaEntity = Sakip.App.Entities.Pengguna;

namespace Sakip.App.Features.Pengguna;

/// <summary>
/// Checks a user name and password and opens a server-side session. Every attempt, good or bad, is
/// an audit row. An unknown name, an inactive account and a wrong password get the same message and
/// cost the same hashing work, so no answer tells which accounts exist; and no number of failures
/// locks an account (which would let anyone lock the administrator out): repeated attempts are
/// slowed by the web's rate limits per address and per name and address instead (ADR 0007).
/// </summary>
public static class SignIn
{
    /// <summary>The longest user name; a longer one is never looked up and is recorded cut.</summary>
    public const int PanjangNamaMaksimum = 60;

    /// <summary>The longest password read; a longer one is refused without hashing it.</summary>
    public const int PanjangSandiMaksimum = 256;

    public const string PesanSalah = "Nama pengguna atau kata sandi salah.";

    public sealed record Command(string NamaPengguna, string KataSandi);

    /// <param name="PenggunaId">The user.</param>
    /// <param name="NamaPengguna">The user name.</param>
    /// <param name="NamaLengkap">The full name.</param>
    /// <param name="StempelKeamanan">Stored in the session; a change ends the session.</param>
    /// <param name="TokenSesi">The random token of the new server-side session, for the cookie; the database keeps only its hash.</param>
    public sealed record Berhasil(int PenggunaId, string NamaPengguna, string NamaLengkap, string StempelKeamanan, string TokenSesi);

    /// <summary>The stored id of a session token: its SHA-256 in hex.</summary>
    public static string IdSesi(string token) => Keamanan.Sidik.Sha256(token);

    public sealed class Handler(SakipDbContext db, TimeProvider clock, IPasswordHasher<PenggunaEntity> hasher)
    {
        public async Task<Jawaban<Berhasil>> HandleAsync(Command command, CancellationToken ct)
        {
            var nama = (command.NamaPengguna ?? string.Empty).Trim().ToLowerInvariant();
            var sandi = command.KataSandi ?? string.Empty;
            var sekarang = clock.GetUtcNow().ToUniversalTime();
            var pengguna = nama.Length <= PanjangNamaMaksimum && sandi.Length <= PanjangSandiMaksimum
                ? await db.Set<PenggunaEntity>().SingleOrDefaultAsync(p => p.NamaPengguna == nama, ct)
                : null;
            var hasil = pengguna is { Aktif: true }
                ? hasher.VerifyHashedPassword(pengguna, pengguna.HashKataSandi, sandi)
                : Tiruan(nama, sandi);
            if (pengguna is not { Aktif: true } || hasil == PasswordVerificationResult.Failed)
            {
                var alasan = pengguna is null ? "nama tidak dikenal" : !pengguna.Aktif ? "akun nonaktif" : "kata sandi salah";
                var tercatat = nama.Length <= PanjangNamaMaksimum ? nama : nama[..PanjangNamaMaksimum] + "…";
                db.Catat(AksiAudit.GagalMasuk, nameof(PenggunaEntity), pengguna?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? tercatat, null, new { alasan, panjangNama = nama.Length }, tercatat, pengguna?.Id);
                await db.SaveChangesAsync(ct);
                return Gagal.TidakSah(PesanSalah);
            }

            if (hasil == PasswordVerificationResult.SuccessRehashNeeded)
            {
                pengguna.HashKataSandi = hasher.HashPassword(pengguna, sandi);
            }

            // Sessions past their longest life, and all but the newest few, are no use to anyone.
            var kedaluwarsa = sekarang - UmurSesiMaksimum;
            var sesis = await db.SesiPenggunas.Where(s => s.PenggunaId == pengguna.Id).ToListAsync(ct);
            db.SesiPenggunas.RemoveRange(sesis.OrderByDescending(s => s.DibuatPada).Where((s, i) => i >= SesiMaksimum - 1 || s.DibuatPada < kedaluwarsa));

            var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
            var idSesi = IdSesi(token);
            db.SesiPenggunas.Add(new SesiPengguna { Id = idSesi, PenggunaId = pengguna.Id, DibuatPada = sekarang });
            db.Catat(AksiAudit.Masuk, nameof(PenggunaEntity), pengguna.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), null, new { sesi = idSesi[..12] }, nama, pengguna.Id);
            await db.SaveChangesAsync(ct);
            return Jawaban<Berhasil>.Dari(new Berhasil(pengguna.Id, pengguna.NamaPengguna, pengguna.NamaLengkap, pengguna.StempelKeamanan, token));
        }

        /// <summary>The same hashing work as a real check, so the answer's timing tells nothing.</summary>
        private PasswordVerificationResult Tiruan(string nama, string sandi)
        {
            hasher.VerifyHashedPassword(new PenggunaEntity { NamaPengguna = nama, NamaLengkap = nama, HashKataSandi = string.Empty }, HashTiruan, sandi.Length <= PanjangSandiMaksimum ? sandi : string.Empty);
            return PasswordVerificationResult.Failed;
        }

        private static readonly string HashTiruan = new PasswordHasher<PenggunaEntity>().HashPassword(
            new PenggunaEntity { NamaPengguna = "x", NamaLengkap = "x", HashKataSandi = string.Empty }, "kata-sandi-tiruan-untuk-waktu-yang-sama");
    }

    /// <summary>A session lasts at most this long, however active it stays.</summary>
    public static readonly TimeSpan UmurSesiMaksimum = TimeSpan.FromHours(8);

    /// <summary>The most sessions one account keeps open; signing in again ends the oldest.</summary>
    public const int SesiMaksimum = 10;
}
