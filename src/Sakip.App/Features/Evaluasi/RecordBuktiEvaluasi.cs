using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Import.Bukti;
using Sakip.App.Keamanan;
using Sakip.Domain.Evaluasi;

namespace Sakip.App.Features.Evaluasi;

/// <summary>
/// Attaches evidence files to a criterion (or, per sub-component, a sub-component) of an
/// evaluation, or removes one (issue 11, item 4): by those who may answer the round now open, in
/// the evidence storage realisasi uses (content sniffed, 20 MB each, the satker's quota); a file
/// of an earlier round, or of a finished evaluation, stays.
/// </summary>
public static class RecordBuktiEvaluasi
{
    /// <summary>The most files one upload may carry.</summary>
    public const int BerkasPerKirimanMaksimum = 5;

    /// <param name="KodeSatker">The satker evaluated.</param>
    /// <param name="Tahun">The year evaluated.</param>
    /// <param name="Kode">The criterion or sub-component.</param>
    /// <param name="Berkas">The files uploaded (name and content).</param>
    /// <param name="HapusId">The evidence to remove instead.</param>
    public sealed record Command(string KodeSatker, int Tahun, string Kode, IReadOnlyList<(string Nama, byte[] Isi)> Berkas, int? HapusId = null);

    public sealed class Handler(SakipDbContext db, TimeProvider clock, BatasPenyimpanan batas)
    {
        public async Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var bacaan = await Izin.SatkerAsync(db, pelaku, c.KodeSatker, Tindakan.Membaca, ct);
            if (bacaan.Nilai is not { } satker)
            {
                return bacaan.Kegagalan!;
            }

            var e = await db.EvaluasiAkips.Include(x => x.Putarans).Include(x => x.Satker).SingleOrDefaultAsync(x => x.SatkerId == satker.Id && x.Tahun == c.Tahun, ct);
            if (e is null)
            {
                return EvaluasiTersimpan.TidakAda(satker, c.Tahun);
            }

            if (e.PutaranTerbuka is not { } putaran)
            {
                return Gagal.Konflik($"Evaluasi SAKIP {satker.Nama} tahun {c.Tahun} sudah selesai; buktinya terkunci.");
            }

            if (Izin.Periksa(pelaku, EvaluasiTersimpan.TindakanPutaran(putaran.Jenis), satker) is { } tolak)
            {
                return tolak;
            }

            var t = EvaluasiTersimpan.Templat(e);
            var kode = c.Kode.Trim();
            var dikenal = e.Metode == MetodePenilaian.PerKriteria ? t.SemuaKriteria.Any(k => k.Kriteria.Kode == kode) : t.SemuaSubKomponen.Any(s => s.Kode == kode);
            if (!dikenal)
            {
                return Gagal.TidakDitemukan($"'{TeksRingkas.Potong(c.Kode, 20)}' tidak ada di Lembar Kerja Evaluasi {satker.Nama} tahun {c.Tahun}.");
            }

            var buktis = db.Set<BuktiEvaluasi>().Where(b => b.EvaluasiAkipId == e.Id && b.Kode == kode);
            if (c.HapusId is { } id)
            {
                var hapus = await buktis.SingleOrDefaultAsync(b => b.Id == id, ct);
                if (hapus is null)
                {
                    return Gagal.TidakDitemukan($"Berkas bukti ini tidak ada pada {kode}.");
                }

                if (hapus.Putaran != putaran.Jenis)
                {
                    return Gagal.TidakSah($"Berkas '{hapus.NamaBerkas}' dilampirkan pada {EvaluasiTersimpan.NamaPutaran(hapus.Putaran)} yang sudah diajukan; berkas itu tetap.");
                }

                db.Remove(hapus);
                return await db.SimpanAsync(() => id, ct, "Berkas bukti ini baru saja diubah oleh pengguna lain.");
            }

            var salah = new List<Kesalahan>();
            if (c.Berkas.Count == 0)
            {
                return Gagal.TidakSah("Pilih berkas bukti yang akan dilampirkan.", "Berkas");
            }

            var baru = await BerkasBukti.BacaAsync(db, c.Berkas, BerkasPerKirimanMaksimum, salah, ct);
            if (salah.Count == 0 && await BerkasBukti.KuotaAsync(db, batas, satker, baru, ct) is { } salahKuota)
            {
                salah.Add(new("Berkas", salahKuota));
            }

            if (salah.Count > 0)
            {
                return Gagal.TidakSah(salah);
            }

            var sekarang = clock.GetUtcNow();
            foreach (var (nama, berkas) in baru)
            {
                db.Add(new BuktiEvaluasi { EvaluasiAkipId = e.Id, Kode = kode, Putaran = putaran.Jenis, Berkas = berkas, NamaBerkas = nama, DiunggahPada = sekarang, DiunggahOleh = pelaku.NamaLengkap });
            }

            return await db.SimpanAsync(() => baru.Count, ct, "Evaluasi ini baru saja diubah oleh pengguna lain.");
        }
    }
}
