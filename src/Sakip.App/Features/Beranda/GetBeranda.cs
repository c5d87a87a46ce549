using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Features.Capaian;
using Sakip.App.Features.Realisasi;
using Sakip.App.Keamanan;
using Sakip.Domain.Periode;

namespace Sakip.App.Features.Beranda;

/// <summary>
/// The home of a user on a satker-year: what waits for them there, by their roles. An operator
/// (or administrator) fills each ended period of the PK in force that is empty or a draft, by the
/// <see cref="TenggatRealisasi.HariBatasWaktu"/>th day after the period ends (or the satker-year's own deadline), and corrects
/// returned ones; a pimpinan verifies submitted ones and signs drafts. Both see the ended quarters of
/// the Rencana Aksi that have a target and no verified realisasi yet. Closed periods wait for nobody.
/// </summary>
public static class GetBeranda
{
    /// <summary>The most tasks listed; the counts still count them all.</summary>
    public const int TugasMaksimum = 60;

    public sealed record Query(string KodeSatker, int Tahun);

    public enum JenisTugas
    {
        /// <summary>An ended period without realisasi, or with a draft.</summary>
        IsiRealisasi,

        /// <summary>A realisasi the pimpinan returned with a note.</summary>
        PerbaikiRealisasi,

        /// <summary>A submitted realisasi waiting for the pimpinan.</summary>
        VerifikasiRealisasi,

        /// <summary>A draft PK version waiting for the pimpinan's signature.</summary>
        TandatanganiPerjanjian,

        /// <summary>An ended quarter of the Rencana Aksi with a target and no verified realisasi up to its end.</summary>
        RencanaAksiTanpaKemajuan,

        /// <summary>A round of an AKIP evaluation open for the user's answers.</summary>
        IsiEvaluasi,

        /// <summary>A recommendation of an AKIP evaluation whose follow-up the satker has not submitted (or got back).</summary>
        TindakLanjutRekomendasi,

        /// <summary>A follow-up submitted by the satker, waiting for the evaluator's acceptance.</summary>
        TerimaTindakLanjut,
    }

    /// <param name="Jenis">What is to be done.</param>
    /// <param name="Uraian">The item, in words.</param>
    /// <param name="Tautan">Where it is done.</param>
    /// <param name="BatasWaktu">When it is due, if it has a deadline.</param>
    /// <param name="Terlambat">Whether the deadline has passed.</param>
    /// <param name="Catatan">The pimpinan's note of a returned realisasi, the action of a Rencana Aksi quarter, or the evaluator's note of a returned follow-up.</param>
    public sealed record Tugas(JenisTugas Jenis, string Uraian, string Tautan, DateOnly? BatasWaktu, bool Terlambat, string? Catatan);

    /// <param name="KodeSatker">The satker's code.</param>
    /// <param name="NamaSatker">The satker's name.</param>
    /// <param name="Tahun">The year.</param>
    /// <param name="JudulPerjanjian">The signed PK in force that year, if any.</param>
    /// <param name="Tugas">What waits for the user, the most urgent first (at most <see cref="TugasMaksimum"/>).</param>
    /// <param name="Jumlah">How many tasks of each kind, all of them.</param>
    /// <param name="JumlahTerlambat">How many are past their deadline.</param>
    public sealed record Hasil(string KodeSatker, string NamaSatker, int Tahun, string? JudulPerjanjian, IReadOnlyList<Tugas> Tugas, IReadOnlyDictionary<JenisTugas, int> Jumlah, int JumlahTerlambat);

    public sealed class Handler(SakipDbContext db, TimeProvider clock)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            if (Periode.PeriksaTahun(q.Tahun) is { } salahTahun)
            {
                return Gagal.TidakSah(salahTahun, nameof(Query.Tahun));
            }

            var bacaan = await Izin.SatkerAsync(db, pelaku, q.KodeSatker, Tindakan.Membaca, ct);
            if (bacaan.Nilai is not { } satker)
            {
                return bacaan.Kegagalan!;
            }

