using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Anggaran;

/// <summary>
/// Binds a PK indicator's yearly realisasi to a budget figure (issue 13, item 2): the number of
/// DIPA revisions, the share of SIMONIKA reports on time and valid, or the absorption. Its realisasi
/// is recomputed at once and at every later import, revision or SIMONIKA report of the year. An
/// empty figure removes the binding. By those who enter the satker's realisasi.
/// </summary>
public static class LinkIndikatorAnggaran
{
    /// <param name="KodeSatker">The satker of the PK.</param>
    /// <param name="Tahun">The PK's year.</param>
    /// <param name="KodeIndikator">The indicator's code in the PK (<c>5.1</c>).</param>
    /// <param name="Ukuran">The figure; null removes the binding.</param>
    public sealed record Command(string KodeSatker, int Tahun, string KodeIndikator, UkuranAnggaran? Ukuran);

    /// <param name="Indikator">The indicator, for people.</param>
    /// <param name="Realisasi">What the recomputation did.</param>
    public sealed record Hasil(string Indikator, IReadOnlyList<string> Realisasi);

    public sealed class Handler(SakipDbContext db, TimeProvider clock)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var boleh = await Izin.SatkerAsync(db, pelaku, c.KodeSatker, Tindakan.MengisiRealisasi, ct);
            if (boleh.Nilai is not { } satker)
            {
                return boleh.Kegagalan!;
            }

            var kode = c.KodeIndikator.Trim();
            var inds = await db.PerjanjianKinerjas.Where(p => p.SatkerId == satker.Id && p.Tahun == c.Tahun)
                .SelectMany(p => p.Sasarans).SelectMany(s => s.Indikators).Where(i => i.Kode == kode).ToListAsync(ct);
            if (inds.Count == 0)
            {
                return Gagal.TidakDitemukan($"Perjanjian Kinerja {c.Tahun} {satker.Nama} tidak memiliki indikator '{TeksRingkas.Potong(kode, 20)}'.");
            }

            // Every version of the PK has its own row of the indicator: all of them are bound alike.
            await using var transaksi = await db.Database.BeginTransactionAsync(ct);
            var ids = inds.Select(i => i.Id).ToList();
            db.IkatanDataAnggarans.RemoveRange(await db.IkatanDataAnggarans.Where(k => ids.Contains(k.IndikatorKinerjaId)).ToListAsync(ct));
            if (c.Ukuran is { } ukuran)
            {
                db.IkatanDataAnggarans.AddRange(inds.Select(i => new IkatanDataAnggaran { IndikatorKinerjaId = i.Id, Ukuran = ukuran }));
            }

            await db.SaveChangesAsync(ct);
            var realisasi = await DataAnggaran.PerbaruiRealisasiAsync(db, satker.Id, c.Tahun, WaktuIndonesia.HariIni(clock), ct, ids);
            var hasil = await db.SimpanAsync(() => new Hasil($"{kode} {inds[0].Uraian}", c.Ukuran is null ? [$"Indikator {kode} tidak lagi terikat ke data anggaran."] : realisasi), ct);
            if (hasil.Berhasil)
            {
                await transaksi.CommitAsync(ct);
            }

            return hasil;
        }
    }
}
