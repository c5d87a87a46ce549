using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Features.Realisasi;
using Sakip.App.Keamanan;
using Sakip.Domain.Periode;

namespace Sakip.App.Features.Capaian;

/// <summary>
/// The oversight of a province or of KPU RI: the satker itself and every satker below it that the
/// user reads, each with its PK in force, its overall capaian, how much of the ended periods' realisasi
/// is filled and verified, and how many are overdue (<see cref="TenggatRealisasi"/>).
/// </summary>
public static class ListPengawasan
{
    public sealed record Query(string KodeSatker, int Tahun);

    /// <param name="Kode">The satker's code.</param>
    /// <param name="Nama">Its name.</param>
    /// <param name="Tingkat">Its level.</param>
    /// <param name="JudulPerjanjian">The PK in force, or null when it has none that year.</param>
    /// <param name="Ditandatangani">Whether that PK is signed.</param>
    /// <param name="Capaian">The overall capaian of the signed PK in force; null when none can be computed.</param>
    /// <param name="Kategori">Its category on the satker's scale.</param>
    /// <param name="JumlahPeriode">Indicator-periods of the PK in force that have ended.</param>
    /// <param name="Terisi">Of those, submitted or verified.</param>
    /// <param name="Terverifikasi">Of those, verified.</param>
    /// <param name="Terlambat">Of those, past their deadline and not yet submitted.</param>
    public sealed record Baris(string Kode, string Nama, TingkatSatker Tingkat, string? JudulPerjanjian, bool Ditandatangani, decimal? Capaian, string? Kategori, int JumlahPeriode, int Terisi, int Terverifikasi, int Terlambat);

    public sealed record Hasil(string KodeSatker, string NamaSatker, int Tahun, IReadOnlyList<Baris> Barises);

    public sealed class Handler(SakipDbContext db, TimeProvider clock)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            if (Periode.PeriksaTahun(q.Tahun) is { } salahTahun)
            {
                return Gagal.TidakSah(salahTahun, nameof(Query.Tahun));
            }

            var bacaan = await Izin.SatkerAsync(db, pelaku, q.KodeSatker, Tindakan.Membaca, ct);
            if (bacaan.Nilai is not { } induk)
            {
                return bacaan.Kegagalan!;
            }

            var pohon = await db.Satkers.AsNoTracking().Select(s => new { s.Id, s.IndukId, s.Kode, s.Nama, s.Tingkat }).ToListAsync(ct);
            var anak = pohon.Where(s => s.IndukId is not null).ToLookup(s => s.IndukId!.Value, s => s.Id);
            var ids = AksesPengguna.Turunan(induk.Id, anak).Where(id => pelaku.Boleh(Tindakan.Membaca, id)).ToList();

            var versi = (await PengukuranKinerja.MuatAsync(db, ids, q.Tahun, ct)).ToLookup(p => p.SatkerId);
            var kebijakan = (await db.KebijakanCapaians.AsNoTracking().Where(k => ids.Contains(k.SatkerId) && k.Tahun == q.Tahun).ToListAsync(ct))
                .ToDictionary(k => k.SatkerId, k => k.KeDomain());
            var tertutup = (await db.Set<PeriodeTertutup>().AsNoTracking().Where(p => ids.Contains(p.SatkerId) && p.Tahun == q.Tahun).ToListAsync(ct)).ToLookup(p => p.SatkerId, p => p.Periode);
            var hariBatas = await TenggatRealisasi.HariAsync(db, ids, q.Tahun, ct);
            var hariIni = WaktuIndonesia.HariIni(clock);
            var perId = pohon.ToDictionary(s => s.Id);
            var barises = new List<Baris>();
            foreach (var id in ids)
            {
                var s = perId[id];
                var semua = versi[id].ToList();
                var pk = PerjanjianKinerja.YangBerlaku(semua, new DateOnly(q.Tahun, 12, 31)).FirstOrDefault();
                if (pk is null || pk.Status != StatusPerjanjianKinerja.Ditandatangani)
                {
                    barises.Add(new Baris(s.Kode, s.Nama, s.Tingkat, pk?.Judul, false, null, null, 0, 0, 0, 0));
                    continue;
                }

                var ukur = PengukuranKinerja.Ukur(pk, kebijakan.GetValueOrDefault(id) ?? Domain.Capaian.KebijakanCapaian.Bawaan, Periode.SetahunPenuh(q.Tahun), semua);
                var realisasi = PengukuranKinerja.RealisasiPerKode(pk, semua);
                int jumlah = 0, terisi = 0, terverifikasi = 0, terlambat = 0;
                foreach (var (_, periode, r) in TenggatRealisasi.PeriodeBerakhir(pk, realisasi, hariIni))
                {
                    jumlah++;
                    var masuk = r?.Status is StatusRealisasi.Diajukan or StatusRealisasi.Diverifikasi;
                    terisi += masuk ? 1 : 0;
                    terverifikasi += r?.Status == StatusRealisasi.Diverifikasi ? 1 : 0;
                    terlambat += TenggatRealisasi.Terlambat(r, periode, hariIni, tertutup[id], hariBatas.GetValueOrDefault(id, TenggatRealisasi.HariBatasWaktu)) ? 1 : 0;
                }

                barises.Add(new Baris(s.Kode, s.Nama, s.Tingkat, pk.Judul, true, ukur.Ringkasan.Capaian, ukur.KategoriKeseluruhan, jumlah, terisi, terverifikasi, terlambat));
            }

            return new Hasil(induk.Kode, induk.Nama, q.Tahun, barises);
        }
    }
}
