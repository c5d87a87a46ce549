using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Features.Realisasi;
using Sakip.App.Keamanan;
using Sakip.App.Singgahan;
using Sakip.Domain.Agregasi;
using Sakip.Domain.Periode;

namespace Sakip.App.Features.Capaian;

/// <summary>
/// The oversight of a province or of KPU RI: the satker itself and every satker below it that the
/// user reads (optionally one province's), each with its PK in force, its overall capaian, how much
/// of the ended periods' realisasi is filled and verified, and how many are overdue
/// (<see cref="TenggatRealisasi"/>); with the spread of categories and the indicators the satker
/// share, combined where that means something (<see cref="AgregasiLintasSatker"/>).
/// </summary>
/// <remarks>
/// Each satker's row is computed from its data and kept in <see cref="SinggahanSakip"/> while the
/// satker's data version (<see cref="VersiData"/>) and the day stay the same; a request reads the
/// versions (one query) and recomputes only the satker that changed, so the page stays fast for
/// the nation while realisasi keep coming in.
/// </remarks>
public static class ListPengawasan
{
    /// <param name="KodeSatker">The satker overseen (a province, KPU RI, or a satker alone).</param>
    /// <param name="Tahun">The year.</param>
    /// <param name="Provinsi">Only this province's satker (and itself), when given.</param>
    public sealed record Query(string KodeSatker, int Tahun, string? Provinsi = null);

    /// <param name="Kode">The satker's code.</param>
    /// <param name="Nama">Its name.</param>
    /// <param name="Tingkat">Its level.</param>
    /// <param name="KodeProvinsi">The province it is in (its own code for a province; null for KPU RI).</param>
    /// <param name="JudulPerjanjian">The PK in force, or null when it has none that year.</param>
    /// <param name="Ditandatangani">Whether that PK is signed.</param>
    /// <param name="Capaian">The overall capaian of the signed PK in force; null when none can be computed.</param>
    /// <param name="Kategori">Its category on the satker's scale.</param>
    /// <param name="JumlahPeriode">Indicator-periods of the PK in force that have ended.</param>
    /// <param name="Terisi">Of those, submitted or verified.</param>
    /// <param name="Terverifikasi">Of those, verified.</param>
    /// <param name="Terlambat">Of those, past their deadline and not yet submitted.</param>
    public sealed record Baris(string Kode, string Nama, TingkatSatker Tingkat, string? KodeProvinsi, string? JudulPerjanjian, bool Ditandatangani, decimal? Capaian, string? Kategori, int JumlahPeriode, int Terisi, int Terverifikasi, int Terlambat);

    /// <summary>How many satker fall in a category (null: no capaian computed).</summary>
    public sealed record Sebaran(string? Kategori, int Jumlah);

    /// <summary>A province with the satker in it (itself and its kab/kota) summed.</summary>
    /// <param name="Kode">The province's code.</param>
    /// <param name="Nama">Its name.</param>
    /// <param name="JumlahSatker">Satker in it that the user reads.</param>
    /// <param name="Ditandatangani">Of those, with a signed PK in force.</param>
    /// <param name="Capaian">The mean of their overall capaian (satker without one left out).</param>
    /// <param name="JumlahPeriode">Indicator-periods ended, summed.</param>
    /// <param name="Terisi">Of those, submitted or verified.</param>
    /// <param name="Terverifikasi">Of those, verified.</param>
    /// <param name="Terlambat">Of those, overdue.</param>
    public sealed record Wilayah(string Kode, string Nama, int JumlahSatker, int Ditandatangani, decimal? Capaian, int JumlahPeriode, int Terisi, int Terverifikasi, int Terlambat);

