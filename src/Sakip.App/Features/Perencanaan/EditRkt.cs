using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;
using Sakip.Domain.Bilangan;
using Sakip.Domain.Capaian;

namespace Sakip.App.Features.Perencanaan;

/// <summary>
/// Writing a year's plan: an RKT per unit, its sasaran kegiatan, indicators with target, cara
/// pencapaian and cara pengukuran (in words and as a formula of variables), and the year's
/// programmes with their budget. Operators and administrators of the satker; each change is
/// checked whole before anything is written, and a form opened on an older revision is refused.
/// </summary>
public static class EditRkt
{
    public sealed record BuatRkt(string KodeSatker, int Tahun, string? Unit);

    public sealed record SimpanSasaran(int RktId, int? SasaranId, string? Uraian, int? Revisi = null);

    public sealed record SimpanIndikator(int SasaranId, int? IndikatorId, int? Revisi, string? Uraian, string? Target, string? CaraPencapaian, string? CaraPengukuran, string? Rumus, Polaritas Polaritas, bool Hapus = false);

    public sealed record SimpanProgram(string KodeSatker, int Tahun, int? ProgramId, int? Revisi, string? Kode, string? Nama, string? Pagu, bool Hapus = false);

    public const int PanjangTeksMaksimum = 2000;

    private const string Konflik = "Data ini telah diubah oleh pengguna lain sejak Anda membukanya. Isian Anda belum disimpan: muat ulang halaman, periksa perubahan itu, lalu ulangi.";

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Result<int>> BuatAsync(AksesPengguna pelaku, BuatRkt c, CancellationToken ct)
        {
            var satker = await SatkerAsync(pelaku, c.KodeSatker, ct);
            if (!satker.IsSuccess)
            {
                return Result<int>.Gagal(satker);
            }

            var unit = c.Unit?.Trim() ?? string.Empty;
            if (unit.Length is 0 or > 200 || c.Tahun is < 2000 or > 2100)
            {
                return Result<int>.Fail(unit.Length is 0 or > 200 ? "Unit RKT wajib diisi (mis. KPU KOTA BANDAR LAMPUNG atau Sekretariatnya), paling panjang 200 karakter." : "Tahun RKT tidak sah.");
            }

            if (await db.Rkts.AnyAsync(r => r.SatkerId == satker.Value!.Id && r.Tahun == c.Tahun && r.Unit == unit, ct))
            {
                return Result<int>.Konflik($"RKT {c.Tahun} untuk unit {unit} sudah ada.");
            }

            var rkt = new Rkt { SatkerId = satker.Value!.Id, Tahun = c.Tahun, Unit = unit };
            db.Rkts.Add(rkt);
            await db.SaveChangesAsync(ct);
            return Result<int>.Ok(rkt.Id);
        }

        public async Task<Result<int>> SimpanSasaranAsync(AksesPengguna pelaku, SimpanSasaran c, CancellationToken ct)
        {
            var rkt = await db.Rkts.Include(r => r.Satker).Include(r => r.Sasarans).SingleOrDefaultAsync(r => r.Id == c.RktId, ct);
            if (Boleh(pelaku, rkt?.Satker) is { IsSuccess: false } tolak)
            {
                return tolak;
            }

            var uraian = c.Uraian?.Trim() ?? string.Empty;
            if (uraian.Length is 0 or > PanjangTeksMaksimum)
            {
                return Result<int>.Fail($"Uraian sasaran kegiatan wajib diisi, paling panjang {PanjangTeksMaksimum} karakter.");
            }

            var sasaran = c.SasaranId is { } id ? rkt!.Sasarans.FirstOrDefault(s => s.Id == id) : null;
            if (c.SasaranId is not null && sasaran is null)
            {
                return Result<int>.TidakDitemukan("Sasaran kegiatan bukan bagian dari RKT ini.");
            }

            if (sasaran is not null && c.Revisi != sasaran.Revisi)
            {
                return Result<int>.Konflik(Konflik);
            }

            if (sasaran is null)
            {
                sasaran = new SasaranRkt { Nomor = rkt!.Sasarans.Select(s => s.Nomor).DefaultIfEmpty(0).Max() + 1, Uraian = uraian };
                rkt.Sasarans.Add(sasaran);
            }

            sasaran.Uraian = uraian;
            sasaran.Revisi++;
            var hasil = await SimpanAsync(0, ct);
            return hasil.IsSuccess ? Result<int>.Ok(sasaran.Id) : hasil;
        }

