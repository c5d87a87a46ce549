using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Dokumen;
using Sakip.App.Entities;
using Sakip.App.Features.Capaian;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Laporan;

/// <summary>
/// "Periksa": everything a version of the LKjIP still lacks or gets wrong, each with the page
/// where it is fixed. Blocking (the version cannot be sent for review): an unsigned PK, an empty narrative section, an indicator without an analysis, and a
/// percentage typed in the narrative that differs from the data it names
/// (<see cref="AngkaNaratif"/>). Reported but not blocking, since the data may truly not exist
/// yet: an indicator without verified realisasi, verified realisasi without evidence, indicators
/// without a Manual IKU, and a signed PK whose signatory was not recorded.
/// Election and budget data add their failed checks here once they exist (issues 12 and 13).
/// </summary>
public static class CheckLaporanKinerja
{
    public sealed record Query(int Id);

    /// <summary>One finding: what is wrong, where it is fixed (and the words of that link), and whether it stops the version being sent.</summary>
    public sealed record Temuan(string Pesan, string Tautan, bool Menghalangi, string TeksTautan);

    /// <summary>The findings, blocking ones first; <c>Siap</c> when none blocks.</summary>
    public sealed record Hasil(int Id, IReadOnlyList<Temuan> Temuans)
    {
        public bool Siap => Temuans.All(t => !t.Menghalangi);
    }

    public sealed class Handler(SakipDbContext db, CalculateCapaian.Handler capaian)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            var muat = await LaporanTersimpan.MuatAsync(db, pelaku, q.Id, Tindakan.Membaca, ct);
            if (muat.Nilai is not { } dimuat)
            {
                return muat.Kegagalan!;
            }

            var (l, satker) = dimuat;
            var ukur = await capaian.HandleAsync(pelaku, new CalculateCapaian.Query(satker.Kode, l.Tahun), ct);
            if (ukur.Nilai is not { } c)
            {
                return ukur.Kegagalan!;
            }

            var temuan = new List<Temuan>();
            var u = c.Pengukuran;
            var pk = u.Perjanjian;
            var tautanPk = $"/PerjanjianKinerja/Lihat?id={pk.Id}";
            if (pk.Status != StatusPerjanjianKinerja.Ditandatangani)
            {
                temuan.Add(new($"{pk.Judul} versi {pk.Versi} belum ditandatangani.", tautanPk, true, "Buka Perjanjian Kinerja"));
            }

            else if (pk.PihakPertamaId is null)
            {
                // A signed version is locked: its missing signatory is recorded in a PK perubahan, not here, so it does not block.
                temuan.Add(new($"{pk.Judul} versi {pk.Versi} sudah ditandatangani, tetapi penandatangannya (pihak pertama) tidak tercatat; lampiran LKjIP mencetak \"tidak tercantum\".", tautanPk, false, "Buka Perjanjian Kinerja"));
            }

            var naratif = l.Naratifs.ToDictionary(n => n.Bagian, n => n.Teks, StringComparer.Ordinal);
            string TautanBagian(string kunci) => $"/Laporan/Naratif?id={l.Id}&bagian={Uri.EscapeDataString(kunci)}";
            foreach (var b in DokumenLkjip.Bagians.Where(b => string.IsNullOrWhiteSpace(naratif.GetValueOrDefault(b.Kunci))))
            {
                temuan.Add(new($"Bagian {b.Judul} belum diisi.", TautanBagian(b.Kunci), true, $"Tulis {b.Judul}"));
            }

            var tautanRealisasi = $"/Realisasi?satker={Uri.EscapeDataString(satker.Kode)}&tahun={l.Tahun}";
            var realisasi = pk.Sasarans.SelectMany(s => s.Indikators).ToDictionary(i => i.Kode, i => i.Realisasis.Where(r => r.Status == StatusRealisasi.Diverifikasi).ToList(), StringComparer.Ordinal);
            var tanpaBukti = await db.RealisasiKinerjas.AsNoTracking()
                .Where(r => r.Indikator.Sasaran.PerjanjianKinerjaId == pk.Id && r.Status == StatusRealisasi.Diverifikasi && !r.Buktis.Any())
                .Select(r => new { r.Indikator.Kode, r.IndikatorKinerjaId, r.Tahun, r.JenisPeriode, r.NomorPeriode }).ToListAsync(ct);
            foreach (var i in u.Indikators)
            {
                var terverifikasi = realisasi.GetValueOrDefault(i.Kode) ?? [];
                if (i.Realisasi is null)
                {
                    temuan.Add(new($"Indikator {i.Kode} {i.Uraian} belum memiliki realisasi terverifikasi.", tautanRealisasi, false, $"Lihat realisasi {i.Kode}"));
                }

                if (string.IsNullOrWhiteSpace(naratif.GetValueOrDefault(DokumenLkjip.KunciIndikator(i.Kode))) && terverifikasi.All(r => string.IsNullOrWhiteSpace(r.Analisis)))
                {
                    temuan.Add(new($"Analisis indikator {i.Kode} {i.Uraian} belum diisi.", TautanBagian(DokumenLkjip.KunciIndikator(i.Kode)), true, $"Tulis analisis {i.Kode}"));
                }
            }

            foreach (var r in tanpaBukti.OrderBy(r => r.Kode, StringComparer.Ordinal).ThenBy(r => r.NomorPeriode))
            {
                var periode = new Domain.Periode.Periode(r.Tahun, r.JenisPeriode, r.NomorPeriode).Label;
                temuan.Add(new($"Realisasi indikator {r.Kode} {periode} terverifikasi tanpa berkas bukti.", $"/Realisasi/Isi?indikator={r.IndikatorKinerjaId}&periode={r.NomorPeriode}", false, $"Buka realisasi {r.Kode} {periode}"));
            }

            var bermanual = await db.ManualIkus.AsNoTracking().Where(m => m.SatkerId == l.SatkerId && m.Tahun == l.Tahun).Select(m => m.KodeIndikator).ToListAsync(ct);
            var tanpaManual = u.Indikators.Count(i => !bermanual.Contains(i.Kode));
            if (tanpaManual > 0)
            {
                temuan.Add(new($"{tanpaManual} dari {u.Indikators.Count} indikator belum memiliki Manual IKU (definisi operasional, sumber data, penanggung jawab).", $"/ManualIku?satker={Uri.EscapeDataString(satker.Kode)}&tahun={l.Tahun}", false, "Buka Manual IKU"));
            }

            var angka = u.Indikators.Select(i => new AngkaIndikator(i.Kode, i.Uraian, i.Hasil.Nilai, i.Realisasi, i.Target)).ToList();
            var judul = DokumenLkjip.Bagians.ToDictionary(b => b.Kunci, b => b.Judul, StringComparer.Ordinal);
            foreach (var (kunci, teks) in naratif.OrderBy(n => n.Key, StringComparer.Ordinal))
            {
                foreach (var beda in AngkaNaratif.Periksa(NaratifTeks.TeksPolos(teks), angka, u.Ringkasan.Capaian))
                {
                    var tempat = judul.GetValueOrDefault(kunci) ?? $"analisis indikator {kunci["indikator:".Length..]}";
                    temuan.Add(new($"Di {tempat} tertulis {beda.Ditulis} untuk {(beda.KodeIndikator is null ? beda.Nama : $"indikator {beda.KodeIndikator} {beda.Nama}")}, padahal datanya: {beda.Data}.", TautanBagian(kunci), true, $"Perbaiki {beda.Ditulis} di {tempat}"));
                }
            }

            return new Hasil(l.Id, [.. temuan.OrderByDescending(t => t.Menghalangi)]);
        }
    }
}
