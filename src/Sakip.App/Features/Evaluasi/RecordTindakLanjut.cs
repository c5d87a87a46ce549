using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Import.Bukti;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Evaluasi;

/// <summary>
/// The satker's follow-up of a recommendation (its operator or pimpinan): what was done (with links
/// to the evidence, and evidence files in the storage realisasi uses), whether it is under way, and, once done, its submission for the evaluator to
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
    /// <param name="Berkas">Evidence files to attach (name and content).</param>
    public sealed record Command(string KodeSatker, int Tahun, int Id, int Revisi, StatusTindakLanjut Status, string? TindakLanjut, bool Ajukan = false, IReadOnlyList<(string Nama, byte[] Isi)>? Berkas = null);

    public sealed class Handler(SakipDbContext db, TimeProvider clock, BatasPenyimpanan batas)
    {
        public async Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var rekomendasi = await EvaluasiTersimpan.RekomendasiAsync(db, pelaku, c.KodeSatker, c.Tahun, c.Id, c.Revisi, Tindakan.MengisiEvaluasiMandiri, ct);
            if (!rekomendasi.Berhasil)
            {
                return rekomendasi.Kegagalan!;
            }

            var (satker, r) = rekomendasi.Nilai;

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

            var salah = new List<Kesalahan>(isian.Kesalahans);
            var berkas = c.Berkas is { Count: > 0 } unggahan ? await BerkasBukti.BacaAsync(db, unggahan, RecordBuktiEvaluasi.BerkasPerKirimanMaksimum, salah, ct) : [];
            if (salah.Count == 0 && await BerkasBukti.KuotaAsync(db, batas, satker, berkas, ct) is { } salahKuota)
            {
                salah.Add(new("Berkas", salahKuota));
            }

            if (salah.Count > 0)
            {
                return Gagal.TidakSah(salah);
            }

            var sekarang = clock.GetUtcNow();
            foreach (var (nama, b) in berkas)
            {
                db.Add(new BuktiEvaluasi { EvaluasiAkipId = r.EvaluasiAkipId, RekomendasiEvaluasiId = r.Id, Kode = $"R{r.Nomor}", Putaran = JenisPutaran.Mandiri, Berkas = b, NamaBerkas = nama, DiunggahPada = sekarang, DiunggahOleh = pelaku.NamaLengkap });
            }

            r.TindakLanjut = teks;
            r.Status = c.Ajukan ? StatusTindakLanjut.DalamProses : c.Status;
            if (c.Ajukan)
            {
                r.DiajukanPada = sekarang;
                r.CatatanEvaluator = null;
            }

            r.Revisi++;
            return await db.SimpanAsync(() => r.Revisi, ct, EditRekomendasiEvaluasi.Konflik);
        }
    }
}
