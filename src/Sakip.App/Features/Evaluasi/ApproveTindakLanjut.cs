using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Evaluasi;

/// <summary>
/// The evaluator accepts a submitted follow-up (the recommendation is then done) or returns it with
/// a note saying what is missing (the satker continues it).
/// </summary>
public static class ApproveTindakLanjut
{
    /// <param name="KodeSatker">The satker evaluated.</param>
    /// <param name="Tahun">The year of the evaluation that gave the recommendation.</param>
    /// <param name="Id">The recommendation.</param>
    /// <param name="Revisi">The revision the page was opened on.</param>
    /// <param name="Terima">Accept; false returns it.</param>
    /// <param name="Catatan">The evaluator's note; required when returning.</param>
    public sealed record Command(string KodeSatker, int Tahun, int Id, int Revisi, bool Terima, string? Catatan);

    public sealed class Handler(SakipDbContext db, TimeProvider clock)
    {
        public async Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var rekomendasi = await EvaluasiTersimpan.RekomendasiAsync(db, pelaku, c.KodeSatker, c.Tahun, c.Id, c.Revisi, Tindakan.MengevaluasiAkip, ct);
            if (!rekomendasi.Berhasil)
            {
                return rekomendasi.Kegagalan!;
            }

            var (_, r) = rekomendasi.Nilai;

            if (r.DiajukanPada is null || r.Status == StatusTindakLanjut.Selesai)
            {
                return Gagal.TidakSah(r.Status == StatusTindakLanjut.Selesai
                    ? $"Tindak lanjut rekomendasi {r.Nomor} sudah diterima."
                    : $"Tindak lanjut rekomendasi {r.Nomor} belum diajukan satker.");
            }

            var isian = new PemeriksaIsian();
            var catatan = isian.Teks(c.Catatan, RecordJawabanEvaluasi.PanjangCatatan, nameof(Command.Catatan), "catatan", wajib: !c.Terima);
            if (isian.Ada)
            {
                return Gagal.TidakSah(isian.Kesalahans);
            }

            r.CatatanEvaluator = catatan;
            if (c.Terima)
            {
                r.Status = StatusTindakLanjut.Selesai;
                r.DiterimaOleh = pelaku.NamaLengkap;
                r.DiterimaPada = clock.GetUtcNow();
            }
            else
            {
                r.Status = StatusTindakLanjut.DalamProses;
                r.DiajukanPada = null;
            }

            r.Revisi++;
            return await db.SimpanAsync(() => r.Revisi, ct, EditRekomendasiEvaluasi.Konflik);
        }
    }
}