        public async Task<Result<int>> SimpanIndikatorAsync(AksesPengguna pelaku, SimpanIndikator c, CancellationToken ct)
        {
            var sasaran = await db.Set<SasaranRkt>().Include(s => s.Indikators).SingleOrDefaultAsync(s => s.Id == c.SasaranId, ct);
            var rkt = sasaran is null ? null : await db.Rkts.Include(r => r.Satker).SingleAsync(r => r.Id == sasaran.RktId, ct);
            if (Boleh(pelaku, rkt?.Satker) is { IsSuccess: false } tolak)
            {
                return tolak;
            }

            var ind = c.IndikatorId is { } id ? sasaran!.Indikators.FirstOrDefault(i => i.Id == id) : null;
            if (c.IndikatorId is not null && ind is null)
            {
                return Result<int>.TidakDitemukan("Indikator bukan bagian dari sasaran kegiatan ini.");
            }

            if (ind is not null && c.Revisi != ind.Revisi)
            {
                return Result<int>.Konflik(Konflik);
            }

            if (c.Hapus)
            {
                if (ind is null)
                {
                    return Result<int>.Fail("Pilih indikator yang akan dihapus.");
                }

                db.Remove(ind);
                return await SimpanAsync(0, ct);
            }

            var uraian = c.Uraian?.Trim() ?? string.Empty;
            if (uraian.Length is 0 or > PanjangTeksMaksimum)
            {
                return Result<int>.Fail($"Uraian indikator: wajib diisi, paling panjang {PanjangTeksMaksimum} karakter.");
            }

            decimal? nilai = null;
            string? satuan = null;
            var target = c.Target?.Trim();
            if (!string.IsNullOrEmpty(target))
            {
                var baca = AngkaIndonesia.Baca(target, null);
                if (baca.Berhasil)
                {
                    (nilai, satuan) = (baca.Nilai, baca.Satuan);
                }
                else if (SkalaPredikat.Sakip.NilaiDari(target) is null)
                {
                    return Result<int>.Fail($"Target: {baca.Kesalahan} (atau tulis predikat SAKIP seperti BB).");
                }
            }

            var rumus = c.Rumus?.Trim();
            if (!string.IsNullOrEmpty(rumus) && Domain.Periode.Rumus.Baca(rumus) is null)
            {
                return Result<int>.Fail($"Rumus: '{rumus}' tidak terbaca; tulis seperti 'dpk / (dpt + dptb) x 100'.");
            }

            if ((c.CaraPencapaian?.Length ?? 0) > PanjangTeksMaksimum || (c.CaraPengukuran?.Length ?? 0) > PanjangTeksMaksimum)
            {
                return Result<int>.Fail($"Cara pencapaian dan cara pengukuran paling panjang {PanjangTeksMaksimum} karakter.");
            }

            if (ind is null)
            {
                ind = new IndikatorRkt { Uraian = uraian, Urutan = sasaran!.Indikators.Select(i => i.Urutan).DefaultIfEmpty(0).Max() + 1 };
                sasaran.Indikators.Add(ind);
            }

            ind.Uraian = uraian;
            ind.TargetTeks = string.IsNullOrEmpty(target) ? null : target;
            ind.TargetNilai = nilai;
            ind.Satuan = satuan;
            ind.CaraPencapaian = Kosongkan(c.CaraPencapaian);
            ind.CaraPengukuran = Kosongkan(c.CaraPengukuran);
            ind.Rumus = string.IsNullOrEmpty(rumus) ? null : rumus;
            ind.Polaritas = c.Polaritas;
            ind.Revisi++;
            var hasil = await SimpanAsync(0, ct);
            return hasil.IsSuccess ? Result<int>.Ok(ind.Id) : hasil;
        }

