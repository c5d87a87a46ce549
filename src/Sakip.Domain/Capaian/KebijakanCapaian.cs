using Sakip.Domain.Kategori;

namespace Sakip.Domain.Capaian;

/// <summary>
/// The per-satker, per-year policy that says how capaian is computed, capped, categorised and
/// aggregated (DOMAIN.md §5). It is printed with every report so a reader can recompute any figure.
/// </summary>
/// <param name="RumusTurun">The lower-is-better formula.</param>
/// <param name="Batas">The cap applied for display and averaging.</param>
/// <param name="Skala">The category scale.</param>
/// <param name="ModeAgregasi">How the overall capaian is formed.</param>
/// <param name="SkalaPredikats">The grade scales and the number of each grade.</param>
public sealed record KebijakanCapaian(
    RumusTurun RumusTurun,
    BatasCapaian Batas,
    SkalaKategori Skala,
    ModeAgregasi ModeAgregasi,
    IReadOnlyList<SkalaPredikat> SkalaPredikats)
{
    /// <summary>
    /// The defaults: 2T - R for lower-is-better, no cap, the seed's four-level scale, mean of
    /// indicators, SAKIP and BPK scales with their default numbers.
    /// </summary>
    public static KebijakanCapaian Bawaan { get; } = new(
        RumusTurun.DuaTargetKurangRealisasi,
        BatasCapaian.TanpaBatas,
        SkalaKategori.Seed4,
        ModeAgregasi.RataRataIndikator,
        [SkalaPredikat.Sakip, SkalaPredikat.OpiniBpk]);

    /// <summary>The grade scale with this name (case-insensitive), or null.</summary>
    public SkalaPredikat? CariSkalaPredikat(string nama) =>
        SkalaPredikats.FirstOrDefault(s => string.Equals(s.Nama, nama, StringComparison.OrdinalIgnoreCase));

    /// <summary>The highest value the cap allows, or null when there is no cap.</summary>
    public decimal? NilaiMaksimum => Batas switch
    {
        BatasCapaian.TanpaBatas => null,
        BatasCapaian.Seratus => 100m,
        BatasCapaian.SeratusDuaPuluh or BatasCapaian.Aturan110Jadi120 => 120m,
        _ => throw new InvalidOperationException($"Batas tidak dikenal: {Batas}"),
    };

    /// <summary>Applies the cap to a raw capaian, then the floor at 0 %.</summary>
    public decimal TerapkanBatas(decimal mentah)
    {
        var nilai = Batas switch
        {
            BatasCapaian.TanpaBatas => mentah,
            BatasCapaian.Seratus => Math.Min(mentah, 100m),
            BatasCapaian.SeratusDuaPuluh => Math.Min(mentah, 120m),
            BatasCapaian.Aturan110Jadi120 => mentah > 110m ? 120m : mentah,
            _ => throw new InvalidOperationException($"Batas tidak dikenal: {Batas}"),
        };
        return Math.Max(nilai, 0m);
    }
}