    /// <param name="KodeSatker">The satker overseen.</param>
    /// <param name="NamaSatker">Its name.</param>
    /// <param name="Tahun">The year.</param>
    /// <param name="Provinsi">The province filter applied, if any.</param>
    /// <param name="Provinsis">The provinces under the satker (code, name), for the filter.</param>
    /// <param name="Barises">One row per satker.</param>
    /// <param name="Sebarans">The satker per category, in the order of the scale as met (best first), then those without capaian.</param>
    /// <param name="IndikatorBersama">Indicators shared by two or more of the satker, combined where meaningful.</param>
    /// <param name="Wilayahs">Per province, when the rows span more than one.</param>
    public sealed record Hasil(string KodeSatker, string NamaSatker, int Tahun, string? Provinsi, IReadOnlyList<(string Kode, string Nama)> Provinsis, IReadOnlyList<Baris> Barises, IReadOnlyList<Sebaran> Sebarans, IReadOnlyList<GabunganIndikator> IndikatorBersama, IReadOnlyList<Wilayah> Wilayahs);

    /// <summary>A satker's computed row and indicators, as kept between requests.</summary>
    private sealed record Ringkasan(Baris Baris, IReadOnlyList<IndikatorSatker> Indikators);

    private const string JenisSinggahan = "pengawasan";

    /// <summary>Satker measured per round trip when many changed (the first request of a day).</summary>
    private const int Kelompok = 100;

    public sealed class Handler(SakipDbContext db, TimeProvider clock, SinggahanSakip singgahan)
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

            var (_, pohon) = await singgahan.PohonAsync(db, ct);
            var semuaId = AksesPengguna.Turunan(induk.Id, pohon.Anak).Where(id => pelaku.Boleh(Tindakan.Membaca, id)).ToList();
            var provinsis = semuaId.Select(id => pohon.PerId[id]).Where(s => s.Tingkat == TingkatSatker.Provinsi).OrderBy(s => s.Kode, StringComparer.Ordinal).Select(s => (s.Kode, s.Nama)).ToList();
            var provinsi = string.IsNullOrWhiteSpace(q.Provinsi) ? null : q.Provinsi.Trim();
            if (provinsi is not null && provinsis.All(p => p.Kode != provinsi))
            {
                return Gagal.TidakSah($"Provinsi {provinsi} tidak ada di bawah {induk.Nama}.", nameof(Query.Provinsi));
            }

            var ids = provinsi is null ? semuaId : semuaId.Where(id => KodeProvinsi(pohon, id) == provinsi).ToList();
            var hariIni = WaktuIndonesia.HariIni(clock);
            var versi = await SinggahanSakip.VersiAsync(db, [.. ids.Select(VersiData.KunciSatker)], ct);
            var ringkasan = new Dictionary<int, Ringkasan>();
            var usang = new List<int>();
            foreach (var id in ids)
            {
                if (singgahan.Baris<Ringkasan>(JenisSinggahan, id, q.Tahun, versi[VersiData.KunciSatker(id)], hariIni) is { } r)
                {
                    ringkasan[id] = r;
                }
                else
                {
                    usang.Add(id);
                }
            }

            foreach (var kelompok in usang.Chunk(Kelompok))
            {
                foreach (var (id, r) in await HitungAsync(pohon, kelompok, q.Tahun, hariIni, ct))
                {
                    ringkasan[id] = r;
                    singgahan.SimpanBaris(JenisSinggahan, id, q.Tahun, versi[VersiData.KunciSatker(id)], hariIni, r);
                }
            }

