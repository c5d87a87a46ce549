using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.Domain.Agregasi;
using Sakip.Domain.Bilangan;
using Sakip.Domain.Capaian;
using Sakip.Domain.Periode;

namespace Sakip.App.Features.Capaian;

/// <summary>One measured PK indicator, ready to display.</summary>
public sealed record BarisCapaian(
    string Kode,
    string KodeSasaran,
    string Uraian,
    Polaritas Polaritas,
    string Target,
    string? Realisasi,
    HasilCapaian Hasil,
    string? Kategori,
    string? Sumber,
    Domain.Capaian.Realisasi? NilaiRealisasi = null);

/// <summary>A sasaran with its indicators' mean.</summary>
public sealed record BarisSasaran(string Kode, string Uraian, CapaianSasaran Ringkasan);

/// <summary>The measurement of one PK version under a policy.</summary>
public sealed record Pengukuran(
    PerjanjianKinerja Perjanjian,
    KebijakanCapaian Kebijakan,
    IReadOnlyList<BarisCapaian> Indikators,
    IReadOnlyList<BarisSasaran> Sasarans,
    RingkasanCapaian Ringkasan,
    string? KategoriKeseluruhan);

/// <summary>
/// The measurement shared by the capaian use cases: picks the PK version in force, forms each
/// indicator's year-to-date realisasi from its periods, and runs the domain engine. Nothing here
/// computes a capaian itself.
/// </summary>
internal static class PengukuranKinerja
{
    /// <summary>The PK versions of a satker-year, with everything measurement needs.</summary>
    public static Task<List<PerjanjianKinerja>> MuatAsync(SakipDbContext db, int satkerId, int? tahun, CancellationToken ct) =>
        db.PerjanjianKinerjas
            .AsNoTracking()
            .AsSplitQuery()
            .Where(p => p.SatkerId == satkerId && (tahun == null || p.Tahun == tahun))
            .Include(p => p.PihakPertama)
            .Include(p => p.PihakKedua)
            .Include(p => p.Sasarans).ThenInclude(s => s.Indikators).ThenInclude(i => i.Realisasis).ThenInclude(r => r.Variabels)
            .ToListAsync(ct);

    /// <summary>The PK versions of several satker in one year, with everything measurement needs (the oversight of a province or of KPU RI).</summary>
    public static Task<List<PerjanjianKinerja>> MuatAsync(SakipDbContext db, IReadOnlyCollection<int> satkerIds, int tahun, CancellationToken ct) =>
        db.PerjanjianKinerjas
            .AsNoTracking()
            .AsSplitQuery()
            .Where(p => satkerIds.Contains(p.SatkerId) && p.Tahun == tahun)
            .Include(p => p.Sasarans).ThenInclude(s => s.Indikators).ThenInclude(i => i.Realisasis).ThenInclude(r => r.Variabels)
            .ToListAsync(ct);

    public static async Task<KebijakanCapaian> KebijakanAsync(SakipDbContext db, int satkerId, int tahun, CancellationToken ct)
    {
        var tersimpan = await db.KebijakanCapaians.AsNoTracking().SingleOrDefaultAsync(k => k.SatkerId == satkerId && k.Tahun == tahun, ct);
        return tersimpan?.KeDomain() ?? KebijakanCapaian.Bawaan;
    }

    /// <summary>
    /// The realisasi of every indicator of an agreement by indicator code, across all its versions:
    /// a realisasi is a fact about a period, so a PK perubahan does not lose what was entered
    /// against the version before it.
    /// </summary>
    public static ILookup<string, RealisasiKinerja> RealisasiPerKode(PerjanjianKinerja pk, IEnumerable<PerjanjianKinerja> semuaVersi) =>
        semuaVersi.Where(v => v.SatkerId == pk.SatkerId && v.Tahun == pk.Tahun && v.Kode == pk.Kode)
            .SelectMany(v => v.Sasarans.SelectMany(s => s.Indikators))
            .SelectMany(i => i.Realisasis.Select(r => (i.Kode, Realisasi: r)))
            .ToLookup(x => x.Kode, x => x.Realisasi, StringComparer.Ordinal);