        public async Task<Result<int>> SimpanProgramAsync(AksesPengguna pelaku, SimpanProgram c, CancellationToken ct)
        {
            var satker = await SatkerAsync(pelaku, c.KodeSatker, ct);
            if (!satker.IsSuccess)
            {
                return Result<int>.Gagal(satker);
            }

            var program = c.ProgramId is { } id ? await db.ProgramAnggarans.SingleOrDefaultAsync(p => p.Id == id && p.SatkerId == satker.Value!.Id && p.Tahun == c.Tahun, ct) : null;
            if (c.ProgramId is not null && program is null)
            {
                return Result<int>.TidakDitemukan("Program bukan program satker dan tahun ini.");
            }

            if (program is not null && c.Revisi != program.Revisi)
            {
                return Result<int>.Konflik(Konflik);
            }

            if (c.Hapus)
            {
                if (program is null)
                {
                    return Result<int>.Fail("Pilih program yang akan dihapus.");
                }

                db.Remove(program);
                return await SimpanAsync(0, ct);
            }

            var nama = c.Nama?.Trim() ?? string.Empty;
            if (nama.Length is 0 or > 300)
            {
                return Result<int>.Fail("Nama program: wajib diisi, paling panjang 300 karakter.");
            }

            var pagu = AngkaIndonesia.Baca(c.Pagu, Satuan.Rupiah);
            if (!pagu.Berhasil || pagu.IsRentang || pagu.Nilai < 0 || (pagu.Satuan is not null && pagu.Satuan != Satuan.Rupiah))
            {
                return Result<int>.Fail($"Pagu: {(pagu.Berhasil ? "tulis satu jumlah rupiah yang tidak negatif, seperti Rp 1.250.000.000" : pagu.Kesalahan)}.");
            }

            if (program is null)
            {
                var urutan = await db.ProgramAnggarans.Where(p => p.SatkerId == satker.Value!.Id && p.Tahun == c.Tahun).Select(p => (int?)p.Urutan).MaxAsync(ct) ?? 0;
                program = new ProgramAnggaran { SatkerId = satker.Value!.Id, Tahun = c.Tahun, Urutan = urutan + 1, Nama = nama };
                db.ProgramAnggarans.Add(program);
            }

            program.Nama = nama;
            program.Kode = Kosongkan(c.Kode);
            program.Pagu = pagu.Nilai!.Value;
            program.Revisi++;
            var hasil = await SimpanAsync(0, ct);
            return hasil.IsSuccess ? Result<int>.Ok(program.Id) : hasil;
        }

        private static string? Kosongkan(string? teks) => string.IsNullOrWhiteSpace(teks) ? null : teks.Trim();

        private async Task<Result<int>> SimpanAsync(int id, CancellationToken ct)
        {
            try
            {
                await db.SaveChangesAsync(ct);
                return Result<int>.Ok(id);
            }
            catch (DbUpdateConcurrencyException)
            {
                return Result<int>.Konflik(Konflik);
            }
        }

        private static Result<int> Boleh(AksesPengguna pelaku, Satker? satker) =>
            satker is null ? Result<int>.TidakDitemukan("RKT tidak ditemukan.")
            : pelaku.Punya(satker.Id, Peran.Operator, Peran.Administrator) ? Result<int>.Ok(0)
            : Result<int>.Ditolak($"Anda tidak berhak mengubah RKT {satker.Nama}.");

        private async Task<Result<Satker>> SatkerAsync(AksesPengguna pelaku, string kodeSatker, CancellationToken ct)
        {
            var satker = await db.Satkers.AsNoTracking().SingleOrDefaultAsync(s => s.Kode == kodeSatker, ct);
            return satker is null ? Result<Satker>.TidakDitemukan($"Satker dengan kode '{kodeSatker}' tidak ditemukan.")
                : pelaku.Punya(satker.Id, Peran.Operator, Peran.Administrator) ? Result<Satker>.Ok(satker)
                : Result<Satker>.Ditolak($"Anda tidak berhak mengubah RKT {satker.Nama}.");
        }
    }
}