            var barises = ids.Select(id => ringkasan[id].Baris).ToList();
            var sebarans = barises.GroupBy(b => b.Kategori)
                .OrderBy(g => g.Key is null ? 1 : 0).ThenByDescending(g => g.Where(b => b.Capaian is not null).Select(b => b.Capaian!.Value).DefaultIfEmpty().Max())
                .Select(g => new Sebaran(g.Key, g.Count())).ToList();
            var bersama = AgregasiLintasSatker.Gabung(ids.SelectMany(id => ringkasan[id].Indikators));
            var perProvinsi = barises.Where(b => b.KodeProvinsi is not null).GroupBy(b => b.KodeProvinsi!).ToList();
            var wilayahs = perProvinsi.Count < 2 ? [] : perProvinsi
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new Wilayah(
                    g.Key,
                    provinsis.FirstOrDefault(p => p.Kode == g.Key).Nama ?? g.Key,
                    g.Count(),
                    g.Count(b => b.Ditandatangani),
                    g.Where(b => b.Capaian is not null).Select(b => b.Capaian!.Value).DefaultIfEmpty().Average() is var rata && g.Any(b => b.Capaian is not null) ? rata : null,
                    g.Sum(b => b.JumlahPeriode),
                    g.Sum(b => b.Terisi),
                    g.Sum(b => b.Terverifikasi),
                    g.Sum(b => b.Terlambat)))
                .ToList();
            return new Hasil(induk.Kode, induk.Nama, q.Tahun, provinsi, provinsis, barises, sebarans, bersama, wilayahs);
        }

        /// <summary>Measures the satker of one group from their data.</summary>
        private async Task<List<(int Id, Ringkasan Ringkasan)>> HitungAsync(PohonSatker pohon, int[] ids, int tahun, DateOnly hariIni, CancellationToken ct)
        {
            var (versi, tertutup, hariBatas) = await TenggatRealisasi.MuatAsync(db, ids, tahun, ct);
            var kebijakan = (await db.KebijakanCapaians.AsNoTracking().Where(k => ids.Contains(k.SatkerId) && k.Tahun == tahun).ToListAsync(ct))
                .ToDictionary(k => k.SatkerId, k => k.KeDomain());
            var hasil = new List<(int, Ringkasan)>();
            foreach (var id in ids)
            {
                var s = pohon.PerId[id];
                var semua = versi[id].ToList();
                var pk = PerjanjianKinerja.YangBerlaku(semua, new DateOnly(tahun, 12, 31)).FirstOrDefault();
                if (pk is null || pk.Status != StatusPerjanjianKinerja.Ditandatangani)
                {
                    hasil.Add((id, new Ringkasan(new Baris(s.Kode, s.Nama, s.Tingkat, KodeProvinsi(pohon, id), pk?.Judul, false, null, null, 0, 0, 0, 0), [])));
                    continue;
                }

                var sampai = Periode.SetahunPenuh(tahun);
                var ukur = PengukuranKinerja.Ukur(pk, kebijakan.GetValueOrDefault(id) ?? Domain.Capaian.KebijakanCapaian.Bawaan, sampai, semua);
                var realisasi = PengukuranKinerja.RealisasiPerKode(pk, semua);
                var hari = hariBatas.GetValueOrDefault(id, TenggatRealisasi.HariBatasWaktu);
                int jumlah = 0, terisi = 0, terverifikasi = 0, terlambat = 0;
                foreach (var (_, periode, r) in TenggatRealisasi.PeriodeBerakhir(pk, realisasi, hariIni))
                {
                    jumlah++;
                    terisi += r?.Status is StatusRealisasi.Diajukan or StatusRealisasi.Diverifikasi ? 1 : 0;
                    terverifikasi += r?.Status == StatusRealisasi.Diverifikasi ? 1 : 0;
                    terlambat += TenggatRealisasi.Terlambat(r, periode, hariIni, tertutup[id], hari) ? 1 : 0;
                }

                var baris = new Baris(s.Kode, s.Nama, s.Tingkat, KodeProvinsi(pohon, id), pk.Judul, true, ukur.Ringkasan.Capaian, ukur.KategoriKeseluruhan, jumlah, terisi, terverifikasi, terlambat);
                hasil.Add((id, new Ringkasan(baris, PengukuranKinerja.IndikatorLintasSatker(pk, s.Kode, sampai, semua))));
            }

            return hasil;
        }

        /// <summary>The province a satker is in: itself for a province, the nearest province above it otherwise.</summary>
        private static string? KodeProvinsi(PohonSatker pohon, int id)
        {
            for (SimpulSatker? s = pohon.PerId[id]; s is not null; s = s.IndukId is { } induk ? pohon.PerId.GetValueOrDefault(induk) : null)
            {
                if (s.Tingkat == TingkatSatker.Provinsi)
                {
                    return s.Kode;
                }
            }

            return null;
        }
    }
}