            var hariIni = WaktuIndonesia.HariIni(clock);
            var versi = await PengukuranKinerja.MuatAsync(db, satker.Id, q.Tahun, ct);
            var tugas = new List<Tugas>();
            if (pelaku.Boleh(Tindakan.MenandatanganiPerjanjian, satker.Id))
            {
                tugas.AddRange(versi.Where(p => p.Status == StatusPerjanjianKinerja.Draf).OrderBy(p => p.Kode, StringComparer.Ordinal).ThenBy(p => p.Versi)
                    .Select(p => new Tugas(JenisTugas.TandatanganiPerjanjian, $"Tandatangani {p.Judul}, versi {p.Versi}", $"/PerjanjianKinerja/Lihat?id={p.Id}", null, false, null)));
            }

            var berlaku = PerjanjianKinerja.YangBerlaku(versi, new DateOnly(q.Tahun, 12, 31)).Where(p => p.Status == StatusPerjanjianKinerja.Ditandatangani).ToList();
            var tertutup = (await db.Set<PeriodeTertutup>().AsNoTracking().Where(p => p.SatkerId == satker.Id && p.Tahun == q.Tahun).ToListAsync(ct)).Select(p => p.Periode).ToList();
            var hariBatas = await TenggatRealisasi.HariAsync(db, satker.Id, q.Tahun, ct);
            var isi = pelaku.Boleh(Tindakan.MengisiRealisasi, satker.Id);
            var verifikasi = pelaku.Boleh(Tindakan.MemverifikasiRealisasi, satker.Id);
            foreach (var pk in berlaku)
            {
                var realisasi = PengukuranKinerja.RealisasiPerKode(pk, versi);
                foreach (var (ind, periode, r) in TenggatRealisasi.PeriodeBerakhir(pk, realisasi, hariIni))
                {
                    var tautan = $"/Realisasi/Isi?indikator={ind.Id}&periode={periode.Nomor}";
                    var uraian = $"{ind.Kode} {ind.Uraian} · {periode.Label}";
                    if (r?.Status == StatusRealisasi.Diajukan && verifikasi)
                    {
                        tugas.Add(new Tugas(JenisTugas.VerifikasiRealisasi, uraian, tautan, null, false, null));
                    }
                    else if (isi && tertutup.All(t => !t.Memuat(periode)))
                    {
                        var batas = TenggatRealisasi.BatasWaktu(periode, hariBatas);
                        var terlambat = TenggatRealisasi.Terlambat(r, periode, hariIni, tertutup, hariBatas);
                        if (r?.Status == StatusRealisasi.Dikembalikan)
                        {
                            tugas.Add(new Tugas(JenisTugas.PerbaikiRealisasi, uraian, tautan, batas, terlambat, r.CatatanVerifikasi));
                        }
                        else if (r is null || r.Status == StatusRealisasi.Draf)
                        {
                            tugas.Add(new Tugas(JenisTugas.IsiRealisasi, uraian, tautan, batas, terlambat, null));
                        }
                    }
                }
            }

            if (isi || verifikasi)
            {
                tugas.AddRange(await RencanaAksiTanpaKemajuanAsync(berlaku, versi, hariIni, ct));
            }

