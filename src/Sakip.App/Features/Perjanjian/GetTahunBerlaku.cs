using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Perjanjian;

/// <summary>
/// The year in force of a satker, where its pages open when the address names no year: the
/// latest year with a signed PK; else the latest year with a draft; else the current year in WIB.
/// A draft of a later year is reached deliberately, never by default.
/// </summary>
public static class GetTahunBerlaku
{
    public sealed record Query(string KodeSatker);

    /// <param name="Tahun">The year in force.</param>
    /// <param name="Ditandatangani">Whether that year has a signed PK.</param>
    public sealed record Hasil(int Tahun, bool Ditandatangani);

    public sealed class Handler(SakipDbContext db, TimeProvider clock)
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
            return ditandatangani is { } t ? new Hasil(t, true)
                : new Hasil(tahun.Select(x => (int?)x.Tahun).Max() ?? WaktuIndonesia.Sekarang(clock).Year, false);
        }
    }
}
