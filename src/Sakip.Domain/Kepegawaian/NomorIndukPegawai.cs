using System.Globalization;

namespace Sakip.Domain.Kepegawaian;

/// <summary>
/// The NIP of an ASN: 18 digits, the date of birth (yyyyMMdd), the month of appointment as CPNS
/// (yyyyMM), the sex (1 man, 2 woman) and a sequence of three digits. Spaces people type between
/// the groups ("19680823 199003 1 002") are allowed.
/// </summary>
public static class NomorIndukPegawai
{
    /// <summary>A NIP read: its 18 digits and what they say; or why the text is not one.</summary>
    /// <param name="Nip">The 18 digits, without spaces.</param>
    /// <param name="TanggalLahir">The date of birth (digits 1-8).</param>
    /// <param name="TahunPengangkatan">The year of appointment as CPNS (digits 9-12).</param>
    /// <param name="BulanPengangkatan">Its month (digits 13-14).</param>
    /// <param name="LakiLaki">Digit 15: true for 1 (man), false for 2 (woman).</param>
    /// <param name="Kesalahan">Why the text is not a NIP; null when it is.</param>
    public sealed record Hasil(string? Nip, DateOnly? TanggalLahir, int? TahunPengangkatan, int? BulanPengangkatan, bool? LakiLaki, string? Kesalahan)
    {
        /// <summary>True when the text is a NIP.</summary>
        public bool Berhasil => Kesalahan is null;
    }

    /// <summary>Reads <paramref name="teks"/> as a NIP; the message says what is wrong in Bahasa Indonesia.</summary>
    public static Hasil Baca(string? teks)
    {
        var angka = (teks ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal);
        if (angka.Length == 0)
        {
            return Gagal("NIP kosong.");
        }

        if (!angka.All(char.IsAsciiDigit))
        {
            return Gagal("NIP hanya boleh berisi angka.");
        }

        if (angka.Length != 18)
        {
            return Gagal($"NIP harus 18 angka; tertulis {angka.Length}.");
        }

        if (!DateOnly.TryParseExact(angka[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var lahir))
        {
            return Gagal($"8 angka pertama NIP ({angka[..8]}) bukan tanggal lahir yang sah (tahun, bulan, tanggal).");
        }

        var tahun = int.Parse(angka[8..12], CultureInfo.InvariantCulture);
        var bulan = int.Parse(angka[12..14], CultureInfo.InvariantCulture);
        if (bulan is < 1 or > 12)
        {
            return Gagal($"Angka ke-13 dan ke-14 NIP ({angka[12..14]}) harus bulan pengangkatan 01 sampai 12.");
        }

        if (tahun < lahir.Year + 15)
        {
            return Gagal($"Tahun pengangkatan di NIP ({tahun}) terlalu dekat dengan tahun lahirnya ({lahir.Year}).");
        }

        if (angka[14] is not ('1' or '2'))
        {
            return Gagal($"Angka ke-15 NIP harus 1 (laki-laki) atau 2 (perempuan); tertulis {angka[14]}.");
        }

        return new Hasil(angka, lahir, tahun, bulan, angka[14] == '1', null);
    }

    private static Hasil Gagal(string pesan) => new(null, null, null, null, null, pesan);
}
