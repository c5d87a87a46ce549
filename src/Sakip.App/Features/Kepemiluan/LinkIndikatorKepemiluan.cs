using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;
using Sakip.Domain.Kepemiluan;
using Sakip.Domain.Periode;

namespace Sakip.App.Features.Kepemiluan;

/// <summary>
/// Binds a formula variable of a PK indicator to an election figure (issue 12, item 5): "the
/// variable <c>pengguna</c> of indicator 3.1 is the users of the right to vote of the wali kota
/// contest of 2024 in 18.71". Its realisasi is recomputed at once from what is imported, and at
/// every later import of the contest. Binding again replaces the variable's binding; an empty
/// contest removes it. By those who enter the satker's realisasi.
/// </summary>
public static class LinkIndikatorKepemiluan
{
    /// <param name="KodeSatker">The satker of the PK.</param>
    /// <param name="Tahun">The PK's year.</param>
    /// <param name="KodeIndikator">The indicator's code in the PK (<c>3.1</c>).</param>
    /// <param name="Variabel">The variable of the indicator's formula.</param>
    /// <param name="KodeAcara">The event; null removes the binding.</param>
    /// <param name="KodeKontes">The contest.</param>
    /// <param name="KodeWilayah">The region whose figure is taken.</param>
    /// <param name="Kolom">The figure, by its template column (<c>pengguna</c>, <c>dpt</c>, <c>dpk</c>, <c>pengguna_p</c>).</param>
    public sealed record Command(string KodeSatker, int Tahun, string KodeIndikator, string Variabel, string? KodeAcara, string? KodeKontes, string? KodeWilayah, string? Kolom);

    /// <param name="Indikator">The indicator, for people.</param>
    /// <param name="Realisasi">What the recomputation did, one line per indicator.</param>
    public sealed record Hasil(string Indikator, IReadOnlyList<string> Realisasi);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var boleh = await Izin.SatkerAsync(db, pelaku, c.KodeSatker, Tindakan.MengisiRealisasi, ct);
            if (boleh.Nilai is not { } satker)
            {
                return boleh.Kegagalan!;
            }

            var kode = c.KodeIndikator.Trim();
            var ind = await db.PerjanjianKinerjas.Where(p => p.SatkerId == satker.Id && p.Tahun == c.Tahun)
                .SelectMany(p => p.Sasarans).SelectMany(s => s.Indikators).Where(i => i.Kode == kode).OrderBy(i => i.Id).FirstOrDefaultAsync(ct);
            if (ind is null)
            {
                return Gagal.TidakDitemukan($"Perjanjian Kinerja {c.Tahun} {satker.Nama} tidak memiliki indikator '{TeksRingkas.Potong(kode, 20)}'.");
            }

            var rumus = ind.Rumus is null ? null : Rumus.Baca(ind.Rumus);
            var variabel = c.Variabel.Trim();
            if (rumus is null || !rumus.Variabels.Contains(variabel))
            {
                return Gagal.TidakSah(rumus is null
                    ? $"Indikator {ind.Kode} tidak memiliki rumus; tetapkan rumusnya (misalnya 'pengguna / dpt x 100') lebih dulu."
                    : $"Rumus indikator {ind.Kode} ({rumus}) tidak memiliki variabel '{TeksRingkas.Potong(variabel, 30)}'; variabelnya: {string.Join(", ", rumus.Variabels)}.", nameof(Command.Variabel));
            }

            await using var transaksi = await db.Database.BeginTransactionAsync(ct);
            var lama = await db.IkatanDataKepemiluans.SingleOrDefaultAsync(k => k.IndikatorKinerjaId == ind.Id && k.NamaVariabel == variabel, ct);
            var kontesIds = new List<int>();
            if (lama is not null)
            {
                kontesIds.Add(lama.KontesPemiluId);
                db.IkatanDataKepemiluans.Remove(lama);
            }

            if (!string.IsNullOrWhiteSpace(c.KodeAcara))
            {
                var cari = await ImportDataKepemiluan.CariKontesAsync(db, c.KodeAcara, c.KodeKontes, ct);
                if (cari.Nilai is not { } kontes)
                {
                    return cari.Kegagalan!;
                }

                if (!KodeWilayah.TryBaca(c.KodeWilayah, out var wilayah, out var salahWilayah))
                {
                    return Gagal.TidakSah(salahWilayah!, nameof(Command.KodeWilayah));
                }

                if (KatalogKolom.Kenali(c.Kolom ?? string.Empty, out var kolom, out _, out _) != JenisKepala.Angka)
                {
                    return Gagal.TidakSah($"'{TeksRingkas.Potong(c.Kolom, 30)}' bukan kolom angka templat data kepemiluan (misalnya pengguna, dpt, dpk, pengguna_p, dpt_p).", nameof(Command.Kolom));
                }

                db.IkatanDataKepemiluans.Add(new IkatanDataKepemiluan { IndikatorKinerjaId = ind.Id, NamaVariabel = variabel, KontesPemiluId = kontes.Id, KodeWilayah = wilayah.Kode, Kolom = kolom });
                kontesIds.Add(kontes.Id);
            }

            await db.SaveChangesAsync(ct);
            var realisasi = await DataKepemiluan.PerbaruiRealisasiAsync(db, kontesIds, ct, ind.Id);
            var hasil = await db.SimpanAsync(() => new Hasil($"{ind.Kode} {ind.Uraian}", realisasi), ct);
            if (hasil.Berhasil)
            {
                await transaksi.CommitAsync(ct);
            }

            return hasil;
        }
    }
}
