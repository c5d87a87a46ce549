namespace Sakip.Domain.Capaian;

/// <summary>
/// The capaian of one indicator: the raw percentage, the value after the policy's cap (used for
/// display, categories and averaging), or the reason it cannot be computed.
/// </summary>
/// <remarks>
/// Invariant: either <see cref="Alasan"/> is null and both <see cref="Mentah"/> and
/// <see cref="Nilai"/> are set, or <see cref="Alasan"/> is set and both are null.
/// </remarks>
public sealed record HasilCapaian
{
    private HasilCapaian(decimal? mentah, decimal? nilai, AlasanTidakDapatDihitung? alasan)
    {
        Mentah = mentah;
        Nilai = nilai;
        Alasan = alasan;
    }

    /// <summary>The raw capaian in percent, before any cap.</summary>
    public decimal? Mentah { get; }

    /// <summary>The capaian in percent after the policy's cap and the floor at 0 %.</summary>
    public decimal? Nilai { get; }

    /// <summary>Why the capaian cannot be computed; null when it can.</summary>
    public AlasanTidakDapatDihitung? Alasan { get; }

    /// <summary>True when a value was computed.</summary>
    public bool DapatDihitung => Alasan is null;

    /// <summary>A computed capaian.</summary>
    public static HasilCapaian Dihitung(decimal mentah, decimal nilai) => new(mentah, nilai, null);

    /// <summary>A capaian that cannot be computed, with its reason.</summary>
    public static HasilCapaian TidakDapatDihitung(AlasanTidakDapatDihitung alasan) => new(null, null, alasan);
}
