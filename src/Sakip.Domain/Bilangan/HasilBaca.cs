namespace Sakip.Domain.Bilangan;

/// <summary>
/// What was read from a cell as people write it: one number (<see cref="Nilai"/>) or a band
/// (<see cref="Nilai"/> to <see cref="NilaiAtas"/>), with its unit; or the reason it could not be read.
/// </summary>
/// <remarks>Exactly one of <see cref="Nilai"/> and <see cref="Kesalahan"/> is set.</remarks>
public sealed record HasilBaca
{
    private HasilBaca(decimal? nilai, decimal? nilaiAtas, string? satuan, string? kesalahan)
    {
        Nilai = nilai;
        NilaiAtas = nilaiAtas;
        Satuan = satuan;
        Kesalahan = kesalahan;
    }

    /// <summary>The number, or the lower bound of a band.</summary>
    public decimal? Nilai { get; }

    /// <summary>The upper bound when the text was a band such as <c>80-90</c>; otherwise null.</summary>
    public decimal? NilaiAtas { get; }

    /// <summary>The normalised unit (<see cref="Satuan.Persen"/>, <c>kali</c>, ...), or null when none was written.</summary>
    public string? Satuan { get; }

    /// <summary>Why the text could not be read, in Bahasa Indonesia; null on success.</summary>
    public string? Kesalahan { get; }

    /// <summary>True when a number or band was read.</summary>
    public bool Berhasil => Kesalahan is null;

    /// <summary>True when the text was a band.</summary>
    public bool IsRentang => NilaiAtas is not null;

    /// <summary>A successfully read number.</summary>
    public static HasilBaca Angka(decimal nilai, string? satuan) => new(nilai, null, satuan, null);

    /// <summary>A successfully read band; the bounds are put in order.</summary>
    public static HasilBaca Rentang(decimal bawah, decimal atas, string? satuan) =>
        new(Math.Min(bawah, atas), Math.Max(bawah, atas), satuan, null);

    /// <summary>A text that could not be read, with the reason.</summary>
    public static HasilBaca Gagal(string kesalahan) => new(null, null, null, Preconditions.CheckNotBlank(kesalahan, nameof(kesalahan)));
}
