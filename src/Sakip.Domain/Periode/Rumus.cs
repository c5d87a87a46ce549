using Sakip.Domain.Capaian;

namespace Sakip.Domain.Periode;

/// <summary>The result of a formula: a value, or why it cannot be computed.</summary>
/// <param name="Nilai">The value; null when <paramref name="Alasan"/> is set.</param>
/// <param name="Alasan">Why it cannot be computed.</param>
/// <param name="Variabel">The variable the reason concerns, when there is one.</param>
public sealed record HasilRumus(decimal? Nilai, AlasanTidakDapatDihitung? Alasan, string? Variabel = null);

/// <summary>
/// A formula indicator's measurement: the sum of the numerator variables divided by the sum of the
/// denominator variables, times <see cref="Pengali"/> (100 for a percentage), as an RKT's
/// <i>cara pengukuran</i> states in words: "pemilih DPK dibagi pemilih DPT dan DPTb" is
/// <c>dpk / (dpt + dptb) x 100</c>.
/// </summary>
public sealed record Rumus
{
    /// <summary>Creates a formula; variable names are letters, digits and underscores.</summary>
    public Rumus(IReadOnlyList<string> pembilang, IReadOnlyList<string> penyebut, decimal pengali = 100m)
    {
        Preconditions.CheckArgument(pembilang.Count > 0 && penyebut.Count > 0, nameof(pembilang), "Pembilang dan penyebut harus berisi variabel.");
        Preconditions.CheckArgument(pembilang.Concat(penyebut).All(NamaSah), nameof(pembilang), "Nama variabel hanya boleh huruf, angka dan garis bawah.");
        Preconditions.CheckArgument(pengali > 0, nameof(pengali), "Pengali harus positif.");
        Pembilang = pembilang;
        Penyebut = penyebut;
        Pengali = pengali;
    }

    /// <summary>Variables summed in the numerator.</summary>
    public IReadOnlyList<string> Pembilang { get; }

    /// <summary>Variables summed in the denominator.</summary>
    public IReadOnlyList<string> Penyebut { get; }

    /// <summary>The factor applied to the ratio.</summary>
    public decimal Pengali { get; }

    /// <summary>Every distinct variable, numerator first.</summary>
    public IReadOnlyList<string> Variabels => [.. Pembilang.Concat(Penyebut).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// Reads <c>a + b / c + d</c> with optional parentheses and an optional <c>x 100</c>
    /// (or <c>* 100</c>) suffix; null when the text is not of that shape.
    /// </summary>
    public static Rumus? Baca(string teks)
    {
        if (!KurungSeimbang(teks))
        {
            return null;
        }

        var t = teks.Replace("(", " ", StringComparison.Ordinal).Replace(")", " ", StringComparison.Ordinal).Trim();
        var pengali = 1m;
        foreach (var tanda in new[] { " x 100", " * 100", "x100", "*100" })
        {
            if (t.EndsWith(tanda, StringComparison.OrdinalIgnoreCase))
            {
                pengali = 100m;
                t = t[..^tanda.Length];
                break;
            }
        }

        var bagian = t.Split('/');
        if (bagian.Length != 2)
        {
            return null;
        }

        var atas = Pisah(bagian[0]);
        var bawah = Pisah(bagian[1]);
        return atas.Count > 0 && bawah.Count > 0 && atas.Concat(bawah).All(NamaSah) ? new Rumus(atas, bawah, pengali) : null;
    }

    /// <summary>Computes the formula from variable values.</summary>
    public HasilRumus Hitung(IReadOnlyDictionary<string, decimal> nilai)
    {
        foreach (var v in Variabels)
        {
            if (!nilai.TryGetValue(v, out var x))
            {
                return new HasilRumus(null, AlasanTidakDapatDihitung.VariabelKosong, v);
            }

            if (x < 0)
            {
                return new HasilRumus(null, AlasanTidakDapatDihitung.NilaiNegatif, v);
            }
        }

        var penyebut = Penyebut.Sum(v => nilai[v]);
        return penyebut == 0
            ? new HasilRumus(null, AlasanTidakDapatDihitung.PenyebutNol)
            : new HasilRumus(Pembilang.Sum(v => nilai[v]) / penyebut * Pengali, null);
    }

    /// <inheritdoc />
    public override string ToString()
    {
        static string Sisi(IReadOnlyList<string> v) => v.Count == 1 ? v[0] : "(" + string.Join(" + ", v) + ")";
        return Sisi(Pembilang) + " / " + Sisi(Penyebut) + (Pengali == 100m ? " x 100" : string.Empty);
    }

    /// <summary>A term left empty ("a +", "+ b") makes the formula unreadable, not shorter.</summary>
    private static List<string> Pisah(string sisi) =>
        [.. sisi.Split('+', StringSplitOptions.TrimEntries)];

    /// <summary>Every opening parenthesis is closed, and none closes before it opens.</summary>
    private static bool KurungSeimbang(string teks)
    {
        var kedalaman = 0;
        foreach (var c in teks)
        {
            kedalaman += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (kedalaman < 0)
            {
                return false;
            }
        }

        return kedalaman == 0;
    }

    private static bool NamaSah(string nama) => nama.Length > 0 && nama.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && !char.IsAsciiDigit(nama[0]);
}
