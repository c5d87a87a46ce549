using Sakip.Domain.Capaian;
using Sakip.Domain.Kategori;

namespace Sakip.App.Entities;

/// <summary>
/// The stored capaian policy of a satker-year. Absent means the defaults of
/// <see cref="KebijakanCapaian.Bawaan"/>.
/// </summary>
public class KebijakanCapaianSatker
{
    public int Id { get; set; }

    public int SatkerId { get; set; }

    public int Tahun { get; set; }

    public RumusTurun RumusTurun { get; set; }

    public BatasCapaian Batas { get; set; }

    public ModeAgregasi ModeAgregasi { get; set; }

    /// <summary>A built-in scale name (<c>seed4</c>, <c>lima</c>) or a user-defined one.</summary>
    public required string SkalaKategori { get; set; }

    /// <summary>The levels of a user-defined scale as <c>91=Sangat Baik;76=Baik;0=Kurang</c>; null for a built-in one.</summary>
    public string? TingkatKategori { get; set; }

    /// <summary>Edited grade values as <c>SAKIP:B=65;SAKIP:BB=75</c>; null when the defaults apply.</summary>
    public string? NilaiPredikat { get; set; }

    /// <summary>The policy as the engine reads it.</summary>
    public KebijakanCapaian KeDomain()
    {
        var skala = Domain.Kategori.SkalaKategori.Bawaan(SkalaKategori) ?? BacaSkala(SkalaKategori, TingkatKategori);
        var predikats = KebijakanCapaian.Bawaan.SkalaPredikats.ToList();
        foreach (var bagian in (NilaiPredikat ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (namaSkala, sisa) = Pisah(bagian, ':');
            var (kode, nilai) = Pisah(sisa, '=');
            var i = predikats.FindIndex(s => string.Equals(s.Nama, namaSkala, StringComparison.OrdinalIgnoreCase));
            if (i >= 0)
            {
                predikats[i] = predikats[i].DenganNilai(kode, decimal.Parse(nilai, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return new KebijakanCapaian(RumusTurun, Batas, skala, ModeAgregasi, predikats);
    }

    private static SkalaKategori BacaSkala(string nama, string? tingkat) =>
        new(nama, [.. (tingkat ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => Pisah(t, '='))
            .Select(t => new TingkatKategori(decimal.Parse(t.Kiri, System.Globalization.CultureInfo.InvariantCulture), t.Kanan))]);

    private static (string Kiri, string Kanan) Pisah(string teks, char pemisah)
    {
        var i = teks.IndexOf(pemisah, StringComparison.Ordinal);
        return i < 0 ? (teks, string.Empty) : (teks[..i].Trim(), teks[(i + 1)..].Trim());
    }
}
