using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Perjanjian;

/// <summary>
/// Edits the heading of a draft PK version: title, parties (from the satker's people) and place.
/// A Ketua PK has no second party; a Sekretaris PK has the Ketua as second party.
/// </summary>
public static class EditPerjanjianKinerja
{
    /// <summary>The heading as the form sends it; <c>Revisi</c> is the one the form was opened on.</summary>
    public sealed record Command(int Id, int Revisi, string? Judul, int? PihakPertamaId, int? PihakKeduaId, string? Tempat);

    public const int PanjangJudulMaksimum = 300;

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Result<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var pk = await db.PerjanjianKinerjas.Include(p => p.Satker).SingleOrDefaultAsync(p => p.Id == c.Id, ct);
            var boleh = DrafPerjanjian.Periksa(pelaku, pk, c.Revisi);
            if (!boleh.IsSuccess)
            {
                return boleh;
            }

            var judul = c.Judul?.Trim() ?? string.Empty;
            if (judul.Length is 0 or > PanjangJudulMaksimum)
            {
                return Result<int>.Fail($"Judul wajib diisi, paling panjang {PanjangJudulMaksimum} karakter.");
            }

            var pegawai = await db.Pegawais.AsNoTracking().Where(p => p.SatkerId == pk!.SatkerId).Select(p => p.Id).ToListAsync(ct);
            if (c.PihakPertamaId is not { } pertama || !pegawai.Contains(pertama))
            {
                return Result<int>.Fail($"Pilih pihak pertama dari pegawai {pk!.Satker.Nama}.");
            }

            if (c.PihakKeduaId is { } kedua && (!pegawai.Contains(kedua) || kedua == pertama))
            {
                return Result<int>.Fail($"Pihak kedua harus pegawai {pk!.Satker.Nama} yang lain dari pihak pertama.");
            }

            if (pk!.Kode == CreatePerjanjianKinerja.KodeKetua && c.PihakKeduaId is not null)
            {
                return Result<int>.Fail("Perjanjian Kinerja Ketua tidak memiliki pihak kedua.");
            }

            if (pk.Kode == CreatePerjanjianKinerja.KodeSekretaris && c.PihakKeduaId is null)
            {
                return Result<int>.Fail("Perjanjian Kinerja Sekretaris memerlukan Ketua sebagai pihak kedua.");
            }

            pk.Judul = judul;
            pk.PihakPertamaId = c.PihakPertamaId;
            pk.PihakKeduaId = c.PihakKeduaId;
            pk.Tempat = string.IsNullOrWhiteSpace(c.Tempat) ? null : c.Tempat.Trim();
            return await DrafPerjanjian.SimpanAsync(db, pk, ct);
        }
    }
}

/// <summary>The checks and the save every edit of a draft PK version shares.</summary>
internal static class DrafPerjanjian
{
    public const string Konflik = "Perjanjian Kinerja ini telah diubah oleh pengguna lain sejak Anda membukanya. Isian Anda belum disimpan: muat ulang halaman, periksa perubahan itu, lalu ulangi.";

    /// <summary>The PK exists, the user may edit it, it is a draft, and the form was opened on its current revision.</summary>
    public static Result<int> Periksa(AksesPengguna pelaku, PerjanjianKinerja? pk, int? revisi, bool bolehDitandatangani = false)
    {
        if (pk is null)
        {
            return Result<int>.TidakDitemukan("Perjanjian Kinerja tidak ditemukan.");
        }

        if (!pelaku.Punya(pk.SatkerId, Peran.Operator, Peran.Administrator, Peran.Pimpinan))
        {
            return Result<int>.Ditolak($"Anda tidak berhak mengubah Perjanjian Kinerja {pk.Satker.Nama}.");
        }

        if (!bolehDitandatangani && pk.Status != StatusPerjanjianKinerja.Draf)
        {
            return Result<int>.Fail("Perjanjian Kinerja yang sudah ditandatangani terkunci; buat perubahan (versi baru).");
        }

        return revisi is { } r && r != pk.Revisi ? Result<int>.Konflik(Konflik) : Result<int>.Ok(pk.Id);
    }

    /// <summary>Raises the revision and saves; a concurrent save in between is a conflict.</summary>
    public static async Task<Result<int>> SimpanAsync(SakipDbContext db, PerjanjianKinerja pk, CancellationToken ct)
    {
        pk.Revisi++;
        try
        {
            await db.SaveChangesAsync(ct);
            return Result<int>.Ok(pk.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<int>.Konflik(Konflik);
        }
    }
}
