namespace Sakip.Domain.Kategori;

/// <summary>One level of a category scale: capaian at or above <see cref="BatasBawah"/> gets <see cref="Nama"/>.</summary>
/// <param name="BatasBawah">Inclusive lower bound in percent; ignored for the lowest level, which takes everything below.</param>
/// <param name="Nama">The category (<i>kategori capaian</i>).</param>
public sealed record TingkatKategori(decimal BatasBawah, string Nama);

/// <summary>
/// An ordered scale of inclusive lower bounds that turns a capaian into a category (DOMAIN.md §5).
/// </summary>
/// <remarks>
/// The value categorised is the capaian rounded to two decimals (half away from zero), the figure a
/// reader sees, so a printed "91,00 %" is never rated below the 91 % band. The lowest level takes
/// every value below the next level, which closes the gaps of scales printed as ranges (the seed's
/// Tabel 8 leaves 75-76 and 90-91 open and stops at 100).
/// </remarks>
public sealed record SkalaKategori
{
    /// <summary>Creates a scale; levels are given highest first with strictly decreasing bounds.</summary>
    public SkalaKategori(string nama, IReadOnlyList<TingkatKategori> tingkats)
    {
        Nama = Preconditions.CheckNotBlank(nama, nameof(nama));
        Preconditions.CheckArgument(tingkats.Count >= 2, nameof(tingkats), "Skala kategori perlu sedikitnya dua tingkat.");
        for (var i = 1; i < tingkats.Count; i++)
        {
            Preconditions.CheckArgument(tingkats[i].BatasBawah < tingkats[i - 1].BatasBawah, nameof(tingkats), "Batas bawah tingkat harus menurun.");
        }

        Tingkats = tingkats;
    }

    /// <summary>The scale's name.</summary>
    public string Nama { get; }

    /// <summary>Levels, highest first.</summary>
    public IReadOnlyList<TingkatKategori> Tingkats { get; }

    /// <summary>
    /// The seed's four levels (LKjIP KPU Kota Bandar Lampung 2024, Tabel 8), read as
    /// &gt;= 91 Sangat Baik, &gt;= 76 Baik, &gt;= 55 Cukup Baik, else Gagal.
    /// </summary>
    public static SkalaKategori Seed4 { get; } = new("seed4",
    [
        new(91m, "Sangat Baik"), new(76m, "Baik"), new(55m, "Cukup Baik"), new(0m, "Gagal"),
    ]);

    /// <summary>
    /// The common five-level scale of LKjIPs: &gt;= 91 Sangat Baik, &gt;= 76 Baik, &gt;= 66 Cukup,
    /// &gt;= 51 Kurang, else Sangat Kurang.
    /// </summary>
    public static SkalaKategori Lima { get; } = new("lima",
    [
        new(91m, "Sangat Baik"), new(76m, "Baik"), new(66m, "Cukup"), new(51m, "Kurang"), new(0m, "Sangat Kurang"),
    ]);

    /// <summary>The built-in scale with this name (<c>seed4</c> or <c>lima</c>), or null.</summary>
    public static SkalaKategori? Bawaan(string nama) => nama.Trim().ToUpperInvariant() switch
    {
        "SEED4" => Seed4,
        "LIMA" => Lima,
        _ => null,
    };

    /// <summary>The category of a capaian in percent.</summary>
    public TingkatKategori Kategorikan(decimal capaian)
    {
        var tampil = Math.Round(capaian, 2, MidpointRounding.AwayFromZero);
        for (var i = 0; i < Tingkats.Count - 1; i++)
        {
            if (tampil >= Tingkats[i].BatasBawah)
            {
                return Tingkats[i];
            }
        }

        return Tingkats[^1];
    }
}
