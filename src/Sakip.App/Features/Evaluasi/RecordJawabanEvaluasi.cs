using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;
using Sakip.Domain.Bilangan;
using Sakip.Domain.Evaluasi;

namespace Sakip.App.Features.Evaluasi;

/// <summary>
/// Answers one criterion (or, in the per-sub-component practice, one sub-component) in the open
/// round of an evaluation, with a note: the satker's operator or pimpinan in its own round, an
/// evaluator whose reach includes the satker in the evaluator's and the final round. The answer
/// must be on the criterion's scale (or a share of 0 to 100); a submitted round is locked.
/// </summary>
public static class RecordJawabanEvaluasi
{
    public const int PanjangCatatan = 2000;

    /// <param name="KodeSatker">The satker evaluated.</param>
    /// <param name="Tahun">The year evaluated.</param>
    /// <param name="Putaran">The round answered.</param>
    /// <param name="Kode">The criterion ("1.a.1") or sub-component ("1.a").</param>
    /// <param name="Jawaban">The label on the criterion's scale ("BB"), or the share of criteria met ("83,33").</param>
    /// <param name="TahunDipertahankan">Per sub-component: for how many years full compliance has been kept.</param>
    /// <param name="Catatan">The answerer's note.</param>
    /// <param name="Revisi">The answer's revision the form was opened on (0 for a new answer).</param>
    public sealed record Command(string KodeSatker, int Tahun, JenisPutaran Putaran, string Kode, string? Jawaban, int? TahunDipertahankan, string? Catatan, int Revisi);

    public const string Konflik = "Jawaban ini telah diubah oleh pengguna lain, atau putarannya telah diajukan, sejak Anda membukanya. Isian Anda belum disimpan: muat ulang halaman lalu ulangi.";

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var terbuka = await EvaluasiTersimpan.PutaranTerbukaAsync(db, pelaku, c.KodeSatker, c.Tahun, c.Putaran, ct);
            if (!terbuka.Berhasil)
            {
                return terbuka.Kegagalan!;
            }

            var (_, e, putaran) = terbuka.Nilai;

            var templat = EvaluasiTersimpan.Templat(e);
            var kode = c.Kode?.Trim() ?? string.Empty;
            var isian = new PemeriksaIsian();
            string? label = null;
            decimal? persen = null;
            if (e.Metode == MetodePenilaian.PerKriteria)
            {
                var kriteria = templat.SemuaKriteria.Select(x => x.Kriteria).FirstOrDefault(k => string.Equals(k.Kode, kode, StringComparison.OrdinalIgnoreCase));
                if (kriteria is null)
                {
                    return Gagal.TidakDitemukan($"Kriteria '{TeksRingkas.Potong(kode, 20)}' tidak ada di templat {templat.Kode}.");
                }

                kode = kriteria.Kode;
                var skala = templat.Skala(kriteria.KodeSkala)!;
                label = skala.Cari(c.Jawaban)?.Label;
                if (label is null)
                {
                    isian.Tambah(nameof(Command.Jawaban), $"Pilih jawaban kriteria {kode}: {skala.DaftarLabel}.");
                }
            }
            else
            {
                var sub = templat.SemuaSubKomponen.FirstOrDefault(s => string.Equals(s.Kode, kode, StringComparison.OrdinalIgnoreCase));
                if (sub is null)
                {
                    return Gagal.TidakDitemukan($"Subkomponen '{TeksRingkas.Potong(kode, 20)}' tidak ada di templat {templat.Kode}.");
                }

                kode = sub.Kode;
                var baca = AngkaIndonesia.Baca(c.Jawaban);
                if (!baca.Berhasil || baca.IsRentang || baca.Nilai is not (>= 0 and <= 100) || baca.Satuan is not (null or Satuan.Persen))
                {
                    isian.Tambah(nameof(Command.Jawaban), $"Tulis persentase kriteria subkomponen {kode} yang terpenuhi, 0 sampai 100.");
                }
                else
                {
                    persen = baca.Nilai;
                }

                if (c.TahunDipertahankan is < 0 or > 100)
                {
                    isian.Tambah(nameof(Command.TahunDipertahankan), "Lama dipertahankan ditulis dalam tahun, 0 sampai 100.");
                }
            }

            var catatan = isian.Teks(c.Catatan, PanjangCatatan, nameof(Command.Catatan), "catatan");
            if (isian.Ada)
            {
                return Gagal.TidakSah(isian.Kesalahans);
            }

            var jawaban = putaran.Jawabans.SingleOrDefault(j => j.Kode == kode);
            if (jawaban is null)
            {
                if (c.Revisi != 0)
                {
                    return Gagal.Konflik(Konflik);
                }

                jawaban = new JawabanEvaluasi { Kode = kode };
                putaran.Jawabans.Add(jawaban);
            }
            else if (jawaban.Revisi != c.Revisi)
            {
                return Gagal.Konflik(Konflik);
            }

            jawaban.Jawaban = label;
            jawaban.PersenTerpenuhi = persen;
            jawaban.TahunDipertahankan = e.Metode == MetodePenilaian.PerSubKomponen ? c.TahunDipertahankan ?? 0 : null;
            jawaban.Catatan = catatan;
            jawaban.Revisi++;
            e.Revisi++;
            return await db.SimpanAsync(() => jawaban.Revisi, ct, Konflik);
        }
    }
}
