using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;
using Sakip.Domain.Bilangan;
using Sakip.Domain.Capaian;
using Sakip.Domain.Periode;

namespace Sakip.App.Features.Perjanjian;

/// <summary>
/// Adds, changes or removes an indicator of a draft PK version: its sasaran (an existing one or a
/// new one), text, target, unit, polarity, how often it is measured and how periods add up, and
/// the formula of named variables with the cara perhitungan in words. Every field is checked; one
/// bad field writes nothing.
/// </summary>
public static class EditIndikatorPerjanjianKinerja
{
    /// <summary>
    /// The indicator form. <c>IndikatorId</c> is null for a new indicator; <c>SasaranId</c> names
    /// its sasaran, or <c>SasaranBaru</c> starts one; <c>Hapus</c> removes the indicator.
    /// </summary>
    public sealed record Command(
        int PerjanjianId,
        int Revisi,
        int? IndikatorId,
        int? SasaranId,
        string? SasaranBaru,
        string? Uraian,
        string? Target,
        string? Satuan,
        Polaritas Polaritas,
        JenisPeriode Periodisitas,
        CaraAkumulasi CaraAkumulasi,
        string? Rumus,
        string? CaraPerhitungan,
        bool Hapus = false);

    public const int PanjangUraianMaksimum = 1000;

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<int?>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var pk = await db.PerjanjianKinerjas.Include(p => p.Satker).Include(p => p.Sasarans).ThenInclude(s => s.Indikators).ThenInclude(i => i.RencanaAksis)
                .AsSplitQuery().SingleOrDefaultAsync(p => p.Id == c.PerjanjianId, ct);
            if (DrafPerjanjian.Periksa(pelaku, pk, c.Revisi) is { } tolak)
            {
                return tolak;
            }

            var indikator = c.IndikatorId is { } id ? pk!.Sasarans.SelectMany(s => s.Indikators).FirstOrDefault(i => i.Id == id) : null;
            if (c.IndikatorId is not null && indikator is null)
            {
                return Gagal.TidakDitemukan("Indikator bukan bagian dari Perjanjian Kinerja ini.");
            }

            if (c.Hapus)
            {
                if (indikator is null)
                {
                    return Gagal.TidakSah("Pilih indikator yang akan dihapus.");
                }

                pk!.Sasarans.First(s => s.Indikators.Contains(indikator)).Indikators.Remove(indikator);
                db.Remove(indikator);
                var hapus = await DrafPerjanjian.SimpanAsync(db, pk, ct);
                return hapus.Berhasil ? Jawaban<int?>.Dari(null) : hapus.Kegagalan!;
            }

            var salah = new List<Kesalahan>();
            var sasaran = Sasaran(pk!, c, salah);
            var ind = indikator ?? new IndikatorKinerja { Kode = string.Empty, Uraian = string.Empty };
            var uraian = c.Uraian?.Trim() ?? string.Empty;
            if (uraian.Length is 0 or > PanjangUraianMaksimum)
            {
                salah.Add(new("Uraian", $"Uraian indikator wajib diisi, paling panjang {PanjangUraianMaksimum} karakter."));
            }

            ind.Uraian = uraian;
            ind.Polaritas = c.Polaritas;
            ind.Periodisitas = c.Periodisitas;
            ind.CaraAkumulasi = c.CaraAkumulasi;
            ind.CaraPerhitungan = string.IsNullOrWhiteSpace(c.CaraPerhitungan) ? null : c.CaraPerhitungan.Trim();
            ind.Satuan = Satuan.Normalkan(string.IsNullOrWhiteSpace(c.Satuan) ? null : c.Satuan.Trim());
            if (string.IsNullOrWhiteSpace(c.Rumus))
            {
                ind.Rumus = null;
                if (c.CaraAkumulasi == CaraAkumulasi.HitungUlangDariVariabel)
                {
                    salah.Add(new("CaraAkumulasi", "Menghitung ulang dari variabel hanya untuk indikator berumus; isi rumusnya atau pilih cara lain."));
                }
            }
            else if (Domain.Periode.Rumus.Baca(c.Rumus) is null)
            {
                salah.Add(new("Rumus", $"Rumus '{c.Rumus.Trim()}' tidak terbaca; tulis seperti 'dpk / (dpt + dptb) x 100' (nama variabel huruf, angka atau garis bawah)."));
            }
            else
            {
                ind.Rumus = c.Rumus.Trim();
            }

