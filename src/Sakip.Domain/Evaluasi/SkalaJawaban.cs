namespace Sakip.Domain.Evaluasi;

/// <summary>
/// One answer of a scale with its value ("BB" = 80; "Y" = 1) and what it means, with the meaning
/// for a keberadaan sub-component where that differs (AA and A of 88/2021).
/// </summary>
public sealed record OpsiJawaban(string Label, decimal Nilai, string? Uraian = null, string? UraianKeberadaan = null)
{
    /// <summary>What the answer means in a sub-component of the given kind.</summary>
    public string? UraianUntuk(JenisSubKomponen jenis) => jenis == JenisSubKomponen.Keberadaan ? UraianKeberadaan ?? Uraian : Uraian;
}

/// <summary>
/// An answer scale of an LKE (PermenPANRB 88/2021 and its predecessors), as data: the options a
/// criterion may be answered with and their values. A value counts as its share of the scale's
/// highest value, so "BB" on AA-E (80 of 100) and "B" on A-E (0,75 of 1) are comparable.
/// </summary>
public sealed record SkalaJawaban
{
    /// <summary>A scale with its code ("AA-E"), name and answers; labels unique, values not negative, one above zero.</summary>
    public SkalaJawaban(string kode, string nama, IReadOnlyList<OpsiJawaban> opsis)
    {
        Kode = Preconditions.CheckNotBlank(kode, nameof(kode));
        Nama = Preconditions.CheckNotBlank(nama, nameof(nama));
        Preconditions.CheckArgument(opsis.Count > 0, nameof(opsis), "A scale needs at least one answer.");
        Preconditions.CheckArgument(opsis.All(o => o.Nilai >= 0), nameof(opsis), "Answer values cannot be negative.");
        Preconditions.CheckArgument(opsis.Max(o => o.Nilai) > 0, nameof(opsis), "A scale needs an answer worth more than zero.");
        Preconditions.CheckArgument(opsis.Select(o => o.Label).Distinct(StringComparer.OrdinalIgnoreCase).Count() == opsis.Count, nameof(opsis), "Answer labels must be unique.");
        Opsis = opsis;
    }

    /// <summary>The code criteria name the scale by ("AA-E").</summary>
    public string Kode { get; }

    /// <summary>The scale's name for messages ("AA sampai E").</summary>
    public string Nama { get; }

    /// <summary>The answers, best first.</summary>
    public IReadOnlyList<OpsiJawaban> Opsis { get; }

    /// <summary>The highest value of the scale (100 for AA-E, 1 for Y/T).</summary>
    public decimal Maksimum => Opsis.Max(o => o.Nilai);

    /// <summary>The option written as <paramref name="label"/> (case and surrounding spaces ignored), or null.</summary>
    public OpsiJawaban? Cari(string? label) =>
        Opsis.FirstOrDefault(o => string.Equals(o.Label, label?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>An answer's value as a percentage of the scale's highest value.</summary>
    public decimal Persen(OpsiJawaban opsi) => opsi.Nilai / Maksimum * 100m;

    /// <summary>The labels, for messages: "AA, A, BB, B, CC, C, D, E".</summary>
    public string DaftarLabel => string.Join(", ", Opsis.Select(o => o.Label));

    /// <summary>AA/A/BB/B/CC/C/D/E = 100/90/80/70/60/50/30/0 (PermenPANRB 88/2021).</summary>
    public static SkalaJawaban AaSampaiE { get; } = new("AA-E", "AA sampai E", [new("AA", 100), new("A", 90), new("BB", 80), new("B", 70), new("CC", 60), new("C", 50), new("D", 30), new("E", 0)]);

    /// <summary>Y/T = 1/0 (the "ada / tidak ada" items of older LKE).</summary>
    public static SkalaJawaban YaTidak { get; } = new("Y-T", "Ya / Tidak", [new("Y", 1), new("T", 0)]);

    /// <summary>A/B/C/D/E = 1/0,75/0,5/0,25/0 (PermenPANRB 12/2015).</summary>
    public static SkalaJawaban ASampaiE { get; } = new("A-E", "A sampai E", [new("A", 1), new("B", 0.75m), new("C", 0.5m), new("D", 0.25m), new("E", 0)]);
}
