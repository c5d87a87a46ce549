using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Features.Capaian;
using Sakip.App.Features.Realisasi;
using Sakip.App.Keamanan;
using Sakip.Domain.Bilangan;

namespace Sakip.App.Features.Pemberitahuan;

/// <summary>
/// The daily round of the deadline watch (a system job, no user): for every satker whose signed
/// PK has realisasi past their deadline (<see cref="TenggatRealisasi"/>), tells the users who fill
/// them, once per satker and deadline. Periods of this year and the last are looked at (December's
/// realisasi fall due in January).
/// </summary>
public static class NotifyTerlambat
{
    /// <param name="HariIni">The day to judge by; null for today in WIB.</param>
    public sealed record Command(DateOnly? HariIni = null);

    /// <param name="Satker">Satker with something overdue.</param>
    /// <param name="Pemberitahuan">Notifications added (readers told for the first time).</param>
    public sealed record Hasil(int Satker, int Pemberitahuan);

    /// <summary>Satker measured per round trip, so a national run keeps a small working set.</summary>
    private const int Kelompok = 50;

    public sealed class Handler(SakipDbContext db, Pemberitahu pemberitahu, TimeProvider clock)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(Command c, CancellationToken ct)
        {
            var hariIni = c.HariIni ?? WaktuIndonesia.HariIni(clock);
            int jumlahSatker = 0, jumlahPemberitahuan = 0;
            foreach (var tahun in new[] { hariIni.Year - 1, hariIni.Year })
            {
                var semuaId = await db.PerjanjianKinerjas.AsNoTracking()
                    .Where(p => p.Tahun == tahun && p.Status == StatusPerjanjianKinerja.Ditandatangani)
                    .Select(p => p.SatkerId).Distinct().OrderBy(id => id).ToListAsync(ct);
                foreach (var ids in semuaId.Chunk(Kelompok))
                {
                    var (satker, jumlah) = await KelompokAsync(ids, tahun, hariIni, ct);
                    jumlahSatker += satker;
                    jumlahPemberitahuan += jumlah;
                    await db.SaveChangesAsync(ct);
                    db.ChangeTracker.Clear();
                }
            }

            return new Hasil(jumlahSatker, jumlahPemberitahuan);
        }

        private async Task<(int Satker, int Pemberitahuan)> KelompokAsync(int[] ids, int tahun, DateOnly hariIni, CancellationToken ct)
        {
            var (versi, tertutup, hariBatas) = await TenggatRealisasi.MuatAsync(db, ids, tahun, ct);
            var satkers = await db.Satkers.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
            int jumlahSatker = 0, jumlah = 0;
            foreach (var id in ids)
            {
                var semua = versi[id].ToList();
                if (PerjanjianKinerja.YangBerlaku(semua, new DateOnly(tahun, 12, 31)).FirstOrDefault() is not { Status: StatusPerjanjianKinerja.Ditandatangani } pk)
                {
                    continue;
                }

                var hari = hariBatas.GetValueOrDefault(id, TenggatRealisasi.HariBatasWaktu);
                var terlambat = TenggatRealisasi.PeriodeBerakhir(pk, PengukuranKinerja.RealisasiPerKode(pk, semua), hariIni)
                    .Where(x => TenggatRealisasi.Terlambat(x.Realisasi, x.Periode, hariIni, tertutup[id], hari))
                    .GroupBy(x => TenggatRealisasi.BatasWaktu(x.Periode, hari))
                    .ToList();
                jumlahSatker += terlambat.Count > 0 ? 1 : 0;
                foreach (var g in terlambat)
                {
                    var satker = satkers[id];
                    var periode = string.Join(", ", g.Select(x => x.Periode.Label).Distinct());
                    var judul = $"{g.Count()} realisasi {satker.Nama} ({periode}) melewati batas waktu {FormatIndonesia.Tanggal(g.Key)} dan belum diajukan.";
                    jumlah += await pemberitahu.KepadaAsync(satker, Tindakan.MengisiRealisasi, JenisPemberitahuan.Terlambat, judul, $"/?satker={Uri.EscapeDataString(satker.Kode)}&tahun={tahun}", null, $"terlambat:{id}:{g.Key:yyyy-MM-dd}", ct);
                }
            }

            return (jumlahSatker, jumlah);
        }
    }
}
