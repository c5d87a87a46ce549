using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Evaluasi;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Evaluasi;

/// <summary>
/// Copies an LKE template (shipped or stored) into a new version under a new code, name and year
/// range, for an administrator of KPU RI to edit (<see cref="EditTemplatLke"/>) before evaluations
/// use it (issue 11, item 1).
/// </summary>
public static class CreateTemplatLke
{
    /// <param name="KodeSumber">The template copied.</param>
    /// <param name="Kode">The new version's code (letters, digits, '-' and '.', at most 40).</param>
    /// <param name="Nama">Its name.</param>
    /// <param name="TahunAwal">The first year it serves.</param>
    /// <param name="TahunAkhir">The last year it serves; null when open-ended.</param>
    public sealed record Command(string? KodeSumber, string? Kode, string? Nama, int? TahunAwal, int? TahunAkhir);

    public sealed class Handler(SakipDbContext db, TimeProvider clock)
    {
        public async Task<Jawaban<string>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            if (await KelolaTemplat.TolakAsync(db, pelaku, ct) is { } tolak)
            {
                return tolak;
            }

            var isian = new PemeriksaIsian();
            var sumber = await KatalogTemplatLke.CariAsync(db, string.IsNullOrWhiteSpace(c.KodeSumber) ? "?" : c.KodeSumber, 0, ct);
            if (!sumber.Berhasil)
            {
                isian.Tambah(nameof(Command.KodeSumber), sumber.Pesan!);
            }

            var kode = c.Kode?.Trim() ?? string.Empty;
            var semua = await KatalogTemplatLke.SemuaAsync(db, ct);
            if (kode.Length is 0 or > 40 || !kode.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '.'))
            {
                isian.Tambah(nameof(Command.Kode), "Isi kode templat: huruf, angka, '-' atau '.', paling panjang 40 (misalnya kpu-2025).");
            }
            else if (semua.Any(e => string.Equals(e.Templat.Kode, kode, StringComparison.OrdinalIgnoreCase)))
            {
                isian.Tambah(nameof(Command.Kode), $"Kode {kode} sudah dipakai templat lain.");
            }

            KelolaTemplat.PeriksaIdentitas(isian, c.Nama, c.TahunAwal, c.TahunAkhir);

            if (isian.Ada)
            {
                return Gagal.TidakSah(isian.Kesalahans);
            }

            var t = sumber.Nilai!.Templat with { Kode = kode, Nama = c.Nama!.Trim(), TahunAwal = c.TahunAwal!.Value, TahunAkhir = c.TahunAkhir };
            db.TemplatLkeTersimpans.Add(new TemplatLkeTersimpan { Kode = kode, Json = TemplatLkeJson.Tulis(t), DiubahOleh = pelaku.NamaLengkap, DiubahPada = clock.GetUtcNow() });
            return await db.SimpanAsync(() => kode, ct, $"Templat {kode} baru saja disimpan oleh pengguna lain.");
        }
    }
}
