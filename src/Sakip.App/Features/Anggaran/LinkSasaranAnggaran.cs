using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;
using Sakip.Domain.Anggaran;

namespace Sakip.App.Features.Anggaran;

/// <summary>
/// Links a sasaran of the satker-year's PK to the budget lines that fund it (issue 13, item 3), so
/// the efficiency table puts its capaian beside their absorption. The list given replaces the
/// sasaran's links; an empty list removes them. Each code must be a line of the DIPA in force.
/// </summary>
public static class LinkSasaranAnggaran
{
    /// <param name="KodeSatker">The satker.</param>
    /// <param name="Tahun">The year.</param>
    /// <param name="KodeSasaran">The sasaran's code in the PK (<c>5</c>).</param>
    /// <param name="Kodes">The dotted codes of the lines.</param>
    public sealed record Command(string KodeSatker, int Tahun, string KodeSasaran, IReadOnlyList<string> Kodes);

    /// <param name="Sasaran">The sasaran, for people.</param>
    /// <param name="JumlahBaris">Lines now linked.</param>
    public sealed record Hasil(string Sasaran, int JumlahBaris);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var boleh = await Izin.SatkerAsync(db, pelaku, c.KodeSatker, Tindakan.MengelolaAnggaran, ct);
            if (boleh.Nilai is not { } satker)
            {
                return boleh.Kegagalan!;
            }

            var kodeSasaran = c.KodeSasaran.Trim();
            var sasaran = await db.PerjanjianKinerjas.Where(p => p.SatkerId == satker.Id && p.Tahun == c.Tahun).SelectMany(p => p.Sasarans)
                .Where(s => s.Kode == kodeSasaran).Select(s => s.Uraian).FirstOrDefaultAsync(ct);
            if (sasaran is null)
            {
                return Gagal.TidakDitemukan($"Perjanjian Kinerja {c.Tahun} {satker.Nama} tidak memiliki sasaran '{TeksRingkas.Potong(kodeSasaran, 20)}'.");
            }

            var ada = await db.VersiAnggarans.Where(v => v.SatkerId == satker.Id && v.Tahun == c.Tahun).OrderByDescending(v => v.Nomor).Take(1)
                .SelectMany(v => v.Barises).Select(b => b.Kode).Distinct().ToListAsync(ct);
            var kodes = new List<string>();
            foreach (var teks in c.Kodes.Where(k => !string.IsNullOrWhiteSpace(k)))
            {
                if (!KodeAnggaran.TryBaca(teks, out var kode, out var salah))
                {
                    return Gagal.TidakSah(salah!, nameof(Command.Kodes));
                }

                if (!ada.Contains(kode.Kode))
                {
                    return Gagal.TidakSah($"Kode {kode} bukan baris DIPA {c.Tahun} yang berlaku.", nameof(Command.Kodes));
                }

                if (!kodes.Contains(kode.Kode))
                {
                    kodes.Add(kode.Kode);
                }
            }

            db.IkatanSasaranAnggarans.RemoveRange(await db.IkatanSasaranAnggarans.Where(k => k.SatkerId == satker.Id && k.Tahun == c.Tahun && k.KodeSasaran == kodeSasaran).ToListAsync(ct));
            db.IkatanSasaranAnggarans.AddRange(kodes.Select(k => new IkatanSasaranAnggaran { SatkerId = satker.Id, Tahun = c.Tahun, KodeSasaran = kodeSasaran, Kode = k }));
            return await db.SimpanAsync(() => new Hasil($"{kodeSasaran} {sasaran}", kodes.Count), ct);
        }
    }
}
