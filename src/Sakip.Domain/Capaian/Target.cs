namespace Sakip.Domain.Capaian;

/// <summary>The target of an indicator: a number, a band, a grade, or a milestone (DOMAIN.md §4).</summary>
public abstract record Target;

/// <summary>A numeric target (percent, count, index, money) with its unit.</summary>
/// <param name="Nilai">The target value.</param>
/// <param name="Satuan">The normalised unit, or null when none was given.</param>
public sealed record TargetAngka(decimal Nilai, string? Satuan = null) : Target;

/// <summary>A target band such as 80-90 % or "7 - 8 bulan": inside the band is 100 %.</summary>
public sealed record TargetRentang : Target
{
    /// <summary>Creates a band; <paramref name="bawah"/> must not exceed <paramref name="atas"/>.</summary>
    public TargetRentang(decimal bawah, decimal atas, string? satuan = null)
    {
        Preconditions.CheckArgument(bawah <= atas, nameof(bawah), "Batas bawah rentang melebihi batas atas.");
        Bawah = bawah;
        Atas = atas;
        Satuan = satuan;
    }

    /// <summary>The lower bound.</summary>
    public decimal Bawah { get; }

    /// <summary>The upper bound.</summary>
    public decimal Atas { get; }

    /// <summary>The normalised unit, or null.</summary>
    public string? Satuan { get; }
}

/// <summary>A grade target on a named ordinal scale (SAKIP AA..D, BPK WTP..TMP).</summary>
/// <param name="Kode">The target grade.</param>
/// <param name="Skala">The name of the scale in the policy (<see cref="SkalaPredikat.NamaSakip"/> ...).</param>
public sealed record TargetPredikat(string Kode, string Skala = SkalaPredikat.NamaSakip) : Target;

/// <summary>A milestone: done (by <see cref="BatasWaktu"/> when one is set) is 100 %, otherwise 0 %.</summary>
/// <param name="BatasWaktu">The date by which it must be done, or null for "done within the year".</param>
public sealed record TargetMilestone(DateOnly? BatasWaktu = null) : Target;

/// <summary>The realisasi of an indicator, of the same kind as its target.</summary>
public abstract record Realisasi;

/// <summary>A numeric realisasi with its unit.</summary>
/// <param name="Nilai">The value.</param>
/// <param name="Satuan">The normalised unit, or null.</param>
public sealed record RealisasiAngka(decimal Nilai, string? Satuan = null) : Realisasi;

/// <summary>A grade obtained.</summary>
/// <param name="Kode">The grade.</param>
public sealed record RealisasiPredikat(string Kode) : Realisasi;

/// <summary>A milestone's state: the date it was done, or null when it is not done.</summary>
/// <param name="TanggalSelesai">When it was done; null when not done.</param>
public sealed record RealisasiMilestone(DateOnly? TanggalSelesai) : Realisasi;
