using Sakip.Domain.Capaian;

namespace Sakip.Domain.Periode;

/// <summary>How the values of an indicator's periods make the year's (or year-to-date) realisasi (DOMAIN.md §4).</summary>
public enum CaraAkumulasi
{
    /// <summary>The sum of the periods (counts: reports, revisions, events).</summary>
    Jumlah,

    /// <summary>The value of the latest period entered (a state: a percentage of data, a grade).</summary>
    Terakhir,

    /// <summary>The mean of the periods entered.</summary>
    RataRata,

    /// <summary>The formula recomputed from the variables summed over the periods.</summary>
    HitungUlangDariVariabel,
}

/// <summary>One period's entered value.</summary>
/// <param name="Periode">The period.</param>
/// <param name="Nilai">Its value.</param>
public sealed record NilaiPeriode(Periode Periode, decimal Nilai);

/// <summary>One period's formula variables.</summary>
/// <param name="Periode">The period.</param>
/// <param name="Variabel">The variables' values.</param>
public sealed record VariabelPeriode(Periode Periode, IReadOnlyDictionary<string, decimal> Variabel);

/// <summary>Combines period values into the value of a longer period (a quarter, the year).</summary>
public static class AkumulasiPeriode
{
    /// <summary>
    /// The combined value of the periods inside <paramref name="sampai"/> or before its end; null
    /// when none was entered. For <see cref="CaraAkumulasi.HitungUlangDariVariabel"/> use
    /// <see cref="HitungUlang"/>.
    /// </summary>
    public static decimal? Gabung(IEnumerable<NilaiPeriode> nilai, CaraAkumulasi cara, Periode sampai)
    {
        Preconditions.CheckArgument(cara != CaraAkumulasi.HitungUlangDariVariabel, nameof(cara), "Gunakan HitungUlang untuk indikator rumus.");
        var dipakai = nilai.Where(n => n.Periode.Tahun == sampai.Tahun && n.Periode.Akhir <= sampai.Akhir)
            .OrderBy(n => n.Periode.Akhir)
            .ToList();
        if (dipakai.Count == 0)
        {
            return null;
        }

        return cara switch
        {
            CaraAkumulasi.Jumlah => dipakai.Sum(n => n.Nilai),
            CaraAkumulasi.Terakhir => dipakai[^1].Nilai,
            CaraAkumulasi.RataRata => dipakai.Average(n => n.Nilai),
            _ => throw new ArgumentOutOfRangeException(nameof(cara), cara, null),
        };
    }

    /// <summary>
    /// Sums each variable over the periods up to <paramref name="sampai"/> and applies the formula
    /// once (so a year's participation is all voters over all DPT, not a mean of monthly ratios).
    /// </summary>
    public static HasilRumus HitungUlang(Rumus rumus, IEnumerable<VariabelPeriode> periodes, Periode sampai)
    {
        var dipakai = periodes.Where(p => p.Periode.Tahun == sampai.Tahun && p.Periode.Akhir <= sampai.Akhir).ToList();
        if (dipakai.Count == 0)
        {
            return new HasilRumus(null, AlasanTidakDapatDihitung.RealisasiKosong);
        }

        var jumlah = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var v in rumus.Variabels)
        {
            var ada = dipakai.Where(p => p.Variabel.ContainsKey(v)).ToList();
            if (ada.Count > 0)
            {
                jumlah[v] = ada.Sum(p => p.Variabel[v]);
            }
        }

        return rumus.Hitung(jumlah);
    }
}
