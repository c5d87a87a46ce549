using Sakip.Domain.Bilangan;

namespace Sakip.Domain.Evaluasi;

/// <summary>The two scoring practices of PermenPANRB 88/2021 (regulation.md §2.5), chosen per evaluation.</summary>
public enum MetodePenilaian
{
    /// <summary>Every criterion is answered on its scale; a sub-component is the mean of its criteria times its weight.</summary>
    PerKriteria,

    /// <summary>A sub-component is graded from the share of its criteria met (the criteria as probing).</summary>
    PerSubKomponen,
}

/// <summary>A criterion's answer ("1.a.1", "BB").</summary>
public sealed record JawabanKriteria(string KodeKriteria, string Jawaban);

/// <summary>A sub-component's share of criteria met in percent, and for how many years full compliance has been kept.</summary>
public sealed record JawabanSubKomponen(string KodeSubKomponen, decimal PersenTerpenuhi, int TahunDipertahankan = 0);

/// <summary>A sub-component's value in points of its weight, as a percentage of that weight, and its grade when graded as a whole.</summary>
public sealed record NilaiSubKomponen(SubKomponenLke SubKomponen, decimal Nilai, decimal Persen, string? Huruf);

/// <summary>A component's value: the sum of its sub-components' values.</summary>
public sealed record NilaiKomponen(KomponenLke Komponen, decimal Nilai, IReadOnlyList<NilaiSubKomponen> SubKomponens)
{
    /// <summary>The value as a percentage of the component's weight.</summary>
    public decimal Persen => Nilai / Komponen.Bobot * 100m;

    /// <summary>
    /// The component's letter on the predikat scale applied to <see cref="Persen"/> (the scale
    /// <see cref="PenilaianLke.SkalaHurufKomponen"/> names), so 77 % of the weight is BB.
    /// </summary>
    public Predikat Huruf => PredikatSakip.DariSkor(Math.Min(100m, Persen));
}

/// <summary>An evaluation's value: the sum of the components, exact, and its predikat.</summary>
public sealed record HasilEvaluasiAkip(string KodeTemplat, MetodePenilaian Metode, decimal Total, Predikat Predikat, IReadOnlyList<NilaiKomponen> Komponens);

/// <summary>Either the evaluation's value or every reason it cannot be computed.</summary>
public sealed record HasilPenilaian(HasilEvaluasiAkip? Hasil, IReadOnlyList<string> Kesalahans)
{
    /// <summary>True when the value was computed.</summary>
    public bool Berhasil => Hasil is not null;
}

/// <summary>
/// Scores an evaluation against an LKE template (issue 11, item 2), pure and exact: values are
/// kept as decimals and only rounded (half up, two places) where they are shown.
/// </summary>
public static class PenilaianLke
{
    /// <summary>How a component's letter is read, printed beside it.</summary>
    public const string SkalaHurufKomponen = "skala predikat PermenPANRB 88/2021 (batas bawah eksklusif) atas persentase nilai terhadap bobot komponen";

    /// <summary>
    /// Per criterion: each answer counts as its share of its scale's highest value; a
    /// sub-component is the mean of its criteria times its weight; components and the total are
    /// sums. Refuses unknown codes, answers outside the scale, a criterion answered twice, and
    /// lists every criterion left unanswered.
    /// </summary>
    public static HasilPenilaian PerKriteria(TemplatLke templat, IEnumerable<JawabanKriteria> jawabans)
    {
        var kosong = templat.SemuaSubKomponen.Where(s => s.Kriterias.Count == 0).Select(s => s.Kode).ToList();
        if (kosong.Count > 0)
        {
            return new HasilPenilaian(null, [$"Subkomponen {string.Join(", ", kosong)} di templat {templat.Kode} tidak memiliki kriteria; nilailah dengan metode per subkomponen."]);
        }

        var salah = new List<string>();
        var kriteria = templat.SemuaKriteria.ToDictionary(x => x.Kriteria.Kode, StringComparer.OrdinalIgnoreCase);
        var nilai = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        foreach (var j in jawabans)
        {
            var kode = j.KodeKriteria.Trim();
            if (!kriteria.TryGetValue(kode, out var k))
            {
                salah.Add($"Kriteria {kode} tidak ada di templat {templat.Kode}.");
                continue;
            }

            var skala = templat.Skala(k.Kriteria.KodeSkala)!;
            if (skala.Cari(j.Jawaban) is not { } opsi)
            {
                salah.Add($"Jawaban '{j.Jawaban.Trim()}' untuk kriteria {k.Kriteria.Kode} tidak ada di skala {skala.Nama} ({skala.DaftarLabel}).");
            }
            else if (!nilai.TryAdd(k.Kriteria.Kode, skala.Persen(opsi)))
            {
                salah.Add($"Kriteria {k.Kriteria.Kode} dijawab lebih dari sekali.");
            }
        }

        var belum = templat.SemuaKriteria.Select(x => x.Kriteria.Kode).Where(k => !nilai.ContainsKey(k) && !salah.Any(s => s.Contains($"kriteria {k} ", StringComparison.Ordinal))).ToList();
        if (belum.Count > 0)
        {
            salah.Add($"{belum.Count} kriteria belum dijawab: {string.Join(", ", belum)}.");
        }

        if (salah.Count > 0)
        {
            return new HasilPenilaian(null, salah);
        }

        return Hasil(templat, MetodePenilaian.PerKriteria, s =>
        {
            var persen = s.Kriterias.Average(k => nilai[k.Kode]);
            return new NilaiSubKomponen(s, persen / 100m * s.Bobot, persen, null);
        });
    }