    /// <summary>Measures a PK version up to the end of <paramref name="sampai"/>, with the realisasi of all versions of the agreement.</summary>
    public static Pengukuran Ukur(PerjanjianKinerja pk, KebijakanCapaian kebijakan, Periode sampai, IEnumerable<PerjanjianKinerja> semuaVersi)
    {
        var realisasiPerKode = RealisasiPerKode(pk, semuaVersi);
        var sasarans = pk.Sasarans.OrderBy(s => s.Urutan).ToList();
        var baris = new List<BarisCapaian>();
        foreach (var sasaran in sasarans)
        {
            foreach (var ind in sasaran.Indikators.OrderBy(i => i.Urutan))
            {
                var (realisasi, teks, sumber) = RealisasiSampai(ind, realisasiPerKode[ind.Kode], sampai);
                var hasil = KalkulatorCapaian.Hitung(ind.KeTarget(), ind.Polaritas, realisasi, kebijakan);
                var kategori = hasil.DapatDihitung ? kebijakan.Skala.Kategorikan(hasil.Nilai!.Value).Nama : null;
                baris.Add(new BarisCapaian(ind.Kode, sasaran.Kode, ind.Uraian, ind.Polaritas, ind.TargetTeks(), teks, hasil, kategori, sumber, realisasi));
            }
        }

        var ringkasan = RingkasanCapaian.Hitung([.. baris.Select(b => new CapaianIndikator(b.KodeSasaran, b.Kode, b.Hasil))], kebijakan);
        var perSasaran = sasarans
            .Select(s => new BarisSasaran(s.Kode, s.Uraian, ringkasan.Sasarans.SingleOrDefault(r => r.KodeSasaran == s.Kode) ?? new CapaianSasaran(s.Kode, null, 0, 0)))
            .ToList();
        var kategoriKeseluruhan = ringkasan.Capaian is { } c ? kebijakan.Skala.Kategorikan(c).Nama : null;
        return new Pengukuran(pk, kebijakan, baris, perSasaran, ringkasan, kategoriKeseluruhan);
    }

    /// <summary>
    /// Each indicator of the PK with its year-to-date value and, for a formula, its variables
    /// summed over the verified periods: what the roll-up across satker
    /// (<see cref="AgregasiLintasSatker"/>) takes.
    /// </summary>
    public static IReadOnlyList<IndikatorSatker> IndikatorLintasSatker(PerjanjianKinerja pk, string kodeSatker, Periode sampai, IEnumerable<PerjanjianKinerja> semuaVersi)
    {
        var realisasiPerKode = RealisasiPerKode(pk, semuaVersi);
        return [.. pk.Sasarans.OrderBy(s => s.Urutan).SelectMany(s => s.Indikators.OrderBy(i => i.Urutan))
            .Where(i => i.JenisTarget is not (JenisTarget.Predikat or JenisTarget.Milestone))
            .Select(i =>
            {
                var realisasis = realisasiPerKode[i.Kode].ToList();
                var (realisasi, _, _) = RealisasiSampai(i, realisasis, sampai);
                Dictionary<string, decimal>? variabel = null;
                if (i.Rumus is not null && Rumus.Baca(i.Rumus) is { } rumus)
                {
                    var terverifikasi = realisasis.Where(r => r.Status == StatusRealisasi.Diverifikasi && r.Tahun == sampai.Tahun && r.Periode.Akhir <= sampai.Akhir && r.Variabels.Count > 0).ToList();
                    variabel = terverifikasi.Count == 0 ? null : rumus.Variabels
                        .Where(v => terverifikasi.Any(r => r.Variabels.Any(x => x.Nama == v)))
                        .ToDictionary(v => v, v => terverifikasi.SelectMany(r => r.Variabels).Where(x => x.Nama == v).Sum(x => x.Nilai), StringComparer.Ordinal);
                }

                return new IndikatorSatker(kodeSatker, i.Kode, i.Uraian, i.Satuan, i.Rumus, i.CaraAkumulasi, (realisasi as RealisasiAngka)?.Nilai, variabel);
            })];
    }

