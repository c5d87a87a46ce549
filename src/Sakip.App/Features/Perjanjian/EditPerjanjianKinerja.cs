using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
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
        public async Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var pk = await db.PerjanjianKinerjas.Include(p => p.Satker).SingleOrDefaultAsync(p => p.Id == c.Id, ct);
            if (DrafPerjanjian.Periksa(pelaku, pk, c.Revisi) is { } tolak)
            {
                return tolak;
            }

            var judul = c.Judul?.Trim() ?? string.Empty;
            if (judul.Length is 0 or > PanjangJudulMaksimum)
            {
                return Gagal.TidakSah($"Judul wajib diisi, paling panjang {PanjangJudulMaksimum} karakter.");
            }

            var pegawai = await db.Pegawais.AsNoTracking().Where(p => p.SatkerId == pk!.SatkerId).Select(p => p.Id).ToListAsync(ct);
            if (c.PihakPertamaId is not { } pertama || !pegawai.Contains(pertama))
            {
                return Gagal.TidakSah($"Pilih pihak pertama dari pegawai {pk!.Satker.Nama}.");
            }

            if (c.PihakKeduaId is { } kedua && (!pegawai.Contains(kedua) || kedua == pertama))
            {
                return Gagal.TidakSah($"Pihak kedua harus pegawai {pk!.Satker.Nama} yang lain dari pihak pertama.");
            }

            if (pk!.Kode == CreatePerjanjianKinerja.KodeKetua && c.PihakKeduaId is not null)
            {
                return Gagal.TidakSah("Perjanjian Kinerja Ketua tidak memiliki pihak kedua.");
            }

            if (pk.Kode == CreatePerjanjianKinerja.KodeSekretaris && c.PihakKeduaId is null)
            {
                return Gagal.TidakSah("Perjanjian Kinerja Sekretaris memerlukan Ketua sebagai pihak kedua.");
            }

            pk.Judul = judul;
            pk.PihakPertamaId = c.PihakPertamaId;
            pk.PihakKeduaId = c.PihakKeduaId;
            pk.Tempat = string.IsNullOrWhiteSpace(c.Tempat) ? null : c.Tempat.Trim();
            return await DrafPerjanjian.SimpanAsync(db, pk, ct);
        }
    }
}
