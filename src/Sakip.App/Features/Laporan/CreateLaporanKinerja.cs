using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Laporan;

/// <summary>
/// Starts a version of a satker's Laporan Kinerja (LKjIP) for a year: version 1, or the next
/// after a published one, carrying over the narrative written so far. Only one version of a
/// satker-year is open at a time; a year without a PK has nothing to report on.
/// </summary>
public static class CreateLaporanKinerja
{
    public sealed record Command(string KodeSatker, int Tahun);

    public sealed class Handler(SakipDbContext db, TimeProvider clock)
    {
        public async Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var boleh = await Izin.SatkerAsync(db, pelaku, c.KodeSatker, Tindakan.MenyusunLaporan, ct);
            if (boleh.Nilai is not { } satker)
            {
                return boleh.Kegagalan!;
            }

            if (Domain.Periode.Periode.PeriksaTahun(c.Tahun) is { } salahTahun)
            {
                return Gagal.TidakSah(salahTahun, nameof(Command.Tahun));
            }

            if (!await db.PerjanjianKinerjas.AnyAsync(p => p.SatkerId == satker.Id && p.Tahun == c.Tahun, ct))
            {
                return Gagal.TidakSah($"Belum ada Perjanjian Kinerja {satker.Nama} tahun {c.Tahun}; Laporan Kinerja melaporkan capaiannya, jadi susun Perjanjian Kinerja lebih dahulu.");
            }

            var terakhir = await db.LaporanKinerjas.Include(l => l.Naratifs)
                .Where(l => l.SatkerId == satker.Id && l.Tahun == c.Tahun)
                .OrderByDescending(l => l.Versi).FirstOrDefaultAsync(ct);
            if (terakhir is { Status: not StatusLaporanKinerja.Diterbitkan })
            {
                return Gagal.TidakSah($"Laporan Kinerja {c.Tahun} versi {terakhir.Versi} masih {LaporanKinerja.StatusTeks(terakhir.Status)}; versi baru dapat dibuat setelah versi itu diterbitkan.");
            }

            var baru = new LaporanKinerja
            {
                SatkerId = satker.Id,
                Tahun = c.Tahun,
                Versi = (terakhir?.Versi ?? 0) + 1,
                Status = StatusLaporanKinerja.Draf,
                DibuatPada = clock.GetUtcNow(),
            };
            baru.Naratifs.AddRange(terakhir?.Naratifs.Select(n => new NaratifLaporan { Bagian = n.Bagian, Teks = n.Teks }) ?? []);
            db.LaporanKinerjas.Add(baru);
            return await db.SimpanAsync(() => baru.Id, ct, LaporanTersimpan.Konflik);
        }
    }
}