            tugas.AddRange(await EvaluasiAsync(pelaku, satker, hariIni, ct));
            var urut = tugas.OrderBy(t => t.Jenis).ThenByDescending(t => t.Terlambat).ThenBy(t => t.BatasWaktu).ToList();
            return new Hasil(
                satker.Kode,
                satker.Nama,
                q.Tahun,
                berlaku.FirstOrDefault()?.Judul,
                [.. urut.Take(TugasMaksimum)],
                urut.GroupBy(t => t.Jenis).ToDictionary(g => g.Key, g => g.Count()),
                urut.Count(t => t.Terlambat));
        }

        /// <summary>
        /// The satker's AKIP evaluation work for the user: rounds open for the user's answers, the
        /// recommendations of any year whose follow-up is still the satker's to do (overdue once
        /// their due date has passed), and follow-ups waiting for the evaluator.
        /// </summary>
        private async Task<List<Tugas>> EvaluasiAsync(AksesPengguna pelaku, Satker satker, DateOnly hariIni, CancellationToken ct)
        {
            var hasil = new List<Tugas>();
            var mandiri = pelaku.Boleh(Tindakan.MengisiEvaluasiMandiri, satker.Id);
            var evaluator = pelaku.Boleh(Tindakan.MengevaluasiAkip, satker.Id);
            if (!mandiri && !evaluator)
            {
                return hasil;
            }

            var evaluasis = await db.EvaluasiAkips.AsNoTracking().Include(e => e.Putarans).Include(e => e.Rekomendasis.Where(r => r.Status != StatusTindakLanjut.Selesai)).AsSplitQuery()
                .Where(e => e.SatkerId == satker.Id).OrderBy(e => e.Tahun).ToListAsync(ct);
            foreach (var e in evaluasis)
            {
                var alamat = $"/Evaluasi?satker={satker.Kode}&tahun={e.Tahun}";
                if (e.PutaranTerbuka is { } p && pelaku.Boleh(Evaluasi.EvaluasiTersimpan.TindakanPutaran(p.Jenis), satker.Id))
                {
                    hasil.Add(new Tugas(JenisTugas.IsiEvaluasi, $"Evaluasi SAKIP {e.Tahun}: {Evaluasi.EvaluasiTersimpan.NamaPutaran(p.Jenis)}", alamat, null, false, null));
                }

                foreach (var r in e.Rekomendasis.OrderBy(r => r.Nomor))
                {
                    var tautan = $"/Evaluasi/TindakLanjut?satker={satker.Kode}&tahun={e.Tahun}&id={r.Id}";
                    var uraian = $"Rekomendasi {r.Nomor} evaluasi SAKIP {e.Tahun}: {TeksRingkas.Potong(r.Uraian, 120)}";
                    if (r.DiajukanPada is null && mandiri)
                    {
                        hasil.Add(new Tugas(JenisTugas.TindakLanjutRekomendasi, uraian, tautan, r.JatuhTempo, r.JatuhTempo < hariIni, r.CatatanEvaluator));
                    }
                    else if (r.DiajukanPada is not null && evaluator)
                    {
                        hasil.Add(new Tugas(JenisTugas.TerimaTindakLanjut, uraian, tautan, null, false, null));
                    }
                }
            }

            return hasil;
        }

        /// <summary>The ended quarters of the Rencana Aksi of the PK in force that have a target but no verified realisasi up to their end.</summary>
        private async Task<List<Tugas>> RencanaAksiTanpaKemajuanAsync(List<PerjanjianKinerja> berlaku, List<PerjanjianKinerja> versi, DateOnly hariIni, CancellationToken ct)
        {
            var hasil = new List<Tugas>();
            foreach (var pk in berlaku)
            {
                var indikators = pk.Sasarans.SelectMany(s => s.Indikators).ToDictionary(i => i.Id);
                var ids = indikators.Keys.ToList();
                var rencana = await db.Set<RencanaAksi>().AsNoTracking()
                    .Where(r => ids.Contains(r.IndikatorKinerjaId) && (r.TargetNilai != null || r.TargetPredikat != null))
                    .OrderBy(r => r.Triwulan).ToListAsync(ct);
                var realisasi = PengukuranKinerja.RealisasiPerKode(pk, versi);
                foreach (var r in rencana)
                {
                    var ind = indikators[r.IndikatorKinerjaId];
                    var triwulan = Periode.Triwulan(pk.Tahun, r.Triwulan);
                    if (triwulan.Akhir < hariIni && PengukuranKinerja.RealisasiSampai(ind, realisasi[ind.Kode], triwulan).Realisasi is null)
                    {
                        hasil.Add(new Tugas(JenisTugas.RencanaAksiTanpaKemajuan, $"{ind.Kode} {ind.Uraian} · {triwulan.Label}", $"/PerjanjianKinerja/RencanaAksi?id={pk.Id}", null, false, r.Aksi));
                    }
                }
            }

            return hasil;
        }
    }
}
