using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;
using Sakip.Domain.Bilangan;
using Sakip.Domain.Capaian;

namespace Sakip.App.Features.Perencanaan;

/// <summary>
/// Adding, changing or deleting an indicator of an RKT sasaran: its target, cara pencapaian and
/// cara pengukuran (in words and as a formula of variables), and whether higher or lower is better.
/// </summary>
public static class EditIndikatorRkt
{
    public sealed record Command(int SasaranId, int? IndikatorId, int? Revisi, string? Uraian, string? Target, string? CaraPencapaian, string? CaraPengukuran, string? Rumus, Polaritas Polaritas, bool Hapus = false);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var sasaran = await db.Set<SasaranRkt>().Include(s => s.Indikators).SingleOrDefaultAsync(s => s.Id == c.SasaranId, ct);
            var rkt = sasaran is null ? null : await db.Rkts.Include(r => r.Satker).SingleAsync(r => r.Id == sasaran.RktId, ct);
            if (PenyusunanRkt.Periksa(pelaku, rkt?.Satker) is { } tolak)
            {
                return tolak;
            }

            var ind = c.IndikatorId is { } id ? sasaran!.Indikators.FirstOrDefault(i => i.Id == id) : null;
            if (c.IndikatorId is not null && ind is null)
            {
                return Gagal.TidakDitemukan("Indikator bukan bagian dari sasaran kegiatan ini.");
            }

            if (ind is not null && c.Revisi != ind.Revisi)
            {
                return Gagal.Konflik(SimpanPerubahan.PesanKonflik);
            }

            if (c.Hapus)
            {
                if (ind is null)
                {
                    return Gagal.TidakSah("Pilih indikator yang akan dihapus.");
                }

                db.Remove(ind);
                return await db.SimpanAsync(() => 0, ct);
            }

            var uraian = c.Uraian?.Trim() ?? string.Empty;
            if (uraian.Length is 0 or > PenyusunanRkt.PanjangTeksMaksimum)
            {
                return Gagal.TidakSah($"Uraian indikator: wajib diisi, paling panjang {PenyusunanRkt.PanjangTeksMaksimum} karakter.");
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
                    return Gagal.TidakSah($"Target: {baca.Kesalahan} (atau tulis predikat SAKIP seperti BB).");
                }
            }

            var rumus = c.Rumus?.Trim();
            if (!string.IsNullOrEmpty(rumus) && Domain.Periode.Rumus.Baca(rumus) is null)
            {
                return Gagal.TidakSah($"Rumus: '{rumus}' tidak terbaca; tulis seperti 'dpk / (dpt + dptb) x 100'.");
            }

            if ((c.CaraPencapaian?.Length ?? 0) > PenyusunanRkt.PanjangTeksMaksimum || (c.CaraPengukuran?.Length ?? 0) > PenyusunanRkt.PanjangTeksMaksimum)
            {
                return Gagal.TidakSah($"Cara pencapaian dan cara pengukuran paling panjang {PenyusunanRkt.PanjangTeksMaksimum} karakter.");
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
            ind.CaraPencapaian = PenyusunanRkt.Kosongkan(c.CaraPencapaian);
            ind.CaraPengukuran = PenyusunanRkt.Kosongkan(c.CaraPengukuran);
            ind.Rumus = string.IsNullOrEmpty(rumus) ? null : rumus;
            ind.Polaritas = c.Polaritas;
            ind.Revisi++;
            return await db.SimpanAsync(() => ind.Id, ct);
        }
    }
}
