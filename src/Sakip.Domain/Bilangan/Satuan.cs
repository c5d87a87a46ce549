namespace Sakip.Domain.Bilangan;

/// <summary>
/// Units of measure (<i>satuan</i>) as the system stores them: lower-case, one spelling per unit,
/// so that a target in "Laporan" and a realisasi in "lap" compare equal.
/// </summary>
public static class Satuan
{
    /// <summary>Percent.</summary>
    public const string Persen = "persen";

    /// <summary>Rupiah.</summary>
    public const string Rupiah = "rupiah";

    private static readonly Dictionary<string, string> Sinonim = new(StringComparer.OrdinalIgnoreCase)
    {
        ["%"] = Persen,
        ["persen"] = Persen,
        ["rp"] = Rupiah,
        ["rp."] = Rupiah,
        ["rupiah"] = Rupiah,
        ["kali"] = "kali",
        ["x"] = "kali",
        ["tw"] = "triwulan",
        ["triwulan"] = "triwulan",
        ["bln"] = "bulan",
        ["b1n"] = "bulan",
        ["bulan"] = "bulan",
        ["lap"] = "laporan",
        ["laporan"] = "laporan",
        ["dok"] = "dokumen",
        ["dokumen"] = "dokumen",
        ["org"] = "orang",
        ["orang"] = "orang",
        ["nilai"] = "nilai",
        ["indeks"] = "indeks",
        ["satker"] = "satker",
        ["kegiatan"] = "kegiatan",
    };

    /// <summary>
    /// The stored spelling of a unit as people write it (<c>%</c> is <c>persen</c>, <c>TW</c> is
    /// <c>triwulan</c>, <c>lap</c> is <c>laporan</c>); unknown units are trimmed and lower-cased; blank is null.
    /// </summary>
    public static string? Normalkan(string? satuan)
    {
        if (string.IsNullOrWhiteSpace(satuan))
        {
            return null;
        }

        var s = satuan.Trim();
        return Sinonim.TryGetValue(s, out var baku) ? baku : s.ToLowerInvariant();
    }

    /// <summary>True when both units are given and differ after normalisation.</summary>
    public static bool Berbeda(string? a, string? b)
    {
        var x = Normalkan(a);
        var y = Normalkan(b);
        return x is not null && y is not null && !string.Equals(x, y, StringComparison.Ordinal);
    }
}
