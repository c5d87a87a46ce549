using System.Globalization;
using System.Text.RegularExpressions;
using Sakip.Domain.Bilangan;

namespace Sakip.App.Dokumen;

/// <summary>An indicator's figures as the data gives them, for checking what a narrative says of it.</summary>
/// <param name="Kode">The indicator's code.</param>
/// <param name="Uraian">Its wording, which the narrative names it by.</param>
/// <param name="Capaian">Its capaian in percent, when it can be computed.</param>
/// <param name="Realisasi">Its realisasi as shown, when there is one.</param>
/// <param name="Target">Its target as shown.</param>
public sealed record AngkaIndikator(string Kode, string Uraian, decimal? Capaian, string? Realisasi, string Target);

/// <summary>A percentage typed in a narrative that matches none of the figures of what it names.</summary>
/// <param name="Ditulis">The figure as typed ("98,5 %").</param>
/// <param name="Nama">What it names: an indicator's wording, or "capaian kinerja keseluruhan".</param>
/// <param name="KodeIndikator">The indicator's code, or null for the overall capaian.</param>
/// <param name="Data">The figures the data gives, as the document prints them.</param>
public sealed record AngkaBerbeda(string Ditulis, string Nama, string? KodeIndikator, string Data);

/// <summary>
/// The check of figures typed in narrative text against the data (issue 10, item 6): each
/// percentage ("98,5 %", "98,5%", "98,5 persen") followed in the same sentence by an indicator's
/// wording is compared with that indicator's capaian, realisasi and target; one followed by
/// "capaian ... keseluruhan" with the overall capaian. A figure agrees when one of them, rounded
/// half-up to the decimals typed, equals it. Pure: text and figures in, disagreements out.
/// </summary>
public static partial class AngkaNaratif
{
    /// <summary>How far after a figure its subject is looked for, within the sentence.</summary>
    private const int Jangkauan = 300;

    public static IReadOnlyList<AngkaBerbeda> Periksa(string? teks, IReadOnlyList<AngkaIndikator> indikators, decimal? capaianKeseluruhan)
    {
        var hasil = new List<AngkaBerbeda>();
        if (string.IsNullOrWhiteSpace(teks))
        {
            return hasil;
        }

        var nama = indikators
            .Where(i => i.Uraian.Trim().Length >= 4)
            .Select(i => (Indikator: i, Nama: Normalkan(i.Uraian)))
            .OrderByDescending(x => x.Nama.Length)
            .ToList();
        var semua = Persen().Matches(teks);
        for (var k = 0; k < semua.Count; k++)
        {
            var m = semua[k];

            // A figure's subject is looked for up to the next figure and back to the one before, within the sentence.
            var batasSesudah = k + 1 < semua.Count ? semua[k + 1].Index : teks.Length;
            var batasSebelum = k > 0 ? semua[k - 1].Index + semua[k - 1].Length : 0;
            if (!decimal.TryParse(m.Groups["angka"].Value.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var ditulis))
            {
                continue;
            }

            var desimal = m.Groups["angka"].Value.Contains(',', StringComparison.Ordinal) ? m.Groups["angka"].Value.Length - m.Groups["angka"].Value.IndexOf(',', StringComparison.Ordinal) - 1 : 0;
            var sesudah = Normalkan(Kalimat(teks, m.Index + m.Length, batasSesudah));
            var subjek = nama.Where(x => sesudah.Contains(x.Nama, StringComparison.Ordinal)).OrderBy(x => sesudah.IndexOf(x.Nama, StringComparison.Ordinal)).Select(x => x.Indikator).FirstOrDefault();
            if (subjek is not null)
            {
                var data = new[] { subjek.Capaian, Nilai(subjek.Realisasi), Nilai(subjek.Target) };
                if (!data.Any(d => d is { } v && Sama(v, ditulis, desimal)))
                {
                    hasil.Add(new AngkaBerbeda(m.Value.Trim(), subjek.Uraian, subjek.Kode, $"capaian {(subjek.Capaian is { } c ? FormatIndonesia.Persen(c) : "tidak dapat dihitung")}, realisasi {subjek.Realisasi ?? "belum ada"}, target {subjek.Target}"));
                }

                continue;
            }

            if ((KataKeseluruhan().IsMatch(sesudah) || KataKeseluruhan().IsMatch(Normalkan(KalimatSebelum(teks, batasSebelum, m.Index)))) && capaianKeseluruhan is { } total && !Sama(total, ditulis, desimal))
            {
                hasil.Add(new AngkaBerbeda(m.Value.Trim(), "capaian kinerja keseluruhan", null, FormatIndonesia.Persen(total)));
            }
        }

        return hasil;
    }

    private static bool Sama(decimal data, decimal ditulis, int desimal) =>
        Math.Round(data, Math.Min(desimal, 10), MidpointRounding.AwayFromZero) == ditulis;

    private static decimal? Nilai(string? teks) =>
        teks is not null && AngkaIndonesia.TryParse(teks.Replace("%", string.Empty, StringComparison.Ordinal).Trim(), out var v, out _) ? v : null;

    /// <summary>The text from <paramref name="awal"/> to the end of its sentence (a full stop not inside a number), at most <see cref="Jangkauan"/> characters and not past <paramref name="batas"/>.</summary>
    private static string Kalimat(string teks, int awal, int batas)
    {
        var akhir = Math.Min(batas, awal + Jangkauan);
        for (var i = awal; i < akhir; i++)
        {
            if (teks[i] is '!' or '?' or '\n' || (teks[i] == '.' && (i + 1 == teks.Length || !char.IsAsciiDigit(teks[i + 1]))))
            {
                return teks[awal..i];
            }
        }

        return teks[awal..akhir];
    }

    /// <summary>The text of the sentence before <paramref name="akhir"/>, at most <see cref="Jangkauan"/> characters and not before <paramref name="batas"/>.</summary>
    private static string KalimatSebelum(string teks, int batas, int akhir)
    {
        var awal = Math.Max(batas, akhir - Jangkauan);
        for (var i = akhir - 1; i >= awal; i--)
        {
            if (teks[i] is '!' or '?' or '\n' || (teks[i] == '.' && (i + 1 == teks.Length || !char.IsAsciiDigit(teks[i + 1]))))
            {
                return teks[(i + 1)..akhir];
            }
        }

        return teks[awal..akhir];
    }

    /// <summary>Lower case, marks of emphasis dropped, runs of white space as one space.</summary>
    private static string Normalkan(string s) => Spasi().Replace(s.Replace("**", string.Empty, StringComparison.Ordinal).Replace("_", " ", StringComparison.Ordinal).ToLowerInvariant(), " ").Trim();

    [GeneratedRegex(@"(?<![\d.,])(?<angka>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s?(?:%|persen\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Persen();

    [GeneratedRegex(@"\bkeseluruhan\b", RegexOptions.CultureInvariant)]
    private static partial Regex KataKeseluruhan();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spasi();
}
