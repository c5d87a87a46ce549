namespace Sakip.Domain.Bilangan;

/// <summary>
/// Writes whole numbers in Indonesian words, as formal documents do next to amounts:
/// "Rp 37.000.000.000,- (Tiga Puluh Tujuh Miliar Rupiah)".
/// </summary>
/// <remarks>
/// Indonesian uses the prefix <i>se-</i> for one of 10, 11, 100 and 1000 (sepuluh, sebelas,
/// seratus, seribu) but says "satu juta", "satu miliar". Each word is capitalised, as in the seeds.
/// </remarks>
public static class Terbilang
{
    private static readonly string[] Satuan =
        ["", "Satu", "Dua", "Tiga", "Empat", "Lima", "Enam", "Tujuh", "Delapan", "Sembilan", "Sepuluh", "Sebelas"];

    private static readonly (decimal Besar, string Nama)[] Skala =
    [
        (1_000_000_000_000m, "Triliun"),
        (1_000_000_000m, "Miliar"),
        (1_000_000m, "Juta"),
    ];

    /// <summary>A whole non-negative number in words: 1250 is "Seribu Dua Ratus Lima Puluh".</summary>
    public static string Angka(decimal nilai)
    {
        Preconditions.CheckArgument(nilai >= 0 && nilai == decimal.Truncate(nilai), nameof(nilai), "Hanya bilangan bulat tidak negatif.");
        Preconditions.CheckArgument(nilai < 1_000_000_000_000_000m, nameof(nilai), "Bilangan terlalu besar.");
        return nilai == 0 ? "Nol" : string.Join(' ', Kata(nilai));
    }

    /// <summary>An amount of money in words: 37000000000 is "Tiga Puluh Tujuh Miliar Rupiah".</summary>
    public static string Rupiah(decimal nilai) => Angka(nilai) + " Rupiah";

    /// <summary>
    /// An amount as formal text writes it, figures then words: <c>Rp 37.000.000.000,- (Tiga Puluh
    /// Tujuh Miliar Rupiah)</c>. An amount with sen, or a negative one, is written in figures only.
    /// </summary>
    public static string RupiahResmi(decimal nilai) =>
        nilai >= 0 && nilai == decimal.Truncate(nilai) && nilai < 1_000_000_000_000_000m ? $"{FormatIndonesia.Rupiah(nilai)},- ({Rupiah(nilai)})" : FormatIndonesia.Rupiah(nilai);

    private static IEnumerable<string> Kata(decimal n)
    {
        foreach (var (besar, nama) in Skala)
        {
            if (n >= besar)
            {
                foreach (var k in Kata(decimal.Truncate(n / besar)))
                {
                    yield return k;
                }

                yield return nama;
                n %= besar;
            }
        }

        if (n >= 1000)
        {
            var ribu = decimal.Truncate(n / 1000);
            if (ribu == 1)
            {
                yield return "Seribu";
            }
            else
            {
                foreach (var k in Kata(ribu))
                {
                    yield return k;
                }

                yield return "Ribu";
            }

            n %= 1000;
        }

        if (n >= 100)
        {
            var ratus = (int)decimal.Truncate(n / 100);
            yield return ratus == 1 ? "Seratus" : Satuan[ratus] + " Ratus";
            n %= 100;
        }

        var sisa = (int)n;
        if (sisa >= 20)
        {
            yield return Satuan[sisa / 10] + " Puluh";
            sisa %= 10;
            if (sisa > 0)
            {
                yield return Satuan[sisa];
            }
        }
        else if (sisa >= 12)
        {
            yield return Satuan[sisa - 10] + " Belas";
        }
        else if (sisa > 0)
        {
            yield return Satuan[sisa];
        }
    }
}
