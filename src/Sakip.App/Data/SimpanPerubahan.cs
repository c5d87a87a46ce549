using Microsoft.EntityFrameworkCore;

namespace Sakip.App.Data;

/// <summary>
/// The one way a command handler saves: its single <c>SaveChangesAsync</c>, with a lost race
/// (a changed <c>Revisi</c>, or a row someone else just created) answered as a conflict.
/// </summary>
public static class SimpanPerubahan
{
    /// <summary>What a user is told when the record changed since the form was opened.</summary>
    public const string PesanKonflik = "Data ini telah diubah oleh pengguna lain sejak Anda membukanya. Isian Anda belum disimpan: muat ulang halaman, periksa perubahan itu, lalu ulangi.";

    /// <summary>Saves, then reads the value (an id that exists only after saving); a lost race becomes <see cref="Gagal.Konflik"/>.</summary>
    public static async Task<Jawaban<T>> SimpanAsync<T>(this SakipDbContext db, Func<T> nilai, CancellationToken ct, string pesanKonflik = PesanKonflik)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Gagal.Konflik(pesanKonflik);
        }
        catch (DbUpdateException e) when (e.MelanggarKeunikan())
        {
            return Gagal.Konflik(pesanKonflik);
        }

        return Jawaban<T>.Dari(nilai());
    }
}
