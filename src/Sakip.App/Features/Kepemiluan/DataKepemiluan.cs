using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Features.Realisasi;
using Sakip.App.Keamanan;
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
        kodeSatker == Satker.KodePusat || kode.Kode.StartsWith(kodeSatker, StringComparison.Ordinal);

    /// <summary>
    /// The guard the contest pages and the import share: the satker (404 unknown, 403 when the user
    /// may not take <paramref name="tindakan"/> there) and the contest named by event and contest code.
    /// </summary>
    public static async Task<Jawaban<(Satker Satker, KontesPemilu Kontes)>> SatkerKontesAsync(SakipDbContext db, AksesPengguna pelaku, string kodeSatker, string? kodeAcara, string? kodeKontes, Tindakan tindakan, CancellationToken ct)
    {
        var boleh = await Izin.SatkerAsync(db, pelaku, kodeSatker, tindakan, ct);
        if (boleh.Nilai is not { } satker)
        {
            return boleh.Kegagalan!;
        }

        var cari = await ImportDataKepemiluan.CariKontesAsync(db, kodeAcara, kodeKontes, ct);
        return cari.Nilai is { } kontes ? (satker, kontes) : cari.Kegagalan!;
    }

    /// <summary>Whether a contest concerns a satker: held nation-wide, in the satker's region, or in a region the satker lies in.</summary>
    public static bool KontesDiWilayah(KontesPemilu kontes, string kodeSatker) =>
        kontes.KodeWilayah is null || DalamWilayah(kodeSatker, KodeWilayah.Dari(kontes.KodeWilayah)) || kodeSatker.StartsWith(kontes.KodeWilayah, StringComparison.Ordinal);

    /// <summary>The columns an indicator variable is usually bound to, with their names for a choice list.</summary>
    public static IReadOnlyList<(string Kolom, string Nama)> KolomIkatan { get; } =
    [
        .. new[]
        {
            KolomKepemiluan.Pengguna, KolomKepemiluan.PenggunaL, KolomKepemiluan.PenggunaP, KolomKepemiluan.Dpt, KolomKepemiluan.DptL, KolomKepemiluan.DptP,
            KolomKepemiluan.Dptb, KolomKepemiluan.Dpk, KolomKepemiluan.PenggunaDptb, KolomKepemiluan.PenggunaDpk, KolomKepemiluan.Disabilitas,
            KolomKepemiluan.SuaraSah, KolomKepemiluan.SuaraTidakSah,
        }.Select(k => (KatalogKolom.Nama(k), $"{PemeriksaanKepemiluan.Judul(k)} ({KatalogKolom.Nama(k)})")),
    ];

    /// <summary>
    /// The roll-up of an import as stored when it was imported (its findings are stored apart). An
    /// import made before roll-ups were stored is rolled up from its rows.
    /// </summary>
    public static async Task<RekapKepemiluan> RekapAsync(SakipDbContext db, int imporId, CancellationToken ct)
    {
        var rows = await db.RekapAngkaKepemiluans.AsNoTracking().Where(a => a.ImporKepemiluanId == imporId).ToListAsync(ct);
        if (rows.Count == 0)
        {
            var jenis = await db.ImporKepemiluans.Where(i => i.Id == imporId).Select(i => i.Kontes.Acara.Jenis).SingleAsync(ct);
            var barises = await db.AngkaKepemiluans.AsNoTracking().Where(a => a.ImporKepemiluanId == imporId).ToListAsync(ct);
            return RekapKepemiluan.HitungBertahap(barises.Select(r => new BarisKepemiluan(KodeWilayah.Dari(r.KodeWilayah), r.NamaWilayah, r.KeAngka(), r.Baris)), jenis);
        }

        return RekapKepemiluan.Tersimpan(rows.Select(r => new BarisKepemiluan(KodeWilayah.Dari(r.KodeWilayah), r.NamaWilayah, r.KeAngka())));
    }

    /// <summary>The tops of an import's roll-up in code order (the rows' common region, or the provinces), read without the rest.</summary>
    public static async Task<IReadOnlyList<BarisKepemiluan>> PuncakAsync(SakipDbContext db, int imporId, CancellationToken ct)
    {
        var puncaks = await db.RekapAngkaKepemiluans.AsNoTracking().Where(a => a.ImporKepemiluanId == imporId && a.KodeInduk == null).OrderBy(a => a.KodeWilayah).ToListAsync(ct);
        if (puncaks.Count == 0)
        {
            var rekap = await RekapAsync(db, imporId, ct);
            return [.. rekap.Puncaks.Select(k => new BarisKepemiluan(k, rekap.Nama(k), rekap.Angka(k)))];
        }

        return [.. puncaks.Select(p => new BarisKepemiluan(KodeWilayah.Dari(p.KodeWilayah), p.NamaWilayah, p.KeAngka()))];
    }

    /// <summary>The figures of all the tops of an import's roll-up together (the top itself when there is one).</summary>
    public static async Task<AngkaWilayah> TotalAsync(SakipDbContext db, int imporId, CancellationToken ct)
    {
        var puncaks = await PuncakAsync(db, imporId, ct);
        return puncaks is [var satu] ? satu.Angka : AngkaWilayah.Jumlahkan(puncaks.Select(p => p.Angka));
    }

    /// <summary>
    /// The part of an import's roll-up a page shows, without reading the rest (a nation has 91,560
    /// regions): <paramref name="kode"/> (the first top when null), the regions above it, its
    /// children, and the regions of <paramref name="lain"/> with their parents. Null when the region
    /// is not in the roll-up. An import made before roll-ups were stored is rolled up whole.
    /// </summary>
    public static async Task<BagianRekap?> BagianRekapAsync(SakipDbContext db, int imporId, KodeWilayah? kode, IReadOnlyCollection<string> lain, CancellationToken ct)
    {
        var rekaps = db.RekapAngkaKepemiluans.AsNoTracking().Where(a => a.ImporKepemiluanId == imporId);
        if (!await rekaps.AnyAsync(ct))
        {
            var penuh = await RekapAsync(db, imporId, ct);
            return (kode ?? penuh.Puncaks.FirstOrDefault()) is { Kode: not null } pilih && penuh.Ada(pilih) ? new BagianRekap(penuh, pilih, k => penuh.Anak(k).Count) : null;
        }

        var dipilih = kode ?? KodeWilayah.Dari(await rekaps.Where(a => a.KodeInduk == null).OrderBy(a => a.KodeWilayah).Select(a => a.KodeWilayah).FirstAsync(ct));
        var kodes = new HashSet<string>(StringComparer.Ordinal);
        for (KodeWilayah? k = dipilih; k is { } kk; k = kk.Induk)
        {
            kodes.Add(kk.Kode);
        }

        foreach (var l in lain)
        {
            kodes.Add(l);
            if (KodeWilayah.Dari(l).Induk is { } induk)
            {
                kodes.Add(induk.Kode);
            }
        }

        var induks = dipilih.Kode;
        var rows = await rekaps.Where(a => a.KodeInduk == induks || kodes.Contains(a.KodeWilayah)).ToListAsync(ct);
        if (rows.All(r => r.KodeWilayah != dipilih.Kode))
        {
            return null;
        }

        var jumlahAnak = rows.ToDictionary(r => r.KodeWilayah, r => r.JumlahAnak, StringComparer.Ordinal);
        var rekap = RekapKepemiluan.Tersimpan(rows.Select(r => new BarisKepemiluan(KodeWilayah.Dari(r.KodeWilayah), r.NamaWilayah, r.KeAngka())));
        return new BagianRekap(rekap, dipilih, k => jumlahAnak.GetValueOrDefault(k.Kode));
    }

    /// <summary>The import of a contest whose satker's region covers <paramref name="kode"/>, the nearest satker first; null when none.</summary>
    public static async Task<ImporKepemiluan?> ImporUntukAsync(SakipDbContext db, int kontesId, KodeWilayah kode, CancellationToken ct)
    {
        // The satkers whose region covers the code: KPU RI and the regions the code lies in.
        string[] kodes = [Satker.KodePusat, .. Enum.GetValues<TingkatWilayah>().Where(t => t <= kode.Tingkat).Select(t => kode.Potong(t).Kode)];
        var impors = await db.ImporKepemiluans.Include(i => i.Satker).Where(i => i.KontesPemiluId == kontesId && kodes.Contains(i.Satker.Kode)).ToListAsync(ct);
        return impors.OrderByDescending(i => i.Satker.Kode == Satker.KodePusat ? 0 : i.Satker.Kode.Length).FirstOrDefault();
    }

    /// <summary>
    /// The figures bound to an indicator's formula variables, each from the import of its contest
    /// that covers its region (null value and import when nothing is imported yet), and the formula's
    /// value when every variable has one; only the bound regions of the stored roll-ups are read.
    /// </summary>
    public static async Task<DataTerikat?> DataTerikatAsync(SakipDbContext db, IndikatorKinerja ind, CancellationToken ct)
    {
        var ikatans = await db.IkatanDataKepemiluans.AsNoTracking().Include(k => k.Kontes).ThenInclude(k => k.Acara)
            .Where(k => k.IndikatorKinerjaId == ind.Id).OrderBy(k => k.Id).ToListAsync(ct);
        var rumus = ind.Rumus is null ? null : Rumus.Baca(ind.Rumus);
        if (ikatans.Count == 0 || rumus is null)
        {
            return null;
        }

        var variabels = new List<VariabelTerikat>();
        foreach (var ikatan in ikatans)
        {
            var kode = KodeWilayah.Dari(ikatan.KodeWilayah);
            var impor = await ImporUntukAsync(db, ikatan.KontesPemiluId, kode, ct);
            long? nilai = null;
            var namaWilayah = kode.Bertitik;
            if (impor is not null)
            {
                if (await BagianRekapAsync(db, impor.Id, kode, [], ct) is { } bagian)
                {
                    nilai = bagian.Rekap.Angka(kode).Nilai(ikatan.Kolom);
                    namaWilayah = bagian.Rekap.Nama(kode);
                }
            }

            variabels.Add(new VariabelTerikat(
                ikatan.NamaVariabel,
                PemeriksaanKepemiluan.Judul(ikatan.Kolom),
                ikatan.Kontes.Acara.Kode,
                ikatan.Kontes.Kode,
                $"{ikatan.Kontes.Acara.Nama}, {ikatan.Kontes.Nama}",
                kode.Kode,
                namaWilayah,
                nilai,
                impor is null ? null : new ImporTerikat(impor.Satker.Kode, impor.NamaBerkas, impor.Diimpor)));
        }

        var isi = variabels.Where(v => v.Nilai is not null).ToDictionary(v => v.Variabel, v => (decimal)v.Nilai!.Value, StringComparer.Ordinal);
        var hasil = rumus.Variabels.All(isi.ContainsKey) ? rumus.Hitung(isi).Nilai : null;
        return new DataTerikat(rumus, variabels, hasil);
    }

    /// <summary>
    /// Recomputes the annual realisasi of every indicator with a variable bound to one of
    /// <paramref name="kontesIds"/> from <see cref="DataTerikatAsync"/>; a realisasi that is
    /// submitted, verified or in a closed period is left as it is and reported. Returns one line per
    /// indicator, in Bahasa Indonesia (only <paramref name="hanyaIndikator"/> when given). Does not save.
    /// </summary>
    public static async Task<IReadOnlyList<string>> PerbaruiRealisasiAsync(SakipDbContext db, IReadOnlyCollection<int> kontesIds, CancellationToken ct, int? hanyaIndikator = null)
    {
        var indikatorIds = await db.IkatanDataKepemiluans.Where(k => kontesIds.Contains(k.KontesPemiluId) && (hanyaIndikator == null || k.IndikatorKinerjaId == hanyaIndikator))
            .Select(k => k.IndikatorKinerjaId).Distinct().OrderBy(i => i).ToListAsync(ct);
        var hasil = new List<string>();
        foreach (var indikatorId in indikatorIds)
        {
            var ind = await db.IndikatorKinerjas.Include(i => i.Realisasis).ThenInclude(r => r.Variabels).SingleAsync(i => i.Id == indikatorId, ct);
            if (await DataTerikatAsync(db, ind, ct) is not { } data || data.Variabels.All(v => v.Nilai is null))
            {
                continue;
            }

            var pk = await db.PerjanjianKinerjas.Where(p => p.Sasarans.Any(s => s.Id == ind.SasaranPerjanjianKinerjaId)).Select(p => new { p.Tahun, p.SatkerId }).SingleAsync(ct);
            var periode = Periode.SetahunPenuh(pk.Tahun);
            var realisasi = ind.Realisasis.SingleOrDefault(r => r.Tahun == pk.Tahun && r.JenisPeriode == JenisPeriode.Tahun);
            if (RealisasiKinerja.AlasanTerkunci(realisasi, periode, await KueriRealisasi.TertutupAsync(db, pk.SatkerId, periode, ct)) is { } terkunci)
            {
                hasil.Add($"Indikator {ind.Kode} {ind.Uraian}: realisasi tidak diperbarui karena {terkunci}.");
                continue;
            }

            if (realisasi is null)
            {
                realisasi = new RealisasiKinerja { Tahun = pk.Tahun, JenisPeriode = JenisPeriode.Tahun, NomorPeriode = 1, Status = StatusRealisasi.Draf };
                ind.Realisasis.Add(realisasi);
            }

            var lama = realisasi.Variabels.ToDictionary(v => v.Nama, v => v.Nilai, StringComparer.Ordinal);
            var baru = data.Variabels.Where(v => v.Nilai is not null).ToDictionary(v => v.Variabel, v => (decimal)v.Nilai!.Value, StringComparer.Ordinal);
            realisasi.Variabels.Clear();
            foreach (var nama in data.Rumus.Variabels)
            {
                if (baru.TryGetValue(nama, out var v) || lama.TryGetValue(nama, out v))
                {
                    realisasi.Variabels.Add(new RealisasiVariabel { Nama = nama, Nilai = v });
                }
            }

            realisasi.Nilai = null;
            realisasi.Satuan = data.Rumus.Pengali == 100m ? Satuan.Persen : ind.Satuan;
            realisasi.Sumber = TeksRingkas.Potong("Data kepemiluan: " + string.Join("; ", data.Variabels.Where(v => v.Impor is not null).Select(v => v.Sumber).Distinct()), 300);
            realisasi.Revisi++;
            var belum = data.Rumus.Variabels.Where(v => realisasi.Variabels.All(x => x.Nama != v)).ToList();
            hasil.Add($"Indikator {ind.Kode} {ind.Uraian}: {string.Join(", ", data.Variabels.Where(v => v.Nilai is not null).Select(v => $"{v.Variabel} = {FormatIndonesia.Angka(v.Nilai!.Value, 0)}"))}{(belum.Count > 0 ? $"; variabel {string.Join(", ", belum)} belum terisi" : string.Empty)}.");
        }

        return hasil;
    }
}

