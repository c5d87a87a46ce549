using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;
using Sakip.Domain.Bilangan;
using Sakip.Domain.Capaian;

namespace Sakip.App.Features.Perencanaan;

/// <summary>
/// Writing a satker's Renstra: its period, visi, misi and tujuan, sasaran strategis with their
/// programme and kegiatan, and indicators with a target for each year of the period (numbers as
/// people write them, or a SAKIP grade). Operators, administrators and the pimpinan of the satker;
/// every field is checked before anything is written.
/// </summary>
public static class EditRenstra
{
    public sealed record BuatRenstra(string KodeSatker, int TahunAwal, int TahunAkhir);

    /// <summary>Visi, and misi and tujuan one per line (empty lines are dropped).</summary>
    public sealed record SimpanPernyataan(string KodeSatker, string? Visi, string? Misi, string? Tujuan, int? Revisi = null);

    /// <summary>A sasaran strategis; <c>Revisi</c> is the one the form was opened on (null for a new one).</summary>
    public sealed record SimpanSasaran(string KodeSatker, int? SasaranId, string? Kode, string? Uraian, string? Program, string? Kegiatan, int? Revisi = null);

    /// <summary>
    /// An indicator of a sasaran; <c>Targets</c> maps each year of the period to its target as typed
    /// (blank for none); <c>IndukId</c> names the indicator of the parent satker's sasaran it
    /// cascades from; <c>Revisi</c> is the one the form was opened on.
    /// </summary>
    public sealed record SimpanIndikator(int SasaranId, int? IndikatorId, string? Kode, string? Uraian, IReadOnlyDictionary<int, string?> Targets, int? IndukId = null, int? Revisi = null);

    private const string Konflik = "Data ini telah diubah oleh pengguna lain sejak Anda membukanya. Isian Anda belum disimpan: muat ulang halaman, periksa perubahan itu, lalu ulangi.";

    public const int PanjangTeksMaksimum = 2000;

    /// <summary>The most misi, and the most tujuan, one Renstra states.</summary>
    public const int ButirMaksimum = 30;

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Result<int>> BuatAsync(AksesPengguna pelaku, BuatRenstra c, CancellationToken ct)
        {
            var satker = await SatkerAsync(pelaku, c.KodeSatker, ct);
            if (!satker.IsSuccess)
            {
                return Result<int>.Gagal(satker);
            }

            if (c.TahunAwal is < 2000 or > 2100 || c.TahunAkhir < c.TahunAwal || c.TahunAkhir - c.TahunAwal > 9)
            {
                return Result<int>.Fail("Periode Renstra: tahun awal dan akhir antara 2000 dan 2100, paling lama 10 tahun.");
            }

            if (await db.Renstras.AnyAsync(r => r.SatkerId == satker.Value!.Id && r.TahunAwal <= c.TahunAkhir && r.TahunAkhir >= c.TahunAwal, ct))
            {
                return Result<int>.Konflik($"{satker.Value!.Nama} sudah memiliki Renstra yang mencakup sebagian tahun {c.TahunAwal}-{c.TahunAkhir}.");
            }

            var renstra = new Renstra { SatkerId = satker.Value!.Id, TahunAwal = c.TahunAwal, TahunAkhir = c.TahunAkhir };
            db.Renstras.Add(renstra);
            await db.SaveChangesAsync(ct);
            return Result<int>.Ok(renstra.Id);
        }

        public async Task<Result<int>> SimpanPernyataanAsync(AksesPengguna pelaku, SimpanPernyataan c, CancellationToken ct)
        {
            var renstra = await RenstraAsync(pelaku, c.KodeSatker, ct);
            if (!renstra.IsSuccess)
            {
                return Result<int>.Gagal(renstra);
            }

            var r = renstra.Value!;
            if (c.Revisi is { } revisi && revisi != r.Revisi)
            {
                return Result<int>.Konflik(Konflik);
            }

            var misi = Baris(c.Misi);
            var tujuan = Baris(c.Tujuan);
            if (misi.Count > ButirMaksimum || tujuan.Count > ButirMaksimum)
            {
                return Result<int>.Fail($"Misi dan tujuan masing-masing paling banyak {ButirMaksimum} butir (satu butir per baris); tertulis {misi.Count} misi dan {tujuan.Count} tujuan.");
            }

            if ((c.Visi?.Length ?? 0) > PanjangTeksMaksimum || misi.Concat(tujuan).Any(t => t.Length > PanjangTeksMaksimum))
            {
                return Result<int>.Fail($"Visi, dan setiap butir misi dan tujuan, paling panjang {PanjangTeksMaksimum} karakter.");
            }

            r.Visi = string.IsNullOrWhiteSpace(c.Visi) ? null : c.Visi.Trim();
            db.RemoveRange(r.Butirs);
            r.Butirs.Clear();
            r.Butirs.AddRange(misi.Select((t, i) => new RenstraButir { Jenis = JenisButirRenstra.Misi, Nomor = i + 1, Teks = t }));
            r.Butirs.AddRange(tujuan.Select((t, i) => new RenstraButir { Jenis = JenisButirRenstra.Tujuan, Nomor = i + 1, Teks = t }));
            r.Revisi++;
            return await SimpanAsync(() => r.Id, ct);
        }

