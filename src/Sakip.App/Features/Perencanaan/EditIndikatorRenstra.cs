using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;
using Sakip.Domain.Bilangan;
using Sakip.Domain.Capaian;

namespace Sakip.App.Features.Perencanaan;

/// <summary>
/// Adding or changing an indicator of a Renstra sasaran, with a target for each year of the period
/// (numbers as people write them, or a SAKIP grade) and the parent indicator it cascades from.
/// </summary>
public static class EditIndikatorRenstra
{
    /// <summary>
    /// <c>Targets</c> maps each year of the period to its target as typed (blank for none);
    /// <c>IndukId</c> names the indicator of the parent satker's sasaran it cascades from;
    /// <c>Revisi</c> is the one the form was opened on.
    /// </summary>
    public sealed record Command(int SasaranId, int? IndikatorId, string? Kode, string? Uraian, IDictionary<int, string?> Targets, int? IndukId = null, int? Revisi = null);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var sasaran = await db.SasaranRenstras.Include(s => s.Renstra).ThenInclude(r => r.Satker).Include(s => s.Indikators).ThenInclude(i => i.Targets)
                .SingleOrDefaultAsync(s => s.Id == c.SasaranId, ct);
            if (sasaran is null)
            {
                return Gagal.TidakDitemukan("Sasaran Renstra tidak ditemukan.");
            }

            if (Izin.Periksa(pelaku, Tindakan.MenyusunRencana, sasaran.Renstra.Satker) is { } tolak)
            {
                return tolak;
            }

            var ind = c.IndikatorId is { } id ? sasaran.Indikators.FirstOrDefault(i => i.Id == id) : null;
            if (c.IndikatorId is not null && ind is null)
            {
                return Gagal.TidakDitemukan("Indikator bukan bagian dari sasaran ini.");
            }

            if (ind is not null && c.Revisi != ind.Revisi)
            {
                return Gagal.Konflik(SimpanPerubahan.PesanKonflik);
            }

            var kode = c.Kode?.Trim() ?? string.Empty;
            var uraian = c.Uraian?.Trim() ?? string.Empty;
            if (kode.Length is 0 or > 40 || uraian.Length is 0 or > PenyusunanRenstra.PanjangTeksMaksimum)
            {
                return Gagal.TidakSah(kode.Length is 0 or > 40 ? "Kode indikator: wajib diisi, paling panjang 40 karakter." : $"Uraian indikator: wajib diisi, paling panjang {PenyusunanRenstra.PanjangTeksMaksimum} karakter.");
            }

            if (sasaran.Indikators.Any(i => i != ind && string.Equals(i.Kode, kode, StringComparison.OrdinalIgnoreCase)))
            {
                return Gagal.TidakSah($"Kode indikator: '{kode}' sudah dipakai indikator lain pada sasaran {sasaran.Kode}.");
            }

            if (c.IndukId is { } induk && (sasaran.IndukId is null || !await db.IndikatorRenstras.AnyAsync(i => i.Id == induk && i.SasaranRenstraId == sasaran.IndukId, ct)))
            {
                return Gagal.TidakSah("Indikator induk: pilih indikator dari sasaran induk yang dirujuk sasaran ini.");
            }

            var salah = new List<Kesalahan>();
            var targets = new List<TargetRenstra>();
            foreach (var (tahun, teks) in c.Targets.OrderBy(t => t.Key))
            {
                if (tahun < sasaran.Renstra.TahunAwal || tahun > sasaran.Renstra.TahunAkhir)
                {
                    salah.Add(new($"Targets[{tahun}]", $"Target {tahun}: di luar periode Renstra {sasaran.Renstra.TahunAwal}-{sasaran.Renstra.TahunAkhir}."));
                    continue;
                }

                if (string.IsNullOrWhiteSpace(teks))
                {
                    continue;
                }

                var baca = AngkaIndonesia.Baca(teks, null);
                if (!baca.Berhasil && SkalaPredikat.Sakip.NilaiDari(teks.Trim()) is null)
                {
                    salah.Add(new($"Targets[{tahun}]", $"Target {tahun}: {baca.Kesalahan} (atau tulis predikat SAKIP seperti BB)."));
                    continue;
                }

                targets.Add(new TargetRenstra { Tahun = tahun, Teks = teks.Trim(), Nilai = baca.Berhasil ? baca.Nilai : null, Satuan = baca.Berhasil ? baca.Satuan : null });
            }

            if (salah.Count > 0)
            {
                return Gagal.TidakSah(salah);
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
            return await db.SimpanAsync(() => ind.Id, ct);
        }
    }
}
