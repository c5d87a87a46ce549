using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.Domain.Bilangan;

namespace Sakip.App.Import.Bukti;

/// <summary>
/// The evidence storage realisasi and the AKIP evaluation share: uploads checked (count, size,
/// content sniffed), stored once per content by SHA-256, and the satker's quota counting every
/// file its realisasi and evaluations keep.
/// </summary>
public static class BerkasBukti
{
    /// <summary>Checks size and content of each upload and finds or creates its stored file by SHA-256; the problems go to <paramref name="salah"/> under the field <c>Berkas</c>.</summary>
    public static async Task<List<(string Nama, Berkas Berkas)>> BacaAsync(SakipDbContext db, IReadOnlyList<(string Nama, byte[] Isi)> unggahan, int maksimum, List<Kesalahan> salah, CancellationToken ct)
    {
        var hasil = new List<(string, Berkas)>();
        if (unggahan.Count > maksimum)
        {
            salah.Add(new("Berkas", $"Paling banyak {maksimum} berkas sekali kirim; terpilih {unggahan.Count}."));
            return hasil;
        }

        foreach (var (namaAsli, isi) in unggahan)
        {
            var nama = JenisBerkas.NamaAman(namaAsli);
            if (isi.LongLength == 0)
            {
                salah.Add(new("Berkas", $"Berkas '{nama}' kosong."));
                continue;
            }

            if (isi.LongLength > JenisBerkas.UkuranMaksimum)
            {
                salah.Add(new("Berkas", $"Berkas '{nama}' berukuran {isi.LongLength / 1024 / 1024} MB; paling besar 20 MB."));
                continue;
            }

            var jenis = JenisBerkas.Kenali(isi);
            if (jenis is null)
            {
                salah.Add(new("Berkas", $"Berkas '{nama}' bukan PDF, JPEG, PNG, XLSX atau DOCX (yang diperiksa isi berkasnya, bukan namanya)."));
                continue;
            }

            var sha = Keamanan.Sidik.Sha256(isi);
            var berkas = await db.Set<Berkas>().SingleOrDefaultAsync(b => b.Sha256 == sha, ct)
                ?? hasil.Select(h => h.Item2).FirstOrDefault(b => b.Sha256 == sha)
                ?? new Berkas { Sha256 = sha, JenisKonten = jenis, Ukuran = isi.LongLength, Isi = isi };
            hasil.Add((nama, berkas));
        }

        return hasil;
    }

    /// <summary>
    /// The satker's evidence quota (<see cref="BatasPenyimpanan.KuotaBuktiSatker"/>): the files it
    /// already stores plus the new ones (a file stored before, by anyone, costs nothing again); the
    /// refusal, or null when they fit.
    /// </summary>
    public static async Task<string?> KuotaAsync(SakipDbContext db, BatasPenyimpanan batas, Satker satker, List<(string Nama, Berkas Berkas)> baru, CancellationToken ct)
    {
        var tambahan = baru.Select(b => b.Berkas).Where(b => b.Id == 0).DistinctBy(b => b.Sha256).Sum(b => b.Ukuran);
        if (tambahan == 0)
        {
            return null;
        }

        var terpakai = await UkuranSatkerAsync(db, satker.Id, ct);
        return terpakai + tambahan <= batas.KuotaBuktiSatker ? null
            : $"Ruang penyimpanan bukti {satker.Nama} tidak cukup: terpakai {Mb(terpakai)} dari {Mb(batas.KuotaBuktiSatker)}, berkas baru {Mb(tambahan)}. Hubungi administrator.";
    }

    /// <summary>The bytes of the distinct files the satker's realisasi and evaluations keep as evidence.</summary>
    public static async Task<long> UkuranSatkerAsync(SakipDbContext db, int satkerId, CancellationToken ct)
    {
        var realisasi = db.Set<BuktiRealisasi>()
            .Where(b => db.RealisasiKinerjas.Any(r => r.Id == b.RealisasiKinerjaId
                && db.PerjanjianKinerjas.Any(p => p.Id == r.Indikator.Sasaran.PerjanjianKinerjaId && p.SatkerId == satkerId)))
            .Select(b => b.BerkasId);
        var evaluasi = db.Set<BuktiEvaluasi>().Where(b => db.EvaluasiAkips.Any(e => e.Id == b.EvaluasiAkipId && e.SatkerId == satkerId)).Select(b => b.BerkasId);
        var ids = (await realisasi.ToListAsync(ct)).Concat(await evaluasi.ToListAsync(ct)).Distinct().ToList();
        return ids.Count == 0 ? 0 : (await db.Set<Berkas>().Where(b => ids.Contains(b.Id)).Select(b => b.Ukuran).ToListAsync(ct)).Sum();
    }

    private static string Mb(long bita) => FormatIndonesia.Angka(bita / 1024m / 1024m, 1) + " MB";
}
