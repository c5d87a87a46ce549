using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Evaluasi;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Evaluasi;

/// <summary>
/// Stores an LKE template from a JSON file in the format of the shipped ones (issue 11, item 1;
/// <c>sakip evaluasi templat impor</c>), for an administrator of KPU RI: checked in full before
/// anything is written (weights, codes, scales, years), never under a shipped code, and replacing a
/// stored one only while no evaluation uses it (a used version stays; store the change as a new code).
/// </summary>
public static class ImportTemplatLke
{
    /// <summary>A template of 80 criteria is about 60 KB; anything past this is not a template.</summary>
    public const int UkuranMaksimum = 2 * 1024 * 1024;

    /// <param name="NamaBerkas">The file's name, for messages.</param>
    /// <param name="Isi">The JSON.</param>
    public sealed record Command(string NamaBerkas, byte[] Isi);

    /// <param name="Kode">The template's code.</param>
    /// <param name="Mengganti">An unused stored template of that code was replaced.</param>
    /// <param name="JumlahKriteria">How many criteria it has.</param>
    public sealed record Hasil(string Kode, bool Mengganti, int JumlahKriteria);

    public sealed class Handler(SakipDbContext db, TimeProvider clock)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            if (await KelolaTemplat.TolakAsync(db, pelaku, ct) is { } tolak)
            {
                return tolak;
            }

            if (c.Isi.Length == 0 || c.Isi.Length > UkuranMaksimum)
            {
                return Gagal.TidakSah(c.Isi.Length == 0 ? $"Berkas {c.NamaBerkas} kosong." : $"Berkas {c.NamaBerkas} lebih besar dari {UkuranMaksimum / 1024 / 1024} MB.");
            }

            using var aliran = new MemoryStream(c.Isi);
            var baca = TemplatLkeJson.Baca(aliran, c.NamaBerkas);
            if (baca.Nilai is not { } t)
            {
                return baca.Kegagalan!;
            }

            if (TemplatLkeJson.KodeBawaan.Contains(t.Kode, StringComparer.OrdinalIgnoreCase))
            {
                return Gagal.TidakSah($"Kode {t.Kode} milik templat bawaan Sakip yang tidak dapat diganti; beri templat ini kode baru (misalnya '{t.Kode}-kpu').");
            }

            var lama = await db.TemplatLkeTersimpans.SingleOrDefaultAsync(x => x.Kode == t.Kode, ct);
            if (lama is not null)
            {
                var dipakai = await KelolaTemplat.DipakaiAsync(db, t.Kode, ct);
                if (dipakai > 0)
                {
                    return Gagal.Konflik($"Templat {t.Kode} sudah dipakai {dipakai} evaluasi dan tidak diganti; simpan perubahannya sebagai templat berkode baru.");
                }
            }

            var json = TemplatLkeJson.Tulis(t);
            if (lama is null)
            {
                db.TemplatLkeTersimpans.Add(new TemplatLkeTersimpan { Kode = t.Kode, Json = json, DiubahOleh = pelaku.NamaLengkap, DiubahPada = clock.GetUtcNow() });
            }
            else
            {
                (lama.Json, lama.DiubahOleh, lama.DiubahPada) = (json, pelaku.NamaLengkap, clock.GetUtcNow());
                lama.Revisi++;
            }

            return await db.SimpanAsync(() => new Hasil(t.Kode, lama is not null, t.SemuaKriteria.Count()), ct, $"Templat {t.Kode} baru saja diubah oleh pengguna lain.");
        }
    }
}
