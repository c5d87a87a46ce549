using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Features.Realisasi;
using Sakip.Domain.Bilangan;
using Sakip.Domain.Kepemiluan;
using Sakip.Domain.Periode;

namespace Sakip.App.Features.Kepemiluan;

/// <summary>
/// The queries the election-data use cases share: an import's rows rolled up, the import that
/// covers a region of a contest, and the realisasi of the indicators bound to a contest's figures.
/// </summary>
public static class DataKepemiluan
{
    /// <summary>Whether a satker may hold figures of the region: its own region and below (KPU RI, code 00, all).</summary>
    public static bool DalamWilayah(string kodeSatker, KodeWilayah kode) =>
        kodeSatker == "00" || kode.Kode.StartsWith(kodeSatker, StringComparison.Ordinal);

    /// <summary>The rows of an import, rolled up and checked as when it was imported.</summary>
    public static async Task<RekapKepemiluan> RekapAsync(SakipDbContext db, int imporId, JenisPemilihan jenis, CancellationToken ct)
    {
        var rows = await db.AngkaKepemiluans.AsNoTracking().Where(a => a.ImporKepemiluanId == imporId).ToListAsync(ct);
        return RekapKepemiluan.Hitung([.. rows.Select(r => new BarisKepemiluan(KodeWilayah.Dari(r.KodeWilayah), r.NamaWilayah, r.KeAngka(), r.Baris))], jenis);
    }

    /// <summary>The import of a contest whose satker's region covers <paramref name="kode"/>, the nearest satker first; null when none.</summary>
    public static async Task<ImporKepemiluan?> ImporUntukAsync(SakipDbContext db, int kontesId, KodeWilayah kode, CancellationToken ct)
    {
        var impors = await db.ImporKepemiluans.Include(i => i.Satker).Where(i => i.KontesPemiluId == kontesId).ToListAsync(ct);
        return impors.Where(i => DalamWilayah(i.Satker.Kode, kode)).OrderByDescending(i => i.Satker.Kode.Length).FirstOrDefault();
    }