    /// <summary>
    /// Per sub-component: the share of criteria met gives the grade (<see cref="HurufSubKomponen"/>),
    /// whose AA-E value times the weight is the sub-component's value. Refuses unknown codes,
    /// shares outside 0-100, negative years, a sub-component answered twice, and lists every one
    /// left unanswered.
    /// </summary>
    public static HasilPenilaian PerSubKomponen(TemplatLke templat, IEnumerable<JawabanSubKomponen> jawabans)
    {
        var salah = new List<string>();
        var subs = templat.SemuaSubKomponen.ToDictionary(s => s.Kode, StringComparer.OrdinalIgnoreCase);
        var huruf = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var j in jawabans)
        {
            var kode = j.KodeSubKomponen.Trim();
            if (!subs.TryGetValue(kode, out var s))
            {
                salah.Add($"Subkomponen {kode} tidak ada di templat {templat.Kode}.");
            }
            else if (j.PersenTerpenuhi is < 0 or > 100)
            {
                salah.Add($"Persentase kriteria terpenuhi subkomponen {s.Kode} harus 0 sampai 100; tertulis {FormatIndonesia.AngkaRingkas(j.PersenTerpenuhi)}.");
            }
            else if (j.TahunDipertahankan < 0)
            {
                salah.Add($"Lama dipertahankan subkomponen {s.Kode} tidak boleh negatif; tertulis {j.TahunDipertahankan}.");
            }
            else if (!huruf.TryAdd(s.Kode, HurufSubKomponen(j.PersenTerpenuhi, j.TahunDipertahankan)))
            {
                salah.Add($"Subkomponen {s.Kode} dijawab lebih dari sekali.");
            }
        }

        var belum = subs.Keys.Where(k => !huruf.ContainsKey(k) && !salah.Any(s => s.Contains($"subkomponen {k} ", StringComparison.Ordinal))).ToList();
        if (belum.Count > 0)
        {
            salah.Add($"{belum.Count} subkomponen belum dinilai: {string.Join(", ", belum)}.");
        }

        if (salah.Count > 0)
        {
            return new HasilPenilaian(null, salah);
        }

        return Hasil(templat, MetodePenilaian.PerSubKomponen, s =>
        {
            var h = huruf[s.Kode];
            var persen = SkalaJawaban.AaSampaiE.Persen(SkalaJawaban.AaSampaiE.Cari(h)!);
            return new NilaiSubKomponen(s, persen / 100m * s.Bobot, persen, h);
        });
    }

    /// <summary>
    /// The grade of a sub-component from the share of its criteria met: 0 is E; up to 25 D; up to
    /// 50 C; up to 75 CC; below 100 B; all met is BB, A once kept for a year, AA once kept for five.
    /// </summary>
    public static string HurufSubKomponen(decimal persenTerpenuhi, int tahunDipertahankan)
    {
        Preconditions.CheckRange(persenTerpenuhi, 0m, 100m, nameof(persenTerpenuhi));
        Preconditions.CheckRange(tahunDipertahankan, 0, int.MaxValue, nameof(tahunDipertahankan));
        return persenTerpenuhi switch
        {
            0m => "E",
            <= 25m => "D",
            <= 50m => "C",
            <= 75m => "CC",
            < 100m => "B",
            _ => tahunDipertahankan >= 5 ? "AA" : tahunDipertahankan >= 1 ? "A" : "BB",
        };
    }

    private static HasilPenilaian Hasil(TemplatLke templat, MetodePenilaian metode, Func<SubKomponenLke, NilaiSubKomponen> nilaiSub)
    {
        var komponens = templat.Komponens.Select(k =>
        {
            var subs = k.SubKomponens.Select(nilaiSub).ToList();
            return new NilaiKomponen(k, subs.Sum(s => s.Nilai), subs);
        }).ToList();
        var total = komponens.Sum(k => k.Nilai);
        return new HasilPenilaian(new HasilEvaluasiAkip(templat.Kode, metode, total, PredikatSakip.DariSkor(Math.Min(100m, total)), komponens), []);
    }
}
