namespace Sakip.Domain.Capaian;

/// <summary>One grade of an ordinal scale and the number it stands for in capaian arithmetic.</summary>
/// <param name="Kode">The grade as written (<c>BB</c>, <c>WTP</c>).</param>
/// <param name="Nilai">The number the grade maps to.</param>
public sealed record NilaiPredikat(string Kode, decimal Nilai);

/// <summary>
/// An ordinal grade scale (best first) with the number each grade maps to, so that a grade target
/// can be measured with the numeric rule: target B and realisasi BB give 70 / 60 = 116,67 %.
/// </summary>
/// <remarks>
/// The SAKIP default maps each predikat to the lower bound of its score band (DOMAIN.md §5 and §8:
/// AA 90, A 80, BB 70, B 60, CC 50, C 30, D 0). BPK opinions have no published numbers; the default
/// spaces the four opinions evenly (WTP 100, WDP 75, TW 50, TMP 25). Both are editable per policy.
/// </remarks>
public sealed record SkalaPredikat
{
    /// <summary>Name of the SAKIP evaluation scale.</summary>
    public const string NamaSakip = "SAKIP";

    /// <summary>Name of the BPK audit-opinion scale.</summary>
    public const string NamaOpiniBpk = "BPK";

    /// <summary>Creates a scale; grades are given best first and must be distinct.</summary>
    public SkalaPredikat(string nama, IReadOnlyList<NilaiPredikat> predikats)
    {
        Nama = Preconditions.CheckNotBlank(nama, nameof(nama));
        Preconditions.CheckArgument(predikats.Count > 0, nameof(predikats), "Skala predikat kosong.");
        Preconditions.CheckArgument(
            predikats.Select(p => p.Kode.ToUpperInvariant()).Distinct().Count() == predikats.Count,
            nameof(predikats),
            "Kode predikat ganda.");
        Predikats = predikats;
    }

    /// <summary>The scale's name (<see cref="NamaSakip"/>, <see cref="NamaOpiniBpk"/>, or a user's).</summary>
    public string Nama { get; }

    /// <summary>Grades, best first.</summary>
    public IReadOnlyList<NilaiPredikat> Predikats { get; }

    /// <summary>The SAKIP predikat scale AA..D with the lower bounds of the score bands.</summary>
    public static SkalaPredikat Sakip { get; } = new(NamaSakip,
    [
        new("AA", 90m), new("A", 80m), new("BB", 70m), new("B", 60m), new("CC", 50m), new("C", 30m), new("D", 0m),
    ]);

    /// <summary>BPK audit opinions WTP &gt; WDP &gt; TW &gt; TMP.</summary>
    public static SkalaPredikat OpiniBpk { get; } = new(NamaOpiniBpk,
    [
        new("WTP", 100m), new("WDP", 75m), new("TW", 50m), new("TMP", 25m),
    ]);

    /// <summary>The number of a grade, or null when the scale does not know it (case-insensitive).</summary>
    public decimal? NilaiDari(string kode)
    {
        var k = kode.Trim();
        return Predikats.FirstOrDefault(p => string.Equals(p.Kode, k, StringComparison.OrdinalIgnoreCase))?.Nilai;
    }

    /// <summary>A copy with one grade's number changed.</summary>
    public SkalaPredikat DenganNilai(string kode, decimal nilai)
    {
        Preconditions.CheckArgument(NilaiDari(kode) is not null, nameof(kode), $"Predikat '{kode}' tidak ada pada skala {Nama}.");
        return new SkalaPredikat(Nama, [.. Predikats.Select(p => string.Equals(p.Kode, kode.Trim(), StringComparison.OrdinalIgnoreCase) ? p with { Nilai = nilai } : p)]);
    }
}
