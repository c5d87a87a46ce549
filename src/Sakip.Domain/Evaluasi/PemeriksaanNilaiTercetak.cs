using Sakip.Domain.Bilangan;

namespace Sakip.Domain.Evaluasi;

/// <summary>A component of an evaluation result as a document prints it: weight, value and the letter beside it.</summary>
public sealed record KomponenTercetak(string Nama, decimal Bobot, decimal Nilai, string? Huruf);

/// <summary>
/// Checks an evaluation result copied from a document (an LHE, the LKjIP's Tabel 20) against
/// itself (issue 11, item 8): the components must add up to the printed total, stay within their
/// weights, and carry the letters the predikat scale gives; the total's predikat must be its own.
/// </summary>
public static class PemeriksaanNilaiTercetak
{
    /// <summary>Every inconsistency, in Bahasa Indonesia, each naming the component and the figures; empty when none.</summary>
    public static IReadOnlyList<string> Periksa(IReadOnlyList<KomponenTercetak> komponens, decimal total, string? predikatTotal)
    {
        var temuan = new List<string>();
        var bobot = komponens.Sum(k => k.Bobot);
        if (bobot != 100m)
        {
            temuan.Add($"Bobot komponen berjumlah {FormatIndonesia.AngkaRingkas(bobot)}, bukan 100.");
        }

        var jumlah = komponens.Sum(k => k.Nilai);
        if (jumlah != total)
        {
            temuan.Add($"Nilai komponen berjumlah {FormatIndonesia.Angka(jumlah)}, tetapi nilai evaluasi tercetak {FormatIndonesia.Angka(total)} (selisih {FormatIndonesia.Angka(Math.Abs(total - jumlah))}).");
        }

        foreach (var k in komponens)
        {
            if (k.Bobot <= 0 || k.Nilai < 0 || k.Nilai > k.Bobot)
            {
                temuan.Add($"Komponen {k.Nama}: nilai {FormatIndonesia.Angka(k.Nilai)} di luar rentang 0 sampai bobotnya {FormatIndonesia.AngkaRingkas(k.Bobot)}.");
                continue;
            }

            var persen = k.Nilai / k.Bobot * 100m;
            var menurutSkala = PredikatSakip.DariSkor(persen).ToString();
            if (k.Huruf is { } huruf && !string.Equals(huruf.Trim(), menurutSkala, StringComparison.OrdinalIgnoreCase))
            {
                temuan.Add($"Komponen {k.Nama}: {FormatIndonesia.Angka(k.Nilai)} dari bobot {FormatIndonesia.AngkaRingkas(k.Bobot)} = {FormatIndonesia.Persen(persen)}, yang menurut skala predikat adalah {menurutSkala}; tercetak {huruf.Trim()}.");
            }
        }

        if (total is >= 0 and <= 100 && predikatTotal is { } p && !string.Equals(p.Trim(), PredikatSakip.DariSkor(total).ToString(), StringComparison.OrdinalIgnoreCase))
        {
            temuan.Add($"Nilai evaluasi {FormatIndonesia.Angka(total)} berpredikat {PredikatSakip.DariSkor(total)}; tercetak {p.Trim()}.");
        }

        return temuan;
    }
}
