using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Sakip.App.Demo;

/// <summary>
/// Reads a table of the demo dataset (a copy of shared/seed-data embedded in this assembly) as
/// rows of column name to text.
/// </summary>
internal static class SeedTabel
{
    public static List<Dictionary<string, string>> Baca(string namaBerkas)
    {
        using var stream = typeof(SeedTabel).Assembly.GetManifestResourceStream("Sakip.Demo." + namaBerkas)
            ?? throw new InvalidOperationException($"Tabel demo {namaBerkas} tidak tertanam di Sakip.App.");
        using var reader = new StreamReader(stream);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(header.ToDictionary(h => h, h => csv.GetField(h) ?? string.Empty, StringComparer.Ordinal));
        }

        return rows;
    }

    /// <summary>The bytes of an embedded demo file (an election-data file in the import template).</summary>
    public static byte[] Isi(string namaBerkas)
    {
        using var stream = typeof(SeedTabel).Assembly.GetManifestResourceStream("Sakip.Demo." + namaBerkas)
            ?? throw new InvalidOperationException($"Berkas demo {namaBerkas} tidak tertanam di Sakip.App.");
        using var salinan = new MemoryStream();
        stream.CopyTo(salinan);
        return salinan.ToArray();
    }

    /// <summary>A plain-digits number of the seed tables (dot decimal point); null when blank.</summary>
    public static decimal? Angka(string teks) =>
        string.IsNullOrWhiteSpace(teks) ? null : decimal.Parse(teks, NumberStyles.Number, CultureInfo.InvariantCulture);
}
