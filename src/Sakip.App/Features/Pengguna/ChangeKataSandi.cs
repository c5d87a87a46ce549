using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Pengguna;

/// <summary>
/// A signed-in user changes their own password (after an administrator set a temporary one, or at
/// will): the current password is asked again, the new one must follow the password rules, and
/// every other open session of the account ends (new security stamp).
/// </summary>
public static class ChangeKataSandi
{
    /// <param name="KataSandiLama">The current password, asked again.</param>
    /// <param name="KataSandiBaru">The new password.</param>
    /// <param name="Ulangi">The new password typed again.</param>
    /// <param name="TokenSesi">The token of the session the change is made in: it stays open, every other session ends.</param>
    public sealed record Command(string? KataSandiLama, string? KataSandiBaru, string? Ulangi, string TokenSesi);

    public sealed class Handler(SakipDbContext db, IPasswordHasher<Entities.Pengguna> hasher)
    {
        /// <returns>The session to issue again (with the new stamp), or what is wrong.</returns>
        public async Task<Jawaban<SignIn.Berhasil>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var pengguna = await db.Set<Entities.Pengguna>().SingleAsync(p => p.Id == pelaku.PenggunaId, ct);
            if (string.IsNullOrEmpty(c.KataSandiLama) || hasher.VerifyHashedPassword(pengguna, pengguna.HashKataSandi, c.KataSandiLama) == PasswordVerificationResult.Failed)
            {
                return Gagal.TidakSah("Kata sandi saat ini tidak cocok.", nameof(Command.KataSandiLama));
            }

            var salah = AturanKataSandi.Periksa(c.KataSandiBaru, pengguna.NamaPengguna).Select(p => new Kesalahan(nameof(Command.KataSandiBaru), p)).ToList();
            if (c.KataSandiBaru != c.Ulangi)
            {
                salah.Add(new(nameof(Command.Ulangi), "Ulangan kata sandi baru tidak sama."));
            }

            if (c.KataSandiBaru == c.KataSandiLama)
            {
                salah.Add(new(nameof(Command.KataSandiBaru), "Kata sandi baru harus berbeda dari yang lama."));
            }

            if (salah.Count > 0)
            {
                return Gagal.TidakSah(salah);
            }

            pengguna.HashKataSandi = hasher.HashPassword(pengguna, c.KataSandiBaru!);
            pengguna.StempelKeamanan = Guid.NewGuid().ToString("N");
            return await db.SimpanAsync(() => new SignIn.Berhasil(pengguna.Id, pengguna.NamaPengguna, pengguna.NamaLengkap, pengguna.StempelKeamanan, c.TokenSesi), ct);
        }
    }
}
