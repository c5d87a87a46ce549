using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Keamanan;


namespace Sakip.App.Features.Perjanjian;

/// <summary>
/// Starts a PK perubahan: a new draft version copied from the latest signed one, with the reason
/// and the date from which it is to apply. The old version is kept unchanged and stays in force
/// until the new one is signed.
/// </summary>
public static class RevisePerjanjianKinerja
{
    public const int PanjangAlasanMinimum = 10;

    public sealed record Command(int Id, string? Alasan, DateOnly? BerlakuMulai);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var asal = await db.PerjanjianKinerjas.AsNoTracking().Include(p => p.Satker)
                .Include(p => p.Sasarans).ThenInclude(s => s.Indikators).ThenInclude(i => i.RencanaAksis)
                .AsSplitQuery()
                .SingleOrDefaultAsync(p => p.Id == c.Id, ct);
            if (asal is null)
            {
                return Gagal.TidakDitemukan("Perjanjian Kinerja tidak ditemukan.");
            }

            if (Izin.Periksa(pelaku, Tindakan.MenyusunRencana, asal.Satker) is { } tolak)
            {
                return tolak;
            }

            var versiTerakhir = await db.PerjanjianKinerjas.AsNoTracking()
                .Where(p => p.SatkerId == asal.SatkerId && p.Tahun == asal.Tahun && p.Kode == asal.Kode)
                .MaxAsync(p => p.Versi, ct);
            if (asal.AlasanTidakDapatDirevisi(versiTerakhir, c.Alasan ?? string.Empty, c.BerlakuMulai, PanjangAlasanMinimum) is { } alasan)
            {
                return Gagal.TidakSah(alasan);
            }

            var baru = asal.BuatPerubahan(c.Alasan!, c.BerlakuMulai!.Value);
            db.PerjanjianKinerjas.Add(baru);
            return await db.SimpanAsync(() => baru.Id, ct);
        }
    }
}
