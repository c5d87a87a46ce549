using Sakip.Domain.Bilangan;

namespace Sakip.Domain.Evaluasi;

/// <summary>What a sub-component of the LKE asks: that something exists, its quality, or its use (88/2021), or the 12/2015 kinds.</summary>
public enum JenisSubKomponen
{
    /// <summary>The thing exists (88/2021, 20 % of a component).</summary>
    Keberadaan,

    /// <summary>Its quality (88/2021, 30 %; 12/2015 too).</summary>
    Kualitas,

    /// <summary>Its use (88/2021, 50 %; 12/2015's Pemanfaatan of evaluation).</summary>
    Pemanfaatan,

    /// <summary>It is complete (12/2015).</summary>
    Pemenuhan,

    /// <summary>It is carried out (12/2015).</summary>
    Implementasi,

    /// <summary>The performance reported (12/2015's Capaian Kinerja).</summary>
    Capaian,
}

/// <summary>A criterion of the LKE ("1.a.1 Terdapat pedoman teknis perencanaan kinerja.") and the scale it is answered on.</summary>
public sealed record KriteriaLke(string Kode, string Teks, string KodeSkala, string? Panduan = null);

/// <summary>A sub-component with its weight in points of 100 and its criteria (none in a template known only to its sub-components).</summary>
public sealed record SubKomponenLke(string Kode, string Nama, decimal Bobot, JenisSubKomponen Jenis, IReadOnlyList<KriteriaLke> Kriterias);

/// <summary>A component with its weight in points of 100.</summary>
public sealed record KomponenLke(string Kode, string Nama, decimal Bobot, IReadOnlyList<SubKomponenLke> SubKomponens);

/// <summary>
/// An LKE template as data (issue 11, item 1): a version with the years it serves, its answer
/// scales, components, sub-components and criteria. A template is used only once
/// <see cref="Periksa"/> finds nothing wrong with it.
/// </summary>
public sealed record TemplatLke(string Kode, string Nama, int TahunAwal, int? TahunAkhir, IReadOnlyList<SkalaJawaban> Skalas, IReadOnlyList<KomponenLke> Komponens)
{
    /// <summary>Every criterion with its sub-component, in the template's order.</summary>
    public IEnumerable<(SubKomponenLke Sub, KriteriaLke Kriteria)> SemuaKriteria =>
        Komponens.SelectMany(k => k.SubKomponens).SelectMany(s => s.Kriterias.Select(c => (s, c)));

    /// <summary>Every sub-component, in the template's order.</summary>
    public IEnumerable<SubKomponenLke> SemuaSubKomponen => Komponens.SelectMany(k => k.SubKomponens);

    /// <summary>The template's scale with that code, or null.</summary>
    public SkalaJawaban? Skala(string kode) => Skalas.FirstOrDefault(s => string.Equals(s.Kode, kode, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the template serves evaluations of <paramref name="tahun"/>.</summary>
    public bool Berlaku(int tahun) => tahun >= TahunAwal && (TahunAkhir is null || tahun <= TahunAkhir);

    /// <summary>
    /// What is wrong with the template, in Bahasa Indonesia, each naming the component,
    /// sub-component or criterion: component weights not adding to 100, sub-component weights not
    /// adding to their component's, a weight not above zero, a code used twice, a criterion on a
    /// scale the template does not have, a year range backwards. Empty when it can be used.
    /// </summary>
    public IReadOnlyList<string> Periksa()
    {
        var salah = new List<string>();
        if (TahunAkhir is { } akhir && akhir < TahunAwal)
        {
            salah.Add($"Tahun akhir templat {Kode} ({akhir}) sebelum tahun awalnya ({TahunAwal}).");
        }

        if (Komponens.Count == 0)
        {
            salah.Add($"Templat {Kode} tidak memiliki komponen.");
        }

        var total = Komponens.Sum(k => k.Bobot);
        if (total != 100m)
        {
            salah.Add($"Bobot komponen templat {Kode} berjumlah {FormatIndonesia.AngkaRingkas(total)}, harus 100.");
        }

        foreach (var k in Komponens)
        {
            if (k.Bobot <= 0)
            {
                salah.Add($"Bobot komponen {k.Kode} harus lebih dari 0.");
            }

            var jumlah = k.SubKomponens.Sum(s => s.Bobot);
            if (k.SubKomponens.Count == 0)
            {
                salah.Add($"Komponen {k.Kode} tidak memiliki subkomponen.");
            }
            else if (jumlah != k.Bobot)
            {
                salah.Add($"Bobot subkomponen {k.Kode} berjumlah {FormatIndonesia.AngkaRingkas(jumlah)}, harus sama dengan bobot komponennya ({FormatIndonesia.AngkaRingkas(k.Bobot)}).");
            }

            salah.AddRange(k.SubKomponens.Where(s => s.Bobot <= 0).Select(s => $"Bobot subkomponen {s.Kode} harus lebih dari 0."));
        }

        var kodes = Komponens.Select(k => k.Kode)
            .Concat(SemuaSubKomponen.Select(s => s.Kode))
            .Concat(SemuaKriteria.Select(x => x.Kriteria.Kode));
        salah.AddRange(kodes.GroupBy(x => x, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => $"Kode {g.Key} dipakai {g.Count()} kali di templat {Kode}."));
        salah.AddRange(Skalas.GroupBy(s => s.Kode, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => $"Skala {g.Key} didefinisikan {g.Count()} kali di templat {Kode}."));
        salah.AddRange(SemuaKriteria.Where(x => Skala(x.Kriteria.KodeSkala) is null)
            .Select(x => $"Kriteria {x.Kriteria.Kode} memakai skala {x.Kriteria.KodeSkala} yang tidak ada di templat {Kode}."));
        salah.AddRange(SemuaKriteria.Where(x => string.IsNullOrWhiteSpace(x.Kriteria.Teks)).Select(x => $"Kriteria {x.Kriteria.Kode} tidak memiliki teks."));
        return salah;
    }
}