        public async Task<Result<int>> SimpanSasaranAsync(AksesPengguna pelaku, SimpanSasaran c, CancellationToken ct)
        {
            var renstra = await RenstraAsync(pelaku, c.KodeSatker, ct);
            if (!renstra.IsSuccess)
            {
                return Result<int>.Gagal(renstra);
            }

            var r = renstra.Value!;
            var kode = c.Kode?.Trim() ?? string.Empty;
            var uraian = c.Uraian?.Trim() ?? string.Empty;
            if (kode.Length is 0 or > 40)
            {
                return Result<int>.Fail("Kode sasaran: wajib diisi, paling panjang 40 karakter (mis. SS1).");
            }

            if (uraian.Length is 0 or > PanjangTeksMaksimum)
            {
                return Result<int>.Fail($"Uraian sasaran: wajib diisi, paling panjang {PanjangTeksMaksimum} karakter.");
            }

            var sasaran = c.SasaranId is { } id ? r.Sasarans.FirstOrDefault(s => s.Id == id) : null;
            if (c.SasaranId is not null && sasaran is null)
            {
                return Result<int>.TidakDitemukan("Sasaran bukan bagian dari Renstra ini.");
            }

            if (sasaran is not null && c.Revisi != sasaran.Revisi)
            {
                return Result<int>.Konflik(Konflik);
            }

            if (r.Sasarans.Any(s => s != sasaran && string.Equals(s.Kode, kode, StringComparison.OrdinalIgnoreCase)))
            {
                return Result<int>.Fail($"Kode sasaran: '{kode}' sudah dipakai sasaran lain.");
            }

            if (sasaran is null)
            {
                sasaran = new SasaranRenstra { Kode = kode, Uraian = uraian };
                r.Sasarans.Add(sasaran);
            }

            sasaran.Kode = kode;
            sasaran.Uraian = uraian;
            sasaran.Program = string.IsNullOrWhiteSpace(c.Program) ? null : c.Program.Trim();
            sasaran.Kegiatan = string.IsNullOrWhiteSpace(c.Kegiatan) ? null : c.Kegiatan.Trim();
            sasaran.Revisi++;
            return await SimpanAsync(() => sasaran.Id, ct);
        }