    /// <summary>
    /// Recomputes the annual realisasi of every indicator with a variable bound to one of
    /// <paramref name="kontesIds"/>: each bound variable is the figure of its region in the import
    /// that covers it; a realisasi that is submitted, verified or in a closed period is left as it
    /// is and reported. Returns one line per indicator, in Bahasa Indonesia. Does not save.
    /// </summary>
    public static async Task<IReadOnlyList<string>> PerbaruiRealisasiAsync(SakipDbContext db, IReadOnlyCollection<int> kontesIds, CancellationToken ct)
    {
        var indikatorIds = await db.IkatanDataKepemiluans.Where(k => kontesIds.Contains(k.KontesPemiluId)).Select(k => k.IndikatorKinerjaId).Distinct().ToListAsync(ct);
        var hasil = new List<string>();
        var rekaps = new Dictionary<int, RekapKepemiluan>();
        foreach (var indikatorId in indikatorIds)
        {
            var ind = await db.IndikatorKinerjas.Include(i => i.Realisasis).ThenInclude(r => r.Variabels).SingleAsync(i => i.Id == indikatorId, ct);
            var pk = await db.PerjanjianKinerjas.Where(p => p.Sasarans.Any(s => s.Id == ind.SasaranPerjanjianKinerjaId)).Select(p => new { p.Tahun, p.SatkerId }).SingleAsync(ct);
            var rumus = ind.Rumus is null ? null : Rumus.Baca(ind.Rumus);
            if (rumus is null)
            {
                continue;
            }

            var periode = Periode.SetahunPenuh(pk.Tahun);
            var realisasi = ind.Realisasis.SingleOrDefault(r => r.Tahun == pk.Tahun && r.JenisPeriode == JenisPeriode.Tahun);
            if (RealisasiKinerja.AlasanTerkunci(realisasi, periode, await KueriRealisasi.TertutupAsync(db, pk.SatkerId, periode, ct)) is { } terkunci)
            {
                hasil.Add($"Indikator {ind.Kode} {ind.Uraian}: realisasi tidak diperbarui karena {terkunci}.");
                continue;
            }

            var ikatans = await db.IkatanDataKepemiluans.Include(k => k.Kontes).ThenInclude(k => k.Acara).Where(k => k.IndikatorKinerjaId == indikatorId).ToListAsync(ct);
            var nilai = new Dictionary<string, decimal>(StringComparer.Ordinal);
            var sumber = new List<string>();
            foreach (var ikatan in ikatans)
            {
                var kode = KodeWilayah.Dari(ikatan.KodeWilayah);
                if (await ImporUntukAsync(db, ikatan.KontesPemiluId, kode, ct) is not { } impor)
                {
                    continue;
                }

                if (!rekaps.TryGetValue(impor.Id, out var rekap))
                {
                    rekaps[impor.Id] = rekap = await RekapAsync(db, impor.Id, ikatan.Kontes.Acara.Jenis, ct);
                }

                if (rekap.Wilayahs.Contains(kode) && rekap.Angka(kode).Nilai(ikatan.Kolom) is { } n)
                {
                    nilai[ikatan.NamaVariabel] = n;
                    var keterangan = $"{ikatan.Kontes.Acara.Nama}, {ikatan.Kontes.Nama}, {rekap.Nama(kode)} (impor {impor.NamaBerkas} {FormatIndonesia.Tanggal(DateOnly.FromDateTime(impor.Diimpor.UtcDateTime))})";
                    if (!sumber.Contains(keterangan))
                    {
                        sumber.Add(keterangan);
                    }
                }
            }

            var isi = rumus.Variabels.Where(nilai.ContainsKey).ToList();
            if (isi.Count == 0)
            {
                continue;
            }

            if (realisasi is null)
            {
                realisasi = new RealisasiKinerja { Tahun = pk.Tahun, JenisPeriode = JenisPeriode.Tahun, NomorPeriode = 1, Status = StatusRealisasi.Draf };
                ind.Realisasis.Add(realisasi);
            }

            var lama = realisasi.Variabels.ToDictionary(v => v.Nama, v => v.Nilai, StringComparer.Ordinal);
            realisasi.Variabels.Clear();
            foreach (var nama in rumus.Variabels)
            {
                if (nilai.TryGetValue(nama, out var v) || lama.TryGetValue(nama, out v))
                {
                    realisasi.Variabels.Add(new RealisasiVariabel { Nama = nama, Nilai = v });
                }
            }

            realisasi.Nilai = null;
            realisasi.Satuan = rumus.Pengali == 100m ? Satuan.Persen : ind.Satuan;
            realisasi.Sumber = TeksRingkas.Potong("Data kepemiluan: " + string.Join("; ", sumber), 300);
            realisasi.Revisi++;
            var belum = rumus.Variabels.Where(v => realisasi.Variabels.All(x => x.Nama != v)).ToList();
            hasil.Add($"Indikator {ind.Kode} {ind.Uraian}: {string.Join(", ", isi.Select(v => $"{v} = {FormatIndonesia.Angka(nilai[v], 0)}"))}{(belum.Count > 0 ? $"; variabel {string.Join(", ", belum)} belum terisi" : string.Empty)}.");
        }

        return hasil;
    }

    /// <summary>The SHA-256 of a file's content, hex lower-case.</summary>
    public static string Sha256(byte[] isi) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(isi));

    /// <summary>A count for people: <c>409.093</c>, or a dash when not reported.</summary>
    public static string Jumlah(long? n) => n is { } v ? FormatIndonesia.Angka(v, 0) : "–";

    /// <summary>A percentage for people, rounded half-up to two decimals, or a dash.</summary>
    public static string Persen(decimal? p) => p is { } v ? FormatIndonesia.Persen(v) : "–";
}
