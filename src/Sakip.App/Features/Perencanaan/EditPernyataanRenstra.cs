using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Perencanaan;

/// <summary>
/// Writing the Renstra's statements: the visi, and the misi and tujuan one per line (empty lines are
/// dropped), at most <see cref="PenyusunanRenstra.ButirMaksimum"/> of each.
/// </summary>
public static class EditPernyataanRenstra
{
    /// <summary>The statements as typed; <c>Revisi</c> is the one the form was opened on.</summary>
    public sealed record Command(string KodeSatker, string? Visi, string? Misi, string? Tujuan, int? Revisi = null);

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
            if (c.Revisi is { } revisi && revisi != r.Revisi)
            {
                return Gagal.Konflik(SimpanPerubahan.PesanKonflik);
            }

            var misi = PenyusunanRenstra.Baris(c.Misi);
            var tujuan = PenyusunanRenstra.Baris(c.Tujuan);
            if (misi.Count > PenyusunanRenstra.ButirMaksimum || tujuan.Count > PenyusunanRenstra.ButirMaksimum)
            {
                return Gagal.TidakSah($"Misi dan tujuan masing-masing paling banyak {PenyusunanRenstra.ButirMaksimum} butir (satu butir per baris); tertulis {misi.Count} misi dan {tujuan.Count} tujuan.");
            }

            if ((c.Visi?.Length ?? 0) > PenyusunanRenstra.PanjangTeksMaksimum || misi.Concat(tujuan).Any(t => t.Length > PenyusunanRenstra.PanjangTeksMaksimum))
            {
                return Gagal.TidakSah($"Visi, dan setiap butir misi dan tujuan, paling panjang {PenyusunanRenstra.PanjangTeksMaksimum} karakter.");
            }

            r.Visi = string.IsNullOrWhiteSpace(c.Visi) ? null : c.Visi.Trim();
            db.RemoveRange(r.Butirs);
            r.Butirs.Clear();
            r.Butirs.AddRange(misi.Select((t, i) => new RenstraButir { Jenis = JenisButirRenstra.Misi, Nomor = i + 1, Teks = t }));
            r.Butirs.AddRange(tujuan.Select((t, i) => new RenstraButir { Jenis = JenisButirRenstra.Tujuan, Nomor = i + 1, Teks = t }));
            r.Revisi++;
            return await db.SimpanAsync(() => r.Id, ct);
        }
    }
}
