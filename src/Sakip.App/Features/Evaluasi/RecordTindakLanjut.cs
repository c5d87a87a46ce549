using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Evaluasi;

/// <summary>
/// The satker's follow-up of a recommendation (its operator or pimpinan): what was done (with links
/// to the evidence), whether it is under way, and, once done, its submission for the evaluator to
/// accept. A follow-up awaiting acceptance, or accepted, is locked.
/// </summary>
public static class RecordTindakLanjut
{
    /// <param name="KodeSatker">The satker evaluated.</param>
    /// <param name="Tahun">The year of the evaluation that gave the recommendation.</param>
    /// <param name="Id">The recommendation.</param>
    /// <param name="Revisi">The revision the form was opened on.</param>
    /// <param name="Status">Belum or DalamProses; Selesai is the evaluator's to give.</param>
    /// <param name="TindakLanjut">What was done, with links to the evidence.</param>
    /// <param name="Ajukan">Submit it as done for the evaluator to accept.</param>
    public sealed record Command(string KodeSatker, int Tahun, int Id, int Revisi, StatusTindakLanjut Status, string? TindakLanjut, bool Ajukan = false);

    public sealed class Handler(SakipDbContext db, TimeProvider clock)
    {
        public async Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var rekomendasi = await EvaluasiTersimpan.RekomendasiAsync(db, pelaku, c.KodeSatker, c.Tahun, c.Id, c.Revisi, Tindakan.MengisiEvaluasiMandiri, ct);
            if (!rekomendasi.Berhasil)
            {
                return rekomendasi.Kegagalan!;
            }

            var (_, r) = rekomendasi.Nilai;

            if (r.Status == StatusTindakLanjut.Selesai || r.DiajukanPada is not null)
            {
                return Gagal.TidakSah(r.Status == StatusTindakLanjut.Selesai
                    ? $"Tindak lanjut rekomendasi {r.Nomor} sudah diterima evaluator."
                    : $"Tindak lanjut rekomendasi {r.Nomor} sedang menunggu penerimaan evaluator.");
            }

            var isian = new PemeriksaIsian();
            var teks = isian.Teks(c.TindakLanjut, EditRekomendasiEvaluasi.PanjangUraian, nameof(Command.TindakLanjut), "tindak lanjut", wajib: c.Ajukan);
            if (c.Status == StatusTindakLanjut.Selesai || !Enum.IsDefined(c.Status))
            {
                isian.Tambah(nameof(Command.Status), "Pilih belum atau dalam proses; status selesai diberikan evaluator saat menerima tindak lanjut yang diajukan.");
            }

            if (isian.Ada)
            {
                return Gagal.TidakSah(isian.Kesalahans);
            }

            r.TindakLanjut = teks;
            r.Status = c.Ajukan ? StatusTindakLanjut.DalamProses : c.Status;
            if (c.Ajukan)
            {
                r.DiajukanPada = clock.GetUtcNow();
                r.CatatanEvaluator = null;
            }

            r.Revisi++;
            return await db.SimpanAsync(() => r.Revisi, ct, EditRekomendasiEvaluasi.Konflik);
        }
    }
}
