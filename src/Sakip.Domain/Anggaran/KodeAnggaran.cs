using System.Text.RegularExpressions;

namespace Sakip.Domain.Anggaran;

/// <summary>The levels of a DIPA line's code, as RKA-K/L writes the path (DOMAIN.md §6).</summary>
public enum TingkatAnggaran
{
    /// <summary>Program: bagian anggaran, unit eselon I and program (<c>076.01.WA</c>).</summary>
    Program = 1,

    /// <summary>Kegiatan: 4 digits (<c>6871</c>).</summary>
    Kegiatan = 2,

    /// <summary>Klasifikasi rincian output: 3 letters (<c>QGE</c>).</summary>
    Kro = 3,

    /// <summary>Rincian output: 3 digits (<c>001</c>).</summary>
    Ro = 4,

    /// <summary>Komponen: 3 digits (<c>051</c>).</summary>
    Komponen = 5,

    /// <summary>Sub-komponen: one or two letters (<c>A</c>, <c>BA</c>).</summary>
    SubKomponen = 6,

    /// <summary>Akun: 6 digits (<c>521211</c>).</summary>
    Akun = 7,
}

/// <summary>
/// The full dotted code of a DIPA line (<c>076.01.WA.6871.QGE.001.051.A.521211</c>): its level is
/// the number of parts past the program, and its parent is the code without its last part. Letters
/// are upper case; each part is checked against the shape of its level.
/// </summary>
public readonly partial record struct KodeAnggaran
{
    private static readonly (TingkatAnggaran Tingkat, Regex Bentuk, string Keterangan)[] Bagians =
    [
        (TingkatAnggaran.Kegiatan, Empat(), "4 angka kode kegiatan, misalnya 6871"),
        (TingkatAnggaran.Kro, TigaHuruf(), "3 huruf kode KRO, misalnya QGE"),
        (TingkatAnggaran.Ro, TigaAngka(), "3 angka kode RO, misalnya 001"),
        (TingkatAnggaran.Komponen, TigaAngka(), "3 angka kode komponen, misalnya 051"),
        (TingkatAnggaran.SubKomponen, Huruf(), "1 atau 2 huruf kode sub-komponen, misalnya A atau BA"),
        (TingkatAnggaran.Akun, Enam(), "6 angka kode akun, misalnya 521211"),
    ];

    private KodeAnggaran(string kode, TingkatAnggaran tingkat)
    {
        Kode = kode;
        Tingkat = tingkat;
    }

    /// <summary>The code, dotted, upper case.</summary>
    public string Kode { get; }

    /// <summary>Its level.</summary>
    public TingkatAnggaran Tingkat { get; }

    /// <summary>The line it belongs to: the code without its last part; null for a program.</summary>
    public KodeAnggaran? Induk => Tingkat == TingkatAnggaran.Program ? null : new KodeAnggaran(Kode[..Kode.LastIndexOf('.')], Tingkat - 1);

    /// <summary>The code's last part (<c>6871</c>, <c>QGE</c>); the whole code for a program.</summary>
    public string Bagian => Tingkat == TingkatAnggaran.Program ? Kode : Kode[(Kode.LastIndexOf('.') + 1)..];

    /// <summary>Reads a code, or says in Bahasa Indonesia what is wrong with it.</summary>
    public static bool TryBaca(string? teks, out KodeAnggaran kode, out string? kesalahan)
    {
        kode = default;
        var bagian = (teks ?? string.Empty).Trim().ToUpperInvariant().Split('.');
        if (bagian.Length < 3 || !Angka(bagian[0], 3) || !Angka(bagian[1], 2) || !HurufProgram().IsMatch(bagian[2]))
        {
            kesalahan = $"kode '{Potong(teks)}' harus diawali kode program seperti 076.01.WA (bagian anggaran 3 angka, unit eselon I 2 angka, program 2 huruf)";
            return false;
        }

        if (bagian.Length > 3 + Bagians.Length)
        {
            kesalahan = $"kode '{Potong(teks)}' lebih panjang dari program, kegiatan, KRO, RO, komponen, sub-komponen dan akun";
            return false;
        }

        for (var i = 3; i < bagian.Length; i++)
        {
            var (_, bentuk, keterangan) = Bagians[i - 3];
            if (!bentuk.IsMatch(bagian[i]))
            {
                kesalahan = $"bagian ke-{i + 1} kode '{Potong(teks)}' ('{Potong(bagian[i])}') harus {keterangan}";
                return false;
            }
        }

        kode = new KodeAnggaran(string.Join('.', bagian), (TingkatAnggaran)(bagian.Length - 2));
        kesalahan = null;
        return true;
    }

    /// <summary>Reads a code known to be good.</summary>
    public static KodeAnggaran Dari(string teks) =>
        TryBaca(teks, out var kode, out var kesalahan) ? kode : throw new ArgumentException(kesalahan, nameof(teks));

    /// <summary>Whether this line lies under <paramref name="induk"/> (or is it).</summary>
    public bool Di(KodeAnggaran induk) => Kode == induk.Kode || Kode.StartsWith(induk.Kode + ".", StringComparison.Ordinal);

    /// <summary>The code, dotted.</summary>
    public override string ToString() => Kode;

    private static bool Angka(string s, int panjang) => s.Length == panjang && s.All(char.IsAsciiDigit);

    private static string Potong(string? s) => s is null ? string.Empty : s.Length <= 40 ? s : s[..40] + "…";

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex HurufProgram();

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex Empat();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex TigaHuruf();

    [GeneratedRegex("^[0-9]{3}$")]
    private static partial Regex TigaAngka();

    [GeneratedRegex("^[A-Z]{1,2}$")]
    private static partial Regex Huruf();

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex Enam();
}
