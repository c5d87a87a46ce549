using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Pengguna;

/// <summary>
/// An administrator, or a satker's own pimpinan, deactivates or reactivates an account, or sets a
/// new password for someone who forgot theirs. Only accounts whose every grant lies in satker the
/// actor manages (an administrator's account only by an administrator); never one's own account. Either change ends the account's open sessions (new
/// security stamp); reactivating and a new password also lift a sign-in lockout.
/// </summary>
public static class ChangePengguna
{
    /// <param name="PenggunaId">The account.</param>
    /// <param name="Aktif">The new state, or null to leave it.</param>
    /// <param name="KataSandiBaru">The new password, or null to leave it.</param>
    public sealed record Command(int PenggunaId, bool? Aktif, string? KataSandiBaru);

    public sealed class Handler(SakipDbContext db, IPasswordHasher<Entities.Pengguna> hasher)
    {
        public async Task<Jawaban<string>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var pengguna = await db.Set<Entities.Pengguna>().Include(p => p.HakAkses).SingleOrDefaultAsync(p => p.Id == c.PenggunaId, ct);
            if (pengguna is null)
            {
                return Gagal.TidakDitemukan("Pengguna tidak ditemukan.");
            }

            var boleh = pengguna.HakAkses.Count > 0
                ? pengguna.HakAkses.All(h => pelaku.BolehMemberi(pengguna.Id, h.Peran, h.SatkerId, h.TermasukTurunan) is null)
                : pelaku.AdministratorAkunDiManaPun;
            if (!boleh || pengguna.Id == pelaku.PenggunaId)
            {
                return Gagal.Ditolak(pengguna.Id == pelaku.PenggunaId
                    ? "Akun sendiri tidak dapat dinonaktifkan atau diatur ulang di sini."
                    : $"Anda tidak mengelola semua satker tempat {pengguna.NamaPengguna} memiliki hak akses.");
            }

            if (c.Aktif is null && c.KataSandiBaru is null)
            {
                return Gagal.TidakSah("Tidak ada yang diubah.");
            }

            if (c.KataSandiBaru is { } sandi)
            {
                var salah = AturanKataSandi.Periksa(sandi, pengguna.NamaPengguna);
                if (salah.Count > 0)
                {
                    return Gagal.TidakSah($"Kata sandi baru: {string.Join(" ", salah)}");
                }

                pengguna.HashKataSandi = hasher.HashPassword(pengguna, sandi);
            }

            if (c.Aktif is { } aktif)
            {
                pengguna.Aktif = aktif;
            }

            pengguna.StempelKeamanan = Guid.NewGuid().ToString("N");
            await db.SaveChangesAsync(ct);
            return Jawaban<string>.Dari(c.KataSandiBaru is not null
                ? $"Kata sandi {pengguna.NamaPengguna} diganti; sesi yang terbuka diakhiri."
                : pengguna.Aktif ? $"Akun {pengguna.NamaPengguna} diaktifkan kembali." : $"Akun {pengguna.NamaPengguna} dinonaktifkan; sesi yang terbuka diakhiri.");
        }
    }
}