    /// <summary>
    /// The indicator's realisasi from its verified periods up to <paramref name="sampai"/>, combined
    /// as the indicator says; with the text shown and where it came from. Drafts, submissions
    /// awaiting verification and returned entries do not count.
    /// </summary>
    internal static (Domain.Capaian.Realisasi? Realisasi, string? Teks, string? Sumber) RealisasiSampai(IndikatorKinerja ind, IEnumerable<RealisasiKinerja> realisasis, Periode sampai)
    {
        var periodes = realisasis
            .Where(r => r.Status == StatusRealisasi.Diverifikasi && r.Tahun == sampai.Tahun && r.Periode.Akhir <= sampai.Akhir)
            .OrderBy(r => r.Periode.Akhir)
            .ToList();
        if (periodes.Count == 0)
        {
            return (null, null, null);
        }

        var sumber = string.Join("; ", periodes.Select(p => p.Sumber).Where(s => !string.IsNullOrWhiteSpace(s)).Distinct());
        var sumberAtauNull = sumber.Length == 0 ? null : sumber;
        switch (ind.JenisTarget)
        {
            case JenisTarget.Predikat:
                var predikat = periodes.LastOrDefault(p => p.Predikat is not null)?.Predikat;
                return predikat is null ? (null, null, sumberAtauNull) : (new RealisasiPredikat(predikat), predikat, sumberAtauNull);
            case JenisTarget.Milestone:
                var selesai = periodes.Where(p => p.Selesai == true).Select(p => p.TanggalSelesai ?? p.Periode.Akhir).Order().FirstOrDefault();
                var done = periodes.Any(p => p.Selesai == true);
                return (new RealisasiMilestone(done ? selesai : null), done ? "selesai " + FormatIndonesia.Tanggal(selesai) : "belum selesai", sumberAtauNull);
        }

        var rumus = ind.Rumus is null ? null : Rumus.Baca(ind.Rumus);
        decimal? nilai;
        if (rumus is not null && ind.CaraAkumulasi == CaraAkumulasi.HitungUlangDariVariabel && periodes.All(p => p.Variabels.Count > 0))
        {
            var hasil = AkumulasiPeriode.HitungUlang(
                rumus,
                periodes.Select(p => new VariabelPeriode(p.Periode, p.Variabels.ToDictionary(v => v.Nama, v => v.Nilai, StringComparer.Ordinal))),
                sampai);
            nilai = hasil.Nilai;
        }
        else
        {
            var cara = ind.CaraAkumulasi == CaraAkumulasi.HitungUlangDariVariabel ? CaraAkumulasi.Terakhir : ind.CaraAkumulasi;
            var nilaiPeriode = periodes
                .Select(p => (p.Periode, Nilai: p.Variabels.Count > 0 && rumus is not null
                    ? rumus.Hitung(p.Variabels.ToDictionary(v => v.Nama, v => v.Nilai, StringComparer.Ordinal)).Nilai
                    : p.Nilai))
                .Where(p => p.Nilai is not null)
                .Select(p => new NilaiPeriode(p.Periode, p.Nilai!.Value))
                .ToList();
            nilai = AkumulasiPeriode.Gabung(nilaiPeriode, cara, sampai);
        }

        if (nilai is null)
        {
            return (null, null, sumberAtauNull);
        }

        var satuan = periodes.LastOrDefault(p => p.Satuan is not null)?.Satuan ?? ind.Satuan;
        return (new RealisasiAngka(nilai.Value, satuan), IndikatorKinerja.TampilAngka(nilai.Value, satuan), sumberAtauNull);
    }
}
