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

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var satker = await Izin.SatkerAsync(db, pelaku, c.KodeSatker, Tindakan.MenyusunRencana, ct);
            if (satker.Nilai is not { } s)
            {
                return satker.Kegagalan!;
            }

            if (c.Tahun is < 2000 or > 2100)
            {
                return Gagal.TidakSah("Tahun Perjanjian Kinerja tidak sah.");
            }

            var pegawai = await db.Pegawais.AsNoTracking().Where(p => p.SatkerId == s.Id).ToDictionaryAsync(p => p.Id, ct);
            if (c.PihakPertamaId is not { } pertamaId || !pegawai.TryGetValue(pertamaId, out var pertama))
            {
                return Gagal.TidakSah($"Pilih pihak pertama dari pegawai {s.Nama}.");
            }

            Pegawai? kedua = null;
            if (c.PihakKeduaId is { } keduaId && (!pegawai.TryGetValue(keduaId, out kedua) || keduaId == pertamaId))
            {
                return Gagal.TidakSah($"Pihak kedua harus pegawai {s.Nama} yang lain dari pihak pertama.");
            }

            var kode = kedua is null ? KodeKetua : KodeSekretaris;
            if (await db.PerjanjianKinerjas.AnyAsync(p => p.SatkerId == s.Id && p.Tahun == c.Tahun && p.Kode == kode, ct))
            {
                return Gagal.Konflik($"Perjanjian Kinerja {c.Tahun} {(kedua is null ? "Ketua" : "Sekretaris dengan Ketua")} {s.Nama} sudah ada; ubahlah lewat perubahan (versi baru).");
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
                    return Gagal.TidakSah($"RKT yang dipilih bukan RKT {s.Nama} tahun {c.Tahun}.");
                }

                Salin(rkt, pk);
            }

            db.PerjanjianKinerjas.Add(pk);
            return await db.SimpanAsync(() => pk.Id, ct);
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
