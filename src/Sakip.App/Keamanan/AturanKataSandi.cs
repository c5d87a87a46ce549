namespace Sakip.App.Keamanan;

/// <summary>
/// The password rules: at least 12 characters, letters and digits, not containing the user name,
/// not one of the passwords people pick first.
/// </summary>
public static class AturanKataSandi
{
    public const int PanjangMinimum = 12;

    private static readonly HashSet<string> Umum = new(StringComparer.OrdinalIgnoreCase)
    {
        "password1234", "123456789012", "qwerty123456", "kpu123456789", "sakip1234567", "bandarlampung1", "indonesia1945", "admin1234567",
    };

    /// <summary>What is wrong with a password, one message per rule broken; empty when it is acceptable.</summary>
    public static IReadOnlyList<string> Periksa(string? kataSandi, string namaPengguna)
    {
        var salah = new List<string>();
        var s = kataSandi ?? string.Empty;
        if (s.Length < PanjangMinimum)
        {
            salah.Add($"Kata sandi minimal {PanjangMinimum} karakter.");
        }

        if (!s.Any(char.IsLetter) || !s.Any(char.IsDigit))
        {
            salah.Add("Kata sandi harus berisi huruf dan angka.");
        }

        if (namaPengguna.Length > 0 && s.Contains(namaPengguna, StringComparison.OrdinalIgnoreCase))
        {
            salah.Add("Kata sandi tidak boleh memuat nama pengguna.");
        }

        if (Umum.Contains(s))
        {
            salah.Add("Kata sandi terlalu umum; pilih yang lain.");
        }

        return salah;
    }
}
