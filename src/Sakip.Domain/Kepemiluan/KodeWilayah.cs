namespace Sakip.Domain.Kepemiluan;

/// <summary>The levels of the region tree an election is administered in, from the province down to the polling station.</summary>
public enum TingkatWilayah
{
    /// <summary>Provinsi: 2 digits (<c>18</c>).</summary>
    Provinsi = 1,

    /// <summary>Kabupaten or kota: 4 digits (<c>1871</c>; 71-99 are kota).</summary>
    KabupatenKota = 2,

    /// <summary>Kecamatan: 6 digits (<c>187101</c>).</summary>
    Kecamatan = 3,

    /// <summary>Kelurahan or desa: 10 digits (<c>1871011003</c>).</summary>
    Kelurahan = 4,

    /// <summary>TPS: the kelurahan code and a 3-digit TPS number (<c>1871011003001</c>).</summary>
    Tps = 5,
}

/// <summary>
/// A region code as KPU writes it: the Kemendagri code without dots (2, 4, 6, 10 digits) or a TPS
/// code of 13 digits (kelurahan code plus the TPS number). The level follows from the length and
/// every code's parent is its prefix. Codes change between years, so a code means something only
/// within one election event (election-data.md §2).
/// </summary>
public readonly record struct KodeWilayah
{
    private static readonly int[] Panjangs = [2, 4, 6, 10, 13];

    private KodeWilayah(string kode, TingkatWilayah tingkat)
    {
        Kode = kode;
        Tingkat = tingkat;
    }

    /// <summary>The digits, without dots.</summary>
    public string Kode { get; }

    /// <summary>The level, from the number of digits.</summary>
    public TingkatWilayah Tingkat { get; }

    /// <summary>The parent's code; null for a province.</summary>
    public KodeWilayah? Induk => Tingkat == TingkatWilayah.Provinsi ? null : Potong((TingkatWilayah)((int)Tingkat - 1));

    /// <summary>The code written with dots as Kemendagri does (<c>18.71.01.1003</c>; a TPS adds <c>.001</c>).</summary>
    public string Bertitik
    {
        get
        {
            var bagian = new List<string>();
            var awal = 0;
            foreach (var p in Panjangs)
            {
                if (p > Kode.Length)
                {
                    break;
                }

                bagian.Add(Kode[awal..p]);
                awal = p;
            }

            return string.Join('.', bagian);
        }
    }

    /// <summary>The code of the ancestor at <paramref name="tingkat"/> (the code itself at its own level).</summary>
    public KodeWilayah Potong(TingkatWilayah tingkat)
    {
        Preconditions.CheckArgument(tingkat <= Tingkat, nameof(tingkat), "Tingkat leluhur harus di atas atau sama dengan tingkat kode.");
        return new KodeWilayah(Kode[..Panjangs[(int)tingkat - 1]], tingkat);
    }

    /// <summary>True when this code lies inside <paramref name="leluhur"/> (or is it).</summary>
    public bool Di(KodeWilayah leluhur) => leluhur.Tingkat <= Tingkat && Kode.StartsWith(leluhur.Kode, StringComparison.Ordinal);

    /// <summary>
    /// Reads a code written with or without dots (<c>18.71.01</c> or <c>187101</c>). On failure
    /// <paramref name="kesalahan"/> says in Bahasa Indonesia what is wrong.
    /// </summary>
    public static bool TryBaca(string? teks, out KodeWilayah kode, out string? kesalahan)
    {
        kode = default;
        var t = (teks ?? string.Empty).Trim();
        if (t.Length == 0)
        {
            kesalahan = "kode wilayah kosong";
            return false;
        }

        var digit = t.Replace(".", string.Empty, StringComparison.Ordinal);
        if (!digit.All(char.IsAsciiDigit))
        {
            kesalahan = $"kode wilayah '{t}' hanya boleh berisi angka (dan titik pemisah)";
            return false;
        }

        var i = Array.IndexOf(Panjangs, digit.Length);
        if (i < 0)
        {
            kesalahan = $"kode wilayah '{t}' berisi {digit.Length} angka; kode Kemendagri berisi 2 (provinsi), 4 (kabupaten/kota), 6 (kecamatan), 10 (kelurahan/desa) atau 13 angka (TPS)";
            return false;
        }

        kode = new KodeWilayah(digit, (TingkatWilayah)(i + 1));
        kesalahan = null;
        return true;
    }

    /// <summary>Reads a code that is known to be well formed (fixtures, stored data); throws otherwise.</summary>
    public static KodeWilayah Dari(string teks)
    {
        Preconditions.CheckArgument(TryBaca(teks, out var kode, out var kesalahan), nameof(teks), kesalahan ?? string.Empty);
        return kode;
    }

    /// <inheritdoc/>
    public override string ToString() => Kode;
}
