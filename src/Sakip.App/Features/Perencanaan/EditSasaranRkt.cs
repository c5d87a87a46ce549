using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Perencanaan;

/// <summary>Adding or changing a sasaran kegiatan of an RKT; a form opened on an older revision is refused.</summary>
public static class EditSasaranRkt
{
    public sealed record Command(int RktId, int? SasaranId, string? Uraian, int? Revisi = null);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var rkt = await db.Rkts.Include(r => r.Satker).Include(r => r.Sasarans).SingleOrDefaultAsync(r => r.Id == c.RktId, ct);
            if (PenyusunanRkt.Periksa(pelaku, rkt?.Satker) is { } tolak)
            {
                return tolak;
            }

            var uraian = c.Uraian?.Trim() ?? string.Empty;
            if (uraian.Length is 0 or > PenyusunanRkt.PanjangTeksMaksimum)
            {
                return Gagal.TidakSah($"Uraian sasaran kegiatan wajib diisi, paling panjang {PenyusunanRkt.PanjangTeksMaksimum} karakter.");
            }

            var sasaran = c.SasaranId is { } id ? rkt!.Sasarans.FirstOrDefault(s => s.Id == id) : null;
            if (c.SasaranId is not null && sasaran is null)
            {
                return Gagal.TidakDitemukan("Sasaran kegiatan bukan bagian dari RKT ini.");
            }

            if (sasaran is not null && c.Revisi != sasaran.Revisi)
            {
                return Gagal.Konflik(SimpanPerubahan.PesanKonflik);
            }

            if (sasaran is null)
            {
                sasaran = new SasaranRkt { Nomor = rkt!.Sasarans.Select(s => s.Nomor).DefaultIfEmpty(0).Max() + 1, Uraian = uraian };
                rkt.Sasarans.Add(sasaran);
            }

            sasaran.Uraian = uraian;
            sasaran.Revisi++;
            return await db.SimpanAsync(() => sasaran.Id, ct);
        }
    }
}
