using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Perencanaan;

/// <summary>
/// Adding or changing a sasaran strategis of the satker's latest Renstra, with its programme and
/// kegiatan; codes are unique within the Renstra.
/// </summary>
public static class EditSasaranRenstra
{
    /// <summary>A sasaran strategis; <c>Revisi</c> is the one the form was opened on (null for a new one).</summary>
    public sealed record Command(string KodeSatker, int? SasaranId, string? Kode, string? Uraian, string? Program, string? Kegiatan, int? Revisi = null);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var renstra = await PenyusunanRenstra.RenstraAsync(db, pelaku, c.KodeSatker, ct);
            if (!renstra.Berhasil)
            {
                return renstra.Kegagalan!;
            }

            var r = renstra.Nilai!;
            var kode = c.Kode?.Trim() ?? string.Empty;
            var uraian = c.Uraian?.Trim() ?? string.Empty;
            if (kode.Length is 0 or > 40)
            {
                return Gagal.TidakSah("Kode sasaran: wajib diisi, paling panjang 40 karakter (mis. SS1).");
            }

            if (uraian.Length is 0 or > PenyusunanRenstra.PanjangTeksMaksimum)
            {
                return Gagal.TidakSah($"Uraian sasaran: wajib diisi, paling panjang {PenyusunanRenstra.PanjangTeksMaksimum} karakter.");
            }

            var sasaran = c.SasaranId is { } id ? r.Sasarans.FirstOrDefault(s => s.Id == id) : null;
            if (c.SasaranId is not null && sasaran is null)
            {
                return Gagal.TidakDitemukan("Sasaran bukan bagian dari Renstra ini.");
            }

            if (sasaran is not null && c.Revisi != sasaran.Revisi)
            {
                return Gagal.Konflik(SimpanPerubahan.PesanKonflik);
            }

            if (r.Sasarans.Any(s => s != sasaran && string.Equals(s.Kode, kode, StringComparison.OrdinalIgnoreCase)))
            {
                return Gagal.TidakSah($"Kode sasaran: '{kode}' sudah dipakai sasaran lain.");
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
            return await db.SimpanAsync(() => sasaran.Id, ct);
        }
    }
}
