using Sakip.Domain.Capaian;

namespace Sakip.Domain.Agregasi;

/// <summary>The capaian of one indicator, labelled with its sasaran, as input to aggregation.</summary>
/// <param name="KodeSasaran">The sasaran the indicator measures.</param>
/// <param name="KodeIndikator">The indicator.</param>
/// <param name="Hasil">Its capaian.</param>
public sealed record CapaianIndikator(string KodeSasaran, string KodeIndikator, HasilCapaian Hasil);

/// <summary>The mean capaian of one sasaran.</summary>
/// <param name="KodeSasaran">The sasaran.</param>
/// <param name="Capaian">Mean of its computable indicators (capped values); null when none is computable.</param>
/// <param name="JumlahDihitung">How many of its indicators entered the mean.</param>
/// <param name="JumlahTidakDapatDihitung">How many were left out as "tidak dapat dihitung".</param>
public sealed record CapaianSasaran(string KodeSasaran, decimal? Capaian, int JumlahDihitung, int JumlahTidakDapatDihitung);

/// <summary>
/// The aggregates of a PK's measurement: per-sasaran means, the overall capaian and the counts of
/// indicators above, at and below 100 % (the seed's "5 / 6 / 3").
/// </summary>
/// <param name="Sasarans">Per-sasaran means, in the order the sasaran first appear.</param>
/// <param name="Capaian">The overall capaian by the policy's <see cref="ModeAgregasi"/>; null when nothing is computable.</param>
/// <param name="JumlahDiAtas100">Indicators whose raw capaian, rounded to two decimals, is above 100 %.</param>
/// <param name="JumlahSama100">Indicators at exactly 100,00 %.</param>
/// <param name="JumlahDiBawah100">Indicators below 100 %.</param>
/// <param name="JumlahTidakDapatDihitung">Indicators whose capaian cannot be computed.</param>
public sealed record RingkasanCapaian(
    IReadOnlyList<CapaianSasaran> Sasarans,
    decimal? Capaian,
    int JumlahDiAtas100,
    int JumlahSama100,
    int JumlahDiBawah100,
    int JumlahTidakDapatDihitung)
{
    /// <summary>
    /// Aggregates indicator results under a policy. Means use the capped value (cap before
    /// averaging); the counts use the raw value, so an over-achievement stays visible under a
    /// 100 % cap. Indicators that cannot be computed are left out of means and counts and
    /// counted separately, never taken as 0.
    /// </summary>
    public static RingkasanCapaian Hitung(IReadOnlyList<CapaianIndikator> indikators, KebijakanCapaian kebijakan)
    {
        var sasarans = indikators
            .GroupBy(i => i.KodeSasaran, StringComparer.Ordinal)
            .Select(g =>
            {
                var nilai = g.Where(i => i.Hasil.DapatDihitung).Select(i => i.Hasil.Nilai!.Value).ToList();
                return new CapaianSasaran(g.Key, RataRata(nilai), nilai.Count, g.Count() - nilai.Count);
            })
            .ToList();

        var dihitung = indikators.Where(i => i.Hasil.DapatDihitung).ToList();
        var keseluruhan = kebijakan.ModeAgregasi switch
        {
            ModeAgregasi.RataRataIndikator => RataRata([.. dihitung.Select(i => i.Hasil.Nilai!.Value)]),
            ModeAgregasi.RataRataSasaran => RataRata([.. sasarans.Where(s => s.Capaian is not null).Select(s => s.Capaian!.Value)]),
            _ => throw new InvalidOperationException($"Mode agregasi tidak dikenal: {kebijakan.ModeAgregasi}"),
        };

        var mentah = dihitung.Select(i => Math.Round(i.Hasil.Mentah!.Value, 2, MidpointRounding.AwayFromZero)).ToList();
        return new RingkasanCapaian(
            sasarans,
            keseluruhan,
            mentah.Count(v => v > 100m),
            mentah.Count(v => v == 100m),
            mentah.Count(v => v < 100m),
            indikators.Count - dihitung.Count);
    }

    private static decimal? RataRata(List<decimal> nilai) => nilai.Count == 0 ? null : nilai.Sum() / nilai.Count;
}
