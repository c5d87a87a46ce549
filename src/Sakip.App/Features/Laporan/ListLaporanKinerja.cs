using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Laporan;

/// <summary>The versions of a satker's Laporan Kinerja for a year, newest first, and whether the user may start one.</summary>
public static class ListLaporanKinerja
{
    public sealed record Query(string KodeSatker, int Tahun);

    /// <param name="KodeSatker">The satker's code.</param>
    /// <param name="NamaSatker">Its name.</param>
    /// <param name="Tahun">The year.</param>
    /// <param name="Versis">The versions, newest first.</param>
    /// <param name="BolehBuat">The user may start a version now (writes the satker's report, the year has a PK, no version is open).</param>
    /// <param name="AdaPerjanjian">The year has a PK to report on.</param>
    public sealed record Hasil(string KodeSatker, string NamaSatker, int Tahun, IReadOnlyList<Versi> Versis, bool BolehBuat, bool AdaPerjanjian);

    public sealed record Versi(int Id, int Nomor, StatusLaporanKinerja Status, DateTimeOffset DibuatPada, DateTimeOffset? DiterbitkanPada, string? SidikIsi);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            var bacaan = await Izin.SatkerAsync(db, pelaku, q.KodeSatker, Tindakan.Membaca, ct);
            if (bacaan.Nilai is not { } satker)
            {
                return bacaan.Kegagalan!;
            }

            var versis = await db.LaporanKinerjas.AsNoTracking()
                .Where(l => l.SatkerId == satker.Id && l.Tahun == q.Tahun)
                .OrderByDescending(l => l.Versi)
                .Select(l => new Versi(l.Id, l.Versi, l.Status, l.DibuatPada, l.DiterbitkanPada, l.SidikIsi))
                .ToListAsync(ct);
            var adaPk = await db.PerjanjianKinerjas.AnyAsync(p => p.SatkerId == satker.Id && p.Tahun == q.Tahun, ct);
            var boleh = adaPk && pelaku.Boleh(Tindakan.MenyusunLaporan, satker.Id) && versis.All(v => v.Status == StatusLaporanKinerja.Diterbitkan);
            return new Hasil(satker.Kode, satker.Nama, q.Tahun, versis, boleh, adaPk);
        }
    }
}