/// <summary>Part of an import's roll-up, as <see cref="DataKepemiluan.BagianRekapAsync"/> reads it.</summary>
/// <param name="Rekap">The regions read, as a tree (the regions not read are absent).</param>
/// <param name="Dipilih">The region asked for.</param>
/// <param name="JumlahAnak">How many regions lie right below a region in the whole roll-up.</param>
public sealed record BagianRekap(RekapKepemiluan Rekap, KodeWilayah Dipilih, Func<KodeWilayah, int> JumlahAnak);

/// <summary>The import a bound figure comes from.</summary>
/// <param name="KodeSatker">The satker that imported it.</param>
/// <param name="NamaBerkas">The file.</param>
/// <param name="Diimpor">When.</param>
public sealed record ImporTerikat(string KodeSatker, string NamaBerkas, DateTimeOffset Diimpor);

/// <summary>A formula variable bound to an election figure, with its value from the data.</summary>
/// <param name="Variabel">The formula's variable.</param>
/// <param name="Besaran">What the figure counts ("pengguna hak pilih").</param>
/// <param name="KodeAcara">The event's code, for the link to the rows.</param>
/// <param name="KodeKontes">The contest's code, for the link.</param>
/// <param name="Kontes">The event and contest, for people.</param>
/// <param name="KodeWilayah">The region.</param>
/// <param name="NamaWilayah">The region's name as imported.</param>
/// <param name="Nilai">The rolled-up figure; null while nothing covering the region is imported.</param>
/// <param name="Impor">The import it comes from.</param>
public sealed record VariabelTerikat(string Variabel, string Besaran, string KodeAcara, string KodeKontes, string Kontes, string KodeWilayah, string NamaWilayah, long? Nilai, ImporTerikat? Impor)
{
    /// <summary>Where the figure comes from, in one line.</summary>
    public string Sumber => $"{Kontes}, {NamaWilayah}" + (Impor is { } i ? $" (impor {i.NamaBerkas} {FormatIndonesia.Tanggal(DateOnly.FromDateTime(i.Diimpor.UtcDateTime))})" : string.Empty);
}

/// <summary>An indicator's bound variables and the formula's value from them (null until every variable has a figure).</summary>
/// <param name="Rumus">The indicator's formula.</param>
/// <param name="Variabels">The bound variables, in binding order.</param>
/// <param name="Nilai">The formula's value from the data.</param>
public sealed record DataTerikat(Rumus Rumus, IReadOnlyList<VariabelTerikat> Variabels, decimal? Nilai);