            if (string.IsNullOrWhiteSpace(c.Target))
            {
                ind.JenisTarget = ind.JenisTarget == JenisTarget.Milestone ? JenisTarget.Milestone : JenisTarget.Angka;
                (ind.TargetNilai, ind.TargetAtas, ind.TargetPredikat) = (null, null, null);
            }
            else
            {
                ind.Satuan ??= AngkaIndonesia.Baca(c.Target).Satuan;
                if (TargetIndikator.Terapkan(ind, c.Target, bolehGantiJenis: true) is { } galat)
                {
                    salah.Add(new("Target", $"Target: {galat}"));
                }
            }

            if (salah.Count > 0 || sasaran is null)
            {
                return Gagal.TidakSah(salah);
            }

            if (indikator is null)
            {
                ind.Urutan = sasaran.Indikators.Select(i => i.Urutan).DefaultIfEmpty(0).Max() + 1;
                ind.Kode = KodeBaru(pk!, sasaran);
                sasaran.Indikators.Add(ind);
            }
            else if (!sasaran.Indikators.Contains(ind))
            {
                pk!.Sasarans.First(s => s.Indikators.Contains(ind)).Indikators.Remove(ind);
                ind.Urutan = sasaran.Indikators.Select(i => i.Urutan).DefaultIfEmpty(0).Max() + 1;
                sasaran.Indikators.Add(ind);
            }

            var hasil = await DrafPerjanjian.SimpanAsync(db, pk!, ct);
            return hasil.Berhasil ? Jawaban<int?>.Dari(ind.Id) : hasil.Kegagalan!;
        }

        /// <summary>The chosen sasaran, or a new one appended to the PK.</summary>
        private static SasaranPerjanjianKinerja? Sasaran(Entities.PerjanjianKinerja pk, Command c, List<Kesalahan> salah)
        {
            if (!string.IsNullOrWhiteSpace(c.SasaranBaru))
            {
                // The same sasaran typed again is the sasaran that exists, not a second one.
                if (pk.Sasarans.FirstOrDefault(s => string.Equals(s.Uraian.Trim(), c.SasaranBaru.Trim(), StringComparison.OrdinalIgnoreCase)) is { } sama)
                {
                    return sama;
                }

                var urutan = pk.Sasarans.Select(s => s.Urutan).DefaultIfEmpty(0).Max() + 1;
                var baru = new SasaranPerjanjianKinerja { Kode = urutan.ToString(System.Globalization.CultureInfo.InvariantCulture), Urutan = urutan, Uraian = c.SasaranBaru.Trim() };
                pk.Sasarans.Add(baru);
                return baru;
            }

            var ada = pk.Sasarans.FirstOrDefault(s => s.Id == c.SasaranId);
            if (ada is null)
            {
                salah.Add(new("SasaranId", "Pilih sasaran indikator ini, atau tulis sasaran baru."));
            }

            return ada;
        }

        /// <summary>The sasaran's code with the first free number from its count up: 2.6 after 2.1-2.5.</summary>
        private static string KodeBaru(Entities.PerjanjianKinerja pk, SasaranPerjanjianKinerja sasaran)
        {
            var terpakai = pk.Sasarans.SelectMany(s => s.Indikators).Select(i => i.Kode).ToHashSet(StringComparer.OrdinalIgnoreCase);
            for (var n = sasaran.Indikators.Count + 1; ; n++)
            {
                var kode = $"{sasaran.Kode}.{n}";
                if (!terpakai.Contains(kode))
                {
                    return kode;
                }
            }
        }
    }
}
