using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;
using Sakip.Domain.Bilangan;

namespace Sakip.App.Features.Perjanjian;

/// <summary>
/// Prepares a new PK (version 1, a draft) for a satker-year, empty or carried from one of its
/// RKTs: the RKT's sasaran and indicators with their targets, units, and cara pengukuran become
/// the PK's. The parties are chosen from the satker's people: the Ketua alone, or the Sekretaris
/// as pihak pertama with the Ketua as pihak kedua; each form may exist once per satker-year
/// (later changes are PK perubahan).
/// </summary>
public static class CreatePerjanjianKinerja
{
    /// <summary>The two forms of a PK, which also name the agreement across its versions.</summary>
    public const string KodeKetua = "KETUA";

    public const string KodeSekretaris = "SEKRETARIS";

    /// <summary>
    /// A new PK of a satker-year: <c>RktId</c> names the RKT to carry (null for an empty PK);
    /// <c>PihakKeduaId</c> is null for a Ketua-only PK.
    /// </summary>
    public sealed record Command(string KodeSatker, int Tahun, int? RktId, int? PihakPertamaId, int? PihakKeduaId, string? Tempat);

    /// <summary>What the creation form offers: the satker's people and its RKTs of the year.</summary>
    public sealed record Pilihan(string NamaSatker, IReadOnlyList<(int Id, string Nama, string Jabatan)> Pegawais, IReadOnlyList<(int Id, string Unit, int JumlahIndikator)> Rkts, IReadOnlyList<string> KodeTerpakai);

    public sealed record Query(AksesPengguna Pelaku, string KodeSatker, int Tahun);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Result<Pilihan>> PilihanAsync(Query q, CancellationToken ct)
        {
            var satker = await SatkerAsync(q.Pelaku, q.KodeSatker, ct);
            if (!satker.IsSuccess)
            {
                return Result<Pilihan>.Gagal(satker);
            }

            var s = satker.Value!;
            var pegawai = await db.Pegawais.AsNoTracking().Where(p => p.SatkerId == s.Id).OrderBy(p => p.Id).Select(p => new { p.Id, p.Nama, p.Jabatan }).ToListAsync(ct);
            var rkt = await db.Rkts.AsNoTracking().Where(r => r.SatkerId == s.Id && r.Tahun == q.Tahun).OrderBy(r => r.Id)
                .Select(r => new { r.Id, r.Unit, Jumlah = r.Sasarans.SelectMany(x => x.Indikators).Count() }).ToListAsync(ct);
            var terpakai = await db.PerjanjianKinerjas.AsNoTracking().Where(p => p.SatkerId == s.Id && p.Tahun == q.Tahun).Select(p => p.Kode).Distinct().ToListAsync(ct);
            return Result<Pilihan>.Ok(new Pilihan(s.Nama, [.. pegawai.Select(p => (p.Id, p.Nama, p.Jabatan))], [.. rkt.Select(r => (r.Id, r.Unit, r.Jumlah))], terpakai));
        }

        public async Task<Result<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var satker = await SatkerAsync(pelaku, c.KodeSatker, ct);
            if (!satker.IsSuccess)
            {
                return Result<int>.Gagal(satker);
            }

            var s = satker.Value!;
            if (c.Tahun is < 2000 or > 2100)
            {
                return Result<int>.Fail("Tahun Perjanjian Kinerja tidak sah.");
            }

            var pegawai = await db.Pegawais.AsNoTracking().Where(p => p.SatkerId == s.Id).ToDictionaryAsync(p => p.Id, ct);
            if (c.PihakPertamaId is not { } pertamaId || !pegawai.TryGetValue(pertamaId, out var pertama))
            {
                return Result<int>.Fail($"Pilih pihak pertama dari pegawai {s.Nama}.");
            }

            Pegawai? kedua = null;
            if (c.PihakKeduaId is { } keduaId && (!pegawai.TryGetValue(keduaId, out kedua) || keduaId == pertamaId))
            {
                return Result<int>.Fail($"Pihak kedua harus pegawai {s.Nama} yang lain dari pihak pertama.");
            }

