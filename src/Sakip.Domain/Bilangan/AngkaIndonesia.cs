using System.Globalization;
using System.Text.RegularExpressions;

namespace Sakip.Domain.Bilangan;

/// <summary>
/// Reads numbers as KPU staff write them in plans, reports and spreadsheets.
/// </summary>
/// <remarks>
/// Indonesian style is the default: <c>.</c> groups thousands and <c>,</c> is the decimal separator
/// (<c>1.234.567,89</c>, <c>52,04 %</c>, <c>Rp 3.315.671.000,-</c>). English-style decimals are also
/// typed, so a dot is a decimal point unless it is followed by exactly three digits in a valid group
/// (<c>0.2%</c> is two tenths; <c>1.234</c> is one thousand two hundred thirty-four). A single comma
/// followed by exactly three digits after a non-zero whole part (<c>1,234</c>) can mean 1,234 or 1234:
/// it is reported as ambiguous, never guessed. Only ASCII digits are digits (a full-width ３ is not). A unit after the number (<c>%</c>, <c>kali</c>,
/// <c>TW</c>, <c>Laporan</c>) and a band (<c>80-90</c>, <c>7 - 8 bulan</c>) are recognised.
/// </remarks>
public static partial class AngkaIndonesia
{
    [GeneratedRegex(@"^(?<a>-?\s*[0-9][0-9.,]*)\s*(?<ua>%|[\p{L}][\p{L}.]*)?\s*(?:-|–|s\.?\s?d\.?|sampai dengan)\s*(?<b>[0-9][0-9.,]*)\s*(?<ub>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PolaRentang();

    [GeneratedRegex(@"^(?<sign>-)?\s*(?<num>[0-9][0-9.,]*)\s*(?<unit>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex PolaAngka();

    [GeneratedRegex(@"^(%|[\p{L}][\p{L}.]*(\s+[\p{L}][\p{L}.]*)*)$", RegexOptions.CultureInvariant)]
    private static partial Regex PolaSatuan();

    [GeneratedRegex(@"^rp\.?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AwalanRupiah();

    /// <summary>The longest text read as a number: longer is never a number people write.</summary>
    public const int PanjangMaksimum = 64;

    /// <summary>
    /// Reads a cell such as <c>0,16 %</c>, <c>12 kali</c>, <c>Rp 3.315.671.000</c>, <c>4 TW</c> or
    /// <c>80-90</c>; the result says what is wrong when the text is not a number.
    /// </summary>
    public static HasilBaca Baca(string? teks) => Baca(teks, null);

    /// <summary>
    /// Reads like <see cref="Baca(string?)"/> and checks the range of <see cref="BatasAngka"/> for the
    /// unit written, or for <paramref name="satuanBawaan"/> (the indicator's unit) when none was;
    /// with neither, the widest bound.
    /// </summary>
    public static HasilBaca Baca(string? teks, string? satuanBawaan)
    {
        if (string.IsNullOrWhiteSpace(teks))
        {
            return HasilBaca.Gagal("sel kosong");
        }

        var s = teks.Trim().Replace('\u00A0', ' ');
        if (s.Length > PanjangMaksimum)
        {
            return HasilBaca.Gagal($"{Kutip(teks)} terlalu panjang untuk sebuah angka (paling panjang {PanjangMaksimum} karakter)");
        }

        string? satuanAwal = null;
        var rp = AwalanRupiah().Match(s);
        if (rp.Success && rp.Length > 0)
        {
            satuanAwal = Satuan.Rupiah;
            s = s[rp.Length..];
        }

        if (s.EndsWith(",-", StringComparison.Ordinal) || s.EndsWith(".-", StringComparison.Ordinal))
        {
            s = s[..^2].TrimEnd();
        }

        var rentang = PolaRentang().Match(s);
        if (rentang.Success)
        {
            return BacaRentang(teks, rentang, satuanAwal, satuanBawaan);
        }

        var m = PolaAngka().Match(s);
        if (!m.Success)
        {
            return HasilBaca.Gagal($"{Kutip(teks)} bukan angka");
        }

        var angka = BacaBilangan(m.Groups["num"].Value);
        if (angka.Kesalahan is not null)
        {
            return HasilBaca.Gagal($"{Kutip(teks)}: {angka.Kesalahan}");
        }

        var satuan = BacaSatuan(m.Groups["unit"].Value, satuanAwal, out var salahSatuan);
        if (salahSatuan is not null)
        {
            return HasilBaca.Gagal($"{Kutip(teks)}: {salahSatuan}");
        }

        var nilai = m.Groups["sign"].Success ? -angka.Nilai!.Value : angka.Nilai!.Value;
        return Batas(nilai, satuan ?? satuanBawaan) is { } salahBatas ? HasilBaca.Gagal($"{Kutip(teks)}: {salahBatas}") : HasilBaca.Angka(nilai, satuan);
    }

    /// <summary>
    /// Reads a plain number without unit (<c>1.234.567,89</c>, <c>0.2</c>, <c>-5</c>); false with the
    /// reason when the text is not one.
    /// </summary>
    public static bool TryParse(string? teks, out decimal nilai, out string? kesalahan)
    {
        nilai = 0;
        var hasil = Baca(teks);
        if (!hasil.Berhasil)
        {
            kesalahan = hasil.Kesalahan;
            return false;
        }

        if (hasil.IsRentang || hasil.Satuan is not null)
        {
            kesalahan = $"{Kutip(teks!)} harus berupa angka saja";
            return false;
        }

        nilai = hasil.Nilai!.Value;
        kesalahan = null;
        return true;
    }

    private static HasilBaca BacaRentang(string asli, Match m, string? satuanAwal, string? satuanBawaan)
    {
        var a = m.Groups["a"].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (a.StartsWith('-'))
        {
            return HasilBaca.Gagal($"{Kutip(asli)}: batas rentang tidak boleh negatif");
        }

        var bawah = BacaBilangan(a);
        var atas = BacaBilangan(m.Groups["b"].Value);
        var salah = bawah.Kesalahan ?? atas.Kesalahan;
        if (salah is not null)
        {
            return HasilBaca.Gagal($"{Kutip(asli)}: {salah}");
        }

        var satuanA = BacaSatuan(m.Groups["ua"].Value, satuanAwal, out var salahA);
        var satuanB = BacaSatuan(m.Groups["ub"].Value, satuanAwal, out var salahB);
        if (salahA is not null || salahB is not null)
        {
            return HasilBaca.Gagal($"{Kutip(asli)}: {salahA ?? salahB}");
        }

        if (Satuan.Berbeda(satuanA, satuanB))
        {
            return HasilBaca.Gagal($"{Kutip(asli)}: satuan kedua batas rentang berbeda");
        }

        var satuanBatas = satuanA ?? satuanB ?? satuanBawaan;
        var salahBatas = Batas(bawah.Nilai!.Value, satuanBatas) ?? Batas(atas.Nilai!.Value, satuanBatas);
        return salahBatas is not null
            ? HasilBaca.Gagal($"{Kutip(asli)}: {salahBatas}")
            : HasilBaca.Rentang(bawah.Nilai!.Value, atas.Nilai!.Value, satuanA ?? satuanB);
    }

    /// <summary>The range of <see cref="BatasAngka"/>: by the unit when one is known, else the widest bound.</summary>
    private static string? Batas(decimal nilai, string? satuan) =>
        satuan is null ? BatasAngka.PeriksaUmum(nilai) : BatasAngka.Periksa(nilai, BatasAngka.JenisDari(satuan));

    /// <summary>The text as quoted in a message: trimmed, and cut after 40 characters so a pasted page is never echoed whole.</summary>
    internal static string Kutip(string teks)
    {
        var t = teks.Trim();
        return t.Length <= 40 ? $"'{t}'" : $"'{t[..40]}…' ({FormatIndonesia.AngkaRingkas(t.Length)} karakter)";
    }

    private static string? BacaSatuan(string teks, string? satuanAwal, out string? kesalahan)
    {
        kesalahan = null;
        var t = teks.Trim();
        if (t.Length == 0)
        {
            return satuanAwal;
        }

        if (!PolaSatuan().IsMatch(t))
        {
            kesalahan = $"{Kutip(t)} bukan satuan yang dikenali";
            return null;
        }

        var satuan = Satuan.Normalkan(t);
        if (satuanAwal is not null && Satuan.Berbeda(satuanAwal, satuan))
        {
            kesalahan = "satuan ganda";
            return null;
        }

        return satuan;
    }

    private readonly record struct Bilangan(decimal? Nilai, string? Kesalahan);

    /// <summary>Reads the digits-and-separators part of a number.</summary>
    private static Bilangan BacaBilangan(string s)
    {
        if (s.Length == 0 || !char.IsAsciiDigit(s[^1]))
        {
            return new(null, "angka tidak lengkap");
        }

        var titik = s.Count(c => c == '.');
        var koma = s.Count(c => c == ',');
        string bulat;
        string pecahan = string.Empty;

        if (titik > 0 && koma > 0)
        {
            // Both separators: the later one is the decimal separator and must occur once.
            var desimal = s.LastIndexOf('.') > s.LastIndexOf(',') ? '.' : ',';
            var kelompok = desimal == '.' ? ',' : '.';
            if (s.Count(c => c == desimal) != 1)
            {
                return new(null, "pemisah desimal muncul lebih dari sekali");
            }

            var i = s.LastIndexOf(desimal);
            if (!KelompokRibuanSah(s[..i], kelompok))
            {
                return new(null, "pengelompokan ribuan tidak sah");
            }

            bulat = s[..i].Replace(kelompok.ToString(), string.Empty, StringComparison.Ordinal);
            pecahan = s[(i + 1)..];
        }
        else if (titik > 0 || koma > 0)
        {
            var sep = titik > 0 ? '.' : ',';
            var jumlah = Math.Max(titik, koma);
            if (jumlah > 1)
            {
                if (!KelompokRibuanSah(s, sep))
                {
                    return new(null, "pengelompokan ribuan tidak sah");
                }

                bulat = s.Replace(sep.ToString(), string.Empty, StringComparison.Ordinal);
            }
            else
            {
                var i = s.IndexOf(sep, StringComparison.Ordinal);
                var kiri = s[..i];
                var kanan = s[(i + 1)..];
                var bisaRibuan = kanan.Length == 3 && kiri.Length is >= 1 and <= 3 && kiri.TrimStart('0').Length > 0;
                if (bisaRibuan && sep == '.')
                {
                    bulat = kiri + kanan;
                }
                else if (bisaRibuan)
                {
                    return new(null, $"ambigu: '{s}' bisa berarti {kiri} koma {kanan} atau {kiri}{kanan}; tulis {kiri}.{kanan} untuk ribuan atau {kiri},{kanan}0 untuk desimal");
                }
                else
                {
                    bulat = kiri;
                    pecahan = kanan;
                }
            }
        }
        else
        {
            bulat = s;
        }

        var teks = pecahan.Length > 0 ? bulat + "." + pecahan : bulat;
        return decimal.TryParse(teks, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var nilai)
            ? new(nilai, null)
            : new(null, "angka terlalu besar atau tidak sah");
    }

    private static bool KelompokRibuanSah(string s, char sep)
    {
        var bagian = s.Split(sep);
        return bagian[0].Length is >= 1 and <= 3
            && bagian.Skip(1).All(b => b.Length == 3)
            && bagian.All(b => b.All(char.IsAsciiDigit));
    }
}
