using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;


namespace Sakip.App.Features.Perjanjian;

/// <summary>
/// Starts a PK perubahan: a new draft version copied from the latest signed one, with the reason
/// and the date from which it is to apply. The old version is kept unchanged and stays in force
/// until the new one is signed.
/// </summary>
public static class RevisePerjanjianKinerja
{
    public const int PanjangAlasanMinimum = 10;

    public sealed record Command(int Id, string? Alasan, DateOnly? BerlakuMulai);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Result<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var asal = await db.PerjanjianKinerjas.AsNoTracking().Include(p => p.Satker)
                .Include(p => p.Sasarans).ThenInclude(s => s.Indikators).ThenInclude(i => i.RencanaAksis)
                .AsSplitQuery()
                .SingleOrDefaultAsync(p => p.Id == c.Id, ct);
            if (asal is null)
            {
                return Result<int>.TidakDitemukan("Perjanjian Kinerja tidak ditemukan.");
            }

            if (!pelaku.Punya(asal.SatkerId, Peran.Operator, Peran.Administrator, Peran.Pimpinan))
            {
                return Result<int>.Ditolak($"Anda tidak berhak menyusun perubahan Perjanjian Kinerja {asal.Satker.Nama}.");
            }

            var versiLain = await db.PerjanjianKinerjas.AsNoTracking()
                .Where(p => p.SatkerId == asal.SatkerId && p.Tahun == asal.Tahun && p.Kode == asal.Kode)
                .Select(p => new { p.Versi, p.Status })
                .ToListAsync(ct);
            if (asal.Status != StatusPerjanjianKinerja.Ditandatangani || asal.Versi != versiLain.Max(v => v.Versi))
            {
                return Result<int>.Fail("Perubahan hanya dapat dibuat dari versi terakhir yang sudah ditandatangani.");
            }

            var alasan = c.Alasan?.Trim() ?? string.Empty;
            if (alasan.Length < PanjangAlasanMinimum)
            {
                return Result<int>.Fail($"Tuliskan alasan perubahan (minimal {PanjangAlasanMinimum} karakter).");
            }

            if (c.BerlakuMulai is not { } mulai || mulai.Year != asal.Tahun || mulai <= asal.BerlakuMulai)
            {
                return Result<int>.Fail($"Tanggal berlaku harus dalam tahun {asal.Tahun} dan sesudah berlakunya versi {asal.Versi}.");
            }

            var baru = new Entities.PerjanjianKinerja
            {
                SatkerId = asal.SatkerId,
                Tahun = asal.Tahun,
                Kode = asal.Kode,
                Versi = asal.Versi + 1,
                Judul = asal.Judul,
                PihakPertamaId = asal.PihakPertamaId,
                PihakKeduaId = asal.PihakKeduaId,
                Tempat = asal.Tempat,
                BerlakuMulai = mulai,
                AlasanPerubahan = alasan,
                Status = StatusPerjanjianKinerja.Draf,
            };
            foreach (var s in asal.Sasarans.OrderBy(s => s.Urutan))
            {
                var sasaran = new SasaranPerjanjianKinerja { Kode = s.Kode, Urutan = s.Urutan, Uraian = s.Uraian };
                foreach (var i in s.Indikators.OrderBy(i => i.Urutan))
                {
                    var ind = new IndikatorKinerja
                    {
                        Kode = i.Kode,
                        Urutan = i.Urutan,
                        Uraian = i.Uraian,
                        JenisTarget = i.JenisTarget,
                        Polaritas = i.Polaritas,
                        TargetNilai = i.TargetNilai,
                        TargetAtas = i.TargetAtas,
                        TargetPredikat = i.TargetPredikat,
                        SkalaPredikat = i.SkalaPredikat,
                        TargetTanggal = i.TargetTanggal,
                        Satuan = i.Satuan,
                        Periodisitas = i.Periodisitas,
                        CaraAkumulasi = i.CaraAkumulasi,
                        Rumus = i.Rumus,
                        CaraPerhitungan = i.CaraPerhitungan,
                    };
                    ind.RencanaAksis.AddRange(i.RencanaAksis.Select(r => new TargetTriwulan
                    {
                        Triwulan = r.Triwulan,
                        TargetNilai = r.TargetNilai,
                        TargetPredikat = r.TargetPredikat,
                        Aksi = r.Aksi,
                        PenanggungJawab = r.PenanggungJawab,
                    }));
                    sasaran.Indikators.Add(ind);
                }

                baru.Sasarans.Add(sasaran);
            }

            db.PerjanjianKinerjas.Add(baru);
            await db.SaveChangesAsync(ct);
            return Result<int>.Ok(baru.Id);
        }
    }
}