        public async Task<Result<int>> SimpanIndikatorAsync(AksesPengguna pelaku, SimpanIndikator c, CancellationToken ct)
        {
            var sasaran = await db.SasaranRenstras.Include(s => s.Renstra).ThenInclude(r => r.Satker).Include(s => s.Indikators).ThenInclude(i => i.Targets)
                .SingleOrDefaultAsync(s => s.Id == c.SasaranId, ct);
            if (sasaran is null)
            {
                return Result<int>.TidakDitemukan("Sasaran Renstra tidak ditemukan.");
            }

            if (!pelaku.Punya(sasaran.Renstra.SatkerId, Peran.Operator, Peran.Administrator, Peran.Pimpinan))
            {
                return Result<int>.Ditolak($"Anda tidak berhak mengubah Renstra {sasaran.Renstra.Satker.Nama}.");
            }

            var ind = c.IndikatorId is { } id ? sasaran.Indikators.FirstOrDefault(i => i.Id == id) : null;
            if (c.IndikatorId is not null && ind is null)
            {
                return Result<int>.TidakDitemukan("Indikator bukan bagian dari sasaran ini.");
            }

            if (ind is not null && c.Revisi != ind.Revisi)
            {
                return Result<int>.Konflik(Konflik);
            }

            var kode = c.Kode?.Trim() ?? string.Empty;
            var uraian = c.Uraian?.Trim() ?? string.Empty;
            if (kode.Length is 0 or > 40 || uraian.Length is 0 or > PanjangTeksMaksimum)
            {
                return Result<int>.Fail(kode.Length is 0 or > 40 ? "Kode indikator: wajib diisi, paling panjang 40 karakter." : $"Uraian indikator: wajib diisi, paling panjang {PanjangTeksMaksimum} karakter.");
            }

            if (sasaran.Indikators.Any(i => i != ind && string.Equals(i.Kode, kode, StringComparison.OrdinalIgnoreCase)))
            {
                return Result<int>.Fail($"Kode indikator: '{kode}' sudah dipakai indikator lain pada sasaran {sasaran.Kode}.");
            }

            if (c.IndukId is { } induk && (sasaran.IndukId is null || !await db.IndikatorRenstras.AnyAsync(i => i.Id == induk && i.SasaranRenstraId == sasaran.IndukId, ct)))
            {
                return Result<int>.Fail("Indikator induk: pilih indikator dari sasaran induk yang dirujuk sasaran ini.");
            }

            var salah = new List<string>();
            var targets = new List<TargetRenstra>();
            foreach (var (tahun, teks) in c.Targets.OrderBy(t => t.Key))
            {
                if (tahun < sasaran.Renstra.TahunAwal || tahun > sasaran.Renstra.TahunAkhir)
                {
                    salah.Add($"Target {tahun}: di luar periode Renstra {sasaran.Renstra.TahunAwal}-{sasaran.Renstra.TahunAkhir}.");
                    continue;
                }

                if (string.IsNullOrWhiteSpace(teks))
                {
                    continue;
                }

                var baca = AngkaIndonesia.Baca(teks, null);
                if (!baca.Berhasil && SkalaPredikat.Sakip.NilaiDari(teks.Trim()) is null)
                {
                    salah.Add($"Target {tahun}: {baca.Kesalahan} (atau tulis predikat SAKIP seperti BB).");
                    continue;
                }

                targets.Add(new TargetRenstra { Tahun = tahun, Teks = teks.Trim(), Nilai = baca.Berhasil ? baca.Nilai : null, Satuan = baca.Berhasil ? baca.Satuan : null });
            }

            if (salah.Count > 0)
            {
                return Result<int>.Fail(string.Join(" ", salah));
            }

            if (ind is null)
            {
                ind = new IndikatorRenstra { Kode = kode, Uraian = uraian };
                sasaran.Indikators.Add(ind);
            }

            ind.Kode = kode;
            ind.Uraian = uraian;
            ind.IndukId = c.IndukId;
            db.RemoveRange(ind.Targets);
            ind.Targets.Clear();
            ind.Targets.AddRange(targets);
            ind.Revisi++;
            return await SimpanAsync(() => ind.Id, ct);
        }

        private async Task<Result<int>> SimpanAsync(Func<int> id, CancellationToken ct)
        {
            try
            {
                await db.SaveChangesAsync(ct);
                return Result<int>.Ok(id());
            }
            catch (DbUpdateConcurrencyException)
            {
                return Result<int>.Konflik(Konflik);
            }
        }

        private static List<string> Baris(string? teks) =>
            [.. (teks ?? string.Empty).Split('\n').Select(b => b.Trim()).Where(b => b.Length > 0)];

        private async Task<Result<Satker>> SatkerAsync(AksesPengguna pelaku, string kodeSatker, CancellationToken ct)
        {
            var satker = await db.Satkers.AsNoTracking().SingleOrDefaultAsync(s => s.Kode == kodeSatker, ct);
            return satker is null ? Result<Satker>.TidakDitemukan($"Satker dengan kode '{kodeSatker}' tidak ditemukan.")
                : pelaku.Punya(satker.Id, Peran.Operator, Peran.Administrator, Peran.Pimpinan) ? Result<Satker>.Ok(satker)
                : Result<Satker>.Ditolak($"Anda tidak berhak mengubah Renstra {satker.Nama}.");
        }

        /// <summary>The satker's latest Renstra, tracked with its statements and sasaran, when the user may edit it.</summary>
        private async Task<Result<Renstra>> RenstraAsync(AksesPengguna pelaku, string kodeSatker, CancellationToken ct)
        {
            var satker = await SatkerAsync(pelaku, kodeSatker, ct);
            if (!satker.IsSuccess)
            {
                return Result<Renstra>.Gagal(satker);
            }

            var renstra = await db.Renstras.Include(r => r.Butirs).Include(r => r.Sasarans).AsSplitQuery()
                .Where(r => r.SatkerId == satker.Value!.Id).OrderByDescending(r => r.TahunAwal).FirstOrDefaultAsync(ct);
            return renstra is null ? Result<Renstra>.TidakDitemukan($"Belum ada Renstra untuk {satker.Value!.Nama}.") : Result<Renstra>.Ok(renstra);
        }
    }
}