            var kode = kedua is null ? KodeKetua : KodeSekretaris;
            if (await db.PerjanjianKinerjas.AnyAsync(p => p.SatkerId == s.Id && p.Tahun == c.Tahun && p.Kode == kode, ct))
            {
                return Result<int>.Konflik($"Perjanjian Kinerja {c.Tahun} {(kedua is null ? "Ketua" : "Sekretaris dengan Ketua")} {s.Nama} sudah ada; ubahlah lewat perubahan (versi baru).");
            }

            var pk = new Entities.PerjanjianKinerja
            {
                SatkerId = s.Id,
                Tahun = c.Tahun,
                Kode = kode,
                Versi = 1,
                Judul = pertama.Jabatan.Contains(s.Nama, StringComparison.OrdinalIgnoreCase)
                    ? $"Perjanjian Kinerja {c.Tahun} {pertama.Jabatan}"
                    : $"Perjanjian Kinerja {c.Tahun} {pertama.Jabatan} {s.Nama}",
                PihakPertamaId = pertama.Id,
                PihakKeduaId = kedua?.Id,
                Tempat = string.IsNullOrWhiteSpace(c.Tempat) ? null : c.Tempat.Trim(),
                BerlakuMulai = new DateOnly(c.Tahun, 1, 1),
                Status = StatusPerjanjianKinerja.Draf,
            };
            if (c.RktId is { } rktId)
            {
                var rkt = await db.Rkts.AsNoTracking().Include(r => r.Sasarans).ThenInclude(x => x.Indikators).AsSplitQuery()
                    .SingleOrDefaultAsync(r => r.Id == rktId && r.SatkerId == s.Id && r.Tahun == c.Tahun, ct);
                if (rkt is null)
                {
                    return Result<int>.Fail($"RKT yang dipilih bukan RKT {s.Nama} tahun {c.Tahun}.");
                }

                Salin(rkt, pk);
            }

            db.PerjanjianKinerjas.Add(pk);
            await db.SaveChangesAsync(ct);
            return Result<int>.Ok(pk.Id);
        }

        private async Task<Result<Satker>> SatkerAsync(AksesPengguna pelaku, string kodeSatker, CancellationToken ct)
        {
            var satker = await db.Satkers.AsNoTracking().SingleOrDefaultAsync(x => x.Kode == kodeSatker, ct);
            return satker is null ? Result<Satker>.TidakDitemukan($"Satker dengan kode '{kodeSatker}' tidak ditemukan.")
                : pelaku.Punya(satker.Id, Peran.Operator, Peran.Administrator, Peran.Pimpinan) ? Result<Satker>.Ok(satker)
                : Result<Satker>.Ditolak($"Anda tidak berhak menyusun Perjanjian Kinerja {satker.Nama}.");
        }

        /// <summary>Carries the RKT's sasaran and indicators; a target that cannot be read stays empty for the operator to set.</summary>
        private static void Salin(Rkt rkt, Entities.PerjanjianKinerja pk)
        {
            foreach (var s in rkt.Sasarans.OrderBy(x => x.Nomor))
            {
                var kodeSasaran = s.Nomor.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var sasaran = new SasaranPerjanjianKinerja { Kode = kodeSasaran, Urutan = s.Nomor, Uraian = s.Uraian };
                var urutan = 0;
                foreach (var i in s.Indikators.OrderBy(x => x.Urutan))
                {
                    var ind = new IndikatorKinerja
                    {
                        Kode = $"{kodeSasaran}.{++urutan}",
                        Urutan = urutan,
                        Uraian = i.Uraian,
                        Satuan = Satuan.Normalkan(i.Satuan),
                        Rumus = i.Rumus,
                        Polaritas = i.Polaritas,
                        CaraPerhitungan = i.CaraPengukuran,
                        JenisTarget = JenisTarget.Angka,
                    };
                    if (!string.IsNullOrWhiteSpace(i.TargetTeks))
                    {
                        TargetIndikator.Terapkan(ind, i.TargetTeks, bolehGantiJenis: true);
                    }

                    sasaran.Indikators.Add(ind);
                }

                pk.Sasarans.Add(sasaran);
            }
        }
    }
}
