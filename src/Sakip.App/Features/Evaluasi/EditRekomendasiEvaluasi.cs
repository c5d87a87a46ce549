using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Evaluasi;

/// <summary>
/// Adds a recommendation to an evaluation, changes or removes one (an evaluator whose reach
/// includes the satker): its component (one of the template's), what to do (required), the unit
/// responsible and the due date. One whose follow-up was accepted is kept as it is.
/// </summary>
public static class EditRekomendasiEvaluasi
{
    public const int PanjangUraian = 2000;

    /// <param name="KodeSatker">The satker evaluated.</param>
    /// <param name="Tahun">The year evaluated.</param>
    /// <param name="Id">The recommendation changed; null to add one.</param>
    /// <param name="Revisi">The revision the form was opened on (0 for a new one).</param>
    /// <param name="KodeKomponen">The template's component it concerns ("1").</param>
    /// <param name="Uraian">What the satker is to do.</param>
    /// <param name="UnitPenanggungJawab">The unit responsible.</param>
    /// <param name="JatuhTempo">By when.</param>
    /// <param name="Hapus">Remove the recommendation <paramref name="Id"/> instead.</param>
    public sealed record Command(string KodeSatker, int Tahun, int? Id, int Revisi, string? KodeKomponen, string? Uraian, string? UnitPenanggungJawab, DateOnly? JatuhTempo, bool Hapus = false);

    public const string Konflik = "Rekomendasi ini telah diubah sejak Anda membukanya. Isian Anda belum disimpan: muat ulang halaman lalu ulangi.";

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var boleh = await Izin.SatkerAsync(db, pelaku, c.KodeSatker, Tindakan.MengevaluasiAkip, ct);
            if (boleh.Nilai is not { } satker)
            {
                return boleh.Kegagalan!;
            }

            if (await EvaluasiTersimpan.MuatAsync(db, satker.Id, c.Tahun, ct) is not { } e)
            {
                return EvaluasiTersimpan.TidakAda(satker, c.Tahun);
            }

            RekomendasiEvaluasi? r = null;
            if (c.Id is { } id)
            {
                r = e.Rekomendasis.SingleOrDefault(x => x.Id == id);
                if (r is null)
                {
                    return Gagal.TidakDitemukan($"Rekomendasi ini tidak ada pada evaluasi SAKIP {satker.Nama} tahun {c.Tahun}.");
                }

                if (r.Revisi != c.Revisi)
                {
                    return Gagal.Konflik(Konflik);
                }

                if (r.Status == StatusTindakLanjut.Selesai)
                {
                    return Gagal.TidakSah($"Tindak lanjut rekomendasi {r.Nomor} sudah diterima; rekomendasinya tidak dapat diubah lagi.");
                }

                if (c.Hapus)
                {
                    e.Rekomendasis.Remove(r);
                    db.RekomendasiEvaluasis.Remove(r);
                    return await db.SimpanAsync(() => id, ct, Konflik);
                }
            }

            var templat = EvaluasiTersimpan.Templat(e);
            var isian = new PemeriksaIsian();
            var komponen = templat.Komponens.FirstOrDefault(k => string.Equals(k.Kode, c.KodeKomponen?.Trim(), StringComparison.OrdinalIgnoreCase));
            if (komponen is null)
            {
                isian.Tambah(nameof(Command.KodeKomponen), $"Pilih komponen: {string.Join(", ", templat.Komponens.Select(k => $"{k.Kode} {k.Nama}"))}.");
            }

            var uraian = isian.Teks(c.Uraian, PanjangUraian, nameof(Command.Uraian), "rekomendasi", wajib: true);
            var unit = isian.Teks(c.UnitPenanggungJawab, 200, nameof(Command.UnitPenanggungJawab), "unit penanggung jawab");
            if (isian.Ada)
            {
                return Gagal.TidakSah(isian.Kesalahans);
            }

            if (r is null)
            {
                r = new RekomendasiEvaluasi { KodeKomponen = komponen!.Kode, Uraian = uraian!, Nomor = e.Rekomendasis.Select(x => x.Nomor).DefaultIfEmpty().Max() + 1 };
                e.Rekomendasis.Add(r);
            }

            r.KodeKomponen = komponen!.Kode;
            r.Uraian = uraian!;
            r.UnitPenanggungJawab = unit;
            r.JatuhTempo = c.JatuhTempo;
            r.Revisi++;
            return await db.SimpanAsync(() => r.Id, ct, Konflik);
        }
    }
}
