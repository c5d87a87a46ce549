using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Evaluasi;

/// <summary>
/// Submits the open round of an evaluation (who answers it): refused while any criterion is
/// unanswered (listed). The round locks; the satker's own round opens the evaluator's; the
/// evaluator's opens the final round with his answers as its starting point; the final round
/// fixes the evaluation's value and predikat.
/// </summary>
public static class SendPutaranEvaluasi
{
    /// <param name="KodeSatker">The satker evaluated.</param>
    /// <param name="Tahun">The year evaluated.</param>
    /// <param name="Putaran">The round submitted.</param>
    /// <param name="Revisi">The evaluation's revision the page was opened on.</param>
    public sealed record Command(string KodeSatker, int Tahun, JenisPutaran Putaran, int Revisi);

    public const string Konflik = "Evaluasi ini telah diubah sejak Anda membukanya; muat ulang halaman, periksa jawabannya, lalu ajukan lagi.";

    public sealed class Handler(SakipDbContext db, TimeProvider clock)
    {
        public async Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var terbuka = await EvaluasiTersimpan.PutaranTerbukaAsync(db, pelaku, c.KodeSatker, c.Tahun, c.Putaran, ct);
            if (!terbuka.Berhasil)
            {
                return terbuka.Kegagalan!;
            }

            var (_, e, putaran) = terbuka.Nilai;

            if (e.Revisi != c.Revisi)
            {
                return Gagal.Konflik(Konflik);
            }

            var nilai = EvaluasiTersimpan.Nilai(EvaluasiTersimpan.Templat(e), e.Metode, putaran);
            if (nilai.Hasil is not { } hasil)
            {
                return Gagal.TidakSah([.. nilai.Kesalahans.Select(k => new Kesalahan(null, k))]);
            }

            putaran.DiajukanPada = clock.GetUtcNow();
            putaran.DiajukanOleh = pelaku.NamaLengkap;
            switch (c.Putaran)
            {
                case JenisPutaran.Mandiri:
                    e.Putarans.Add(new PutaranEvaluasi { Jenis = JenisPutaran.Evaluator });
                    break;
                case JenisPutaran.Evaluator:
                    var akhir = new PutaranEvaluasi { Jenis = JenisPutaran.Akhir };
                    akhir.Jawabans.AddRange(putaran.Jawabans.Select(j => new JawabanEvaluasi { Kode = j.Kode, Jawaban = j.Jawaban, PersenTerpenuhi = j.PersenTerpenuhi, TahunDipertahankan = j.TahunDipertahankan, Catatan = j.Catatan, Revisi = 1 }));
                    e.Putarans.Add(akhir);
                    break;
                default:
                    // Stored at the database's six decimal places (the same on both providers); the
                    // documents recompute the exact value from the final round's answers.
                    e.NilaiAkhir = Math.Round(hasil.Total, 6, MidpointRounding.AwayFromZero);
                    e.PredikatAkhir = hasil.Predikat;
                    break;
            }

            e.Revisi++;
            return await db.SimpanAsync(() => e.Revisi, ct, Konflik);
        }
    }
}
