namespace Sakip.Domain.Anggaran;

/// <summary>
/// The figures of a budget node (for one source or in total): pagu, realisation per month and the
/// disbursement plan per month, with what follows from them. Exact in <c>decimal</c>; percentages are
/// rounded half-up to two decimals only when asked for.
/// </summary>
public sealed class AngkaAnggaran
{
    private readonly decimal[] realisasi;
    private readonly decimal[]? rencana;

    /// <summary>Figures from a pagu and twelve months.</summary>
    /// <param name="pagu">The pagu.</param>
    /// <param name="realisasiBulan">Realisation per month (twelve).</param>
    /// <param name="rencanaBulan">The plan per month (twelve), or null when there is none.</param>
    public AngkaAnggaran(decimal pagu, IReadOnlyList<decimal> realisasiBulan, IReadOnlyList<decimal>? rencanaBulan)
    {
        Preconditions.CheckArgument(realisasiBulan.Count == 12, nameof(realisasiBulan), "twelve months");
        Preconditions.CheckArgument(rencanaBulan is null || rencanaBulan.Count == 12, nameof(rencanaBulan), "twelve months");
        Pagu = pagu;
        realisasi = [.. realisasiBulan];
        rencana = rencanaBulan is null ? null : [.. rencanaBulan];
    }

    /// <summary>Nothing: no pagu, no realisation, no plan.</summary>
    public static AngkaAnggaran Nol { get; } = new(0, new decimal[12], null);

    /// <summary>The pagu.</summary>
    public decimal Pagu { get; }

    /// <summary>Realisation per month, January first.</summary>
    public IReadOnlyList<decimal> RealisasiBulan => realisasi;

    /// <summary>The plan per month, January first; null when no plan was given.</summary>
    public IReadOnlyList<decimal>? RencanaBulan => rencana;

    /// <summary>Realisation over the year.</summary>
    public decimal Realisasi => realisasi.Sum();

    /// <summary>The plan over the year; null without a plan.</summary>
    public decimal? Rencana => rencana?.Sum();

    /// <summary>What is left: pagu less realisation.</summary>
    public decimal Sisa => Pagu - Realisasi;

    /// <summary>Penyerapan: realisation / pagu x 100, half-up to two decimals; null when the pagu is 0.</summary>
    public decimal? Penyerapan => Persen(Realisasi, Pagu);

    /// <summary>Realisation from January to the end of <paramref name="bulan"/> (1-12; 0 = none yet).</summary>
    public decimal RealisasiSampai(int bulan) => realisasi.Take(BulanSah(bulan)).Sum();

    /// <summary>The plan from January to the end of <paramref name="bulan"/>; null without a plan.</summary>
    public decimal? RencanaSampai(int bulan) => rencana?.Take(BulanSah(bulan)).Sum();

    /// <summary>Cumulative absorption at the end of <paramref name="bulan"/>, half-up to two decimals.</summary>
    public decimal? PenyerapanSampai(int bulan) => Persen(RealisasiSampai(bulan), Pagu);

    /// <summary>The plan's cumulative share of the pagu at the end of <paramref name="bulan"/>.</summary>
    public decimal? RencanaPersenSampai(int bulan) => RencanaSampai(bulan) is { } r ? Persen(r, Pagu) : null;

    /// <summary>The last month with any realisation (0 when none).</summary>
    public int BulanTerakhir => Array.FindLastIndex(realisasi, r => r != 0) + 1;

    /// <summary>Two nodes' figures added (a plan only where both have one, or either when the other has no pagu).</summary>
    public AngkaAnggaran Tambah(AngkaAnggaran lain)
    {
        decimal[]? plan = (rencana, lain.rencana) switch
        {
            ({ } a, { } b) => [.. a.Zip(b, (x, y) => x + y)],
            ({ } a, null) when lain.Pagu == 0 => a,
            (null, { } b) when Pagu == 0 => b,
            _ => null,
        };
        return new AngkaAnggaran(Pagu + lain.Pagu, [.. realisasi.Zip(lain.realisasi, (x, y) => x + y)], plan);
    }

    /// <summary>A share in percent, half-up to two decimals; null when the whole is 0.</summary>
    public static decimal? Persen(decimal bagian, decimal keseluruhan) =>
        keseluruhan == 0 ? null : Math.Round(bagian * 100m / keseluruhan, 2, MidpointRounding.AwayFromZero);

    private static int BulanSah(int bulan)
    {
        Preconditions.CheckRange(bulan, 0, 12, nameof(bulan));
        return bulan;
    }
}
