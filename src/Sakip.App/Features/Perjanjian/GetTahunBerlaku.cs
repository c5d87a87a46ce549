using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;
using Sakip.App.Singgahan;

namespace Sakip.App.Features.Perjanjian;

/// <summary>
/// The year in force of a satker, where its pages open when the address names no year: the
/// latest year with a signed PK; else the latest year with a draft; else, for a satker above
/// others (a province, KPU RI, before its own PK is entered), the latest year in which a satker
/// below it that the user reads has a signed PK; else the current year in WIB. A draft of a later
/// year is reached deliberately, never by default.
/// </summary>
public static class GetTahunBerlaku
{
    public sealed record Query(string KodeSatker);

    /// <param name="Tahun">The year in force.</param>
    /// <param name="Ditandatangani">Whether that year has a signed PK.</param>
    public sealed record Hasil(int Tahun, bool Ditandatangani);

    public sealed class Handler(SakipDbContext db, TimeProvider clock, SinggahanSakip singgahan)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            var bacaan = await Izin.SatkerAsync(db, pelaku, q.KodeSatker, Tindakan.Membaca, ct);
            if (bacaan.Nilai is not { } satker)
            {
                return bacaan.Kegagalan!;
            }

            var tahun = await db.PerjanjianKinerjas.AsNoTracking().Where(p => p.SatkerId == satker.Id)
                .Select(p => new { p.Tahun, p.Status }).Distinct().ToListAsync(ct);
            var ditandatangani = tahun.Where(t => t.Status == StatusPerjanjianKinerja.Ditandatangani).Select(t => (int?)t.Tahun).Max();
            if (ditandatangani is { } t)
            {
                return new Hasil(t, true);
            }

            if (tahun.Select(x => (int?)x.Tahun).Max() is { } draf)
            {
                return new Hasil(draf, false);
            }

            var (_, pohon) = await singgahan.PohonAsync(db, ct);
            var bawah = AksesPengguna.Turunan(satker.Id, pohon.Anak).Skip(1).Where(id => pelaku.Boleh(Tindakan.Membaca, id)).ToList();
            var tahunBawah = bawah.Count == 0 ? null : await db.PerjanjianKinerjas.AsNoTracking()
                .Where(p => bawah.Contains(p.SatkerId) && p.Status == StatusPerjanjianKinerja.Ditandatangani)
                .MaxAsync(p => (int?)p.Tahun, ct);
            return new Hasil(tahunBawah ?? WaktuIndonesia.Sekarang(clock).Year, false);
        }
    }
}
