namespace Sakip.Domain.Anggaran;

/// <summary>
/// One line of a satker-year's DIPA as the template writes it: the code path, its name, the source
/// of its money, its pagu and the twelve months of realisation and of the disbursement plan (RPD).
/// An amount not written is null: a line with lines below it then takes the sum of those.
/// </summary>
/// <param name="Kode">The dotted code (<c>076.01.WA.6871.QGE</c>).</param>
/// <param name="Uraian">The line's name.</param>
/// <param name="Sumber">Where its money comes from.</param>
/// <param name="Pagu">The pagu written, or null.</param>
/// <param name="Realisasi">Realisation per month, January first (twelve entries; null = not written).</param>
/// <param name="Rencana">The disbursement plan per month (twelve entries; all null = no plan).</param>
public sealed record BarisAnggaran(KodeAnggaran Kode, string Uraian, SumberDana Sumber, decimal? Pagu, IReadOnlyList<decimal?> Realisasi, IReadOnlyList<decimal?> Rencana)
{
    /// <summary>Twelve empty months.</summary>
    public static IReadOnlyList<decimal?> BulanKosong { get; } = new decimal?[12];

    /// <summary>A line with a pagu and its realisation (no plan), for tests and the demo.</summary>
    public static BarisAnggaran Dari(string kode, string uraian, SumberDana sumber, decimal? pagu, params decimal?[] realisasi) =>
        new(KodeAnggaran.Dari(kode), uraian, sumber, pagu, Bulanan(realisasi), BulanKosong);

    /// <summary>Twelve months from the first few given (the rest empty).</summary>
    public static IReadOnlyList<decimal?> Bulanan(params decimal?[] awal)
    {
        Preconditions.CheckArgument(awal.Length <= 12, nameof(awal), "at most twelve months");
        var bulan = new decimal?[12];
        awal.CopyTo(bulan, 0);
        return bulan;
    }

    /// <summary>Whether the disbursement plan was written for any month.</summary>
    public bool AdaRencana => Rencana.Any(r => r is not null);
}
