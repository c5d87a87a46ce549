namespace Sakip.Domain.Capaian;

/// <summary>Which direction of realisasi is better (DOMAIN.md §4).</summary>
public enum Polaritas
{
    /// <summary>Higher is better (<i>semakin tinggi semakin baik</i>): most indicators.</summary>
    Naik,

    /// <summary>Lower is better (<i>semakin rendah semakin baik</i>), e.g. voters not in the DPT.</summary>
    Turun,
}

/// <summary>The formula used for lower-is-better indicators (PermenPANRB 6/2022; LKjIP practice).</summary>
public enum RumusTurun
{
    /// <summary><c>(2 x target - realisasi) / target x 100</c>, i.e. <c>(1 + (1 - R/T)) x 100</c>. The default.</summary>
    DuaTargetKurangRealisasi,

    /// <summary><c>target / realisasi x 100</c>.</summary>
    TargetBagiRealisasi,
}

/// <summary>The cap applied to capaian for display and averaging; the raw value is always kept.</summary>
public enum BatasCapaian
{
    /// <summary>No cap (the default; the seed's overall 105 % is an uncapped mean).</summary>
    TanpaBatas,

    /// <summary>At most 100 % (KPU practice).</summary>
    Seratus,

    /// <summary>At most 120 %.</summary>
    SeratusDuaPuluh,

    /// <summary>PermenPANRB 6/2022: a capaian above 110 % counts as 120 %.</summary>
    Aturan110Jadi120,
}

/// <summary>How the overall capaian is aggregated from the indicators.</summary>
public enum ModeAgregasi
{
    /// <summary>Mean of all computable indicators (the default).</summary>
    RataRataIndikator,

    /// <summary>Mean of the per-sasaran means.</summary>
    RataRataSasaran,
}
