using Sakip.Domain.Bilangan;
using Sakip.Domain.Periode;

namespace Sakip.Domain.Agregasi;

/// <summary>How an indicator shared by several satker was combined.</summary>
public enum CaraLintasSatker
{
    /// <summary>Each formula variable summed over the satker, then the formula applied once (participation = all voters / all DPT).</summary>
    JumlahVariabel,

    /// <summary>The satker's values summed (counts).</summary>
    Jumlah,

    /// <summary>The mean of the satker's values: only when the policy asks for it.</summary>
    RataRata,

    /// <summary>Not combined; <see cref="GabunganIndikator.Alasan"/> says why.</summary>
    TidakDigabung,
}

/// <summary>One satker's year-to-date value of an indicator, as the cross-satker roll-up takes it.</summary>
/// <param name="KodeSatker">The satker.</param>
/// <param name="Kode">The indicator's code in the satker's PK (shared indicators have the same code).</param>
/// <param name="Uraian">The indicator's wording.</param>
/// <param name="Satuan">Its unit.</param>
/// <param name="Rumus">Its formula, if it has one.</param>
/// <param name="Cara">How its periods combine within the year.</param>
/// <param name="Nilai">Its year-to-date value from verified periods; null when none.</param>
/// <param name="Variabel">Its formula variables summed over the verified periods; null when it has none.</param>
public sealed record IndikatorSatker(string KodeSatker, string Kode, string Uraian, string? Satuan, string? Rumus, CaraAkumulasi Cara, decimal? Nilai, IReadOnlyDictionary<string, decimal>? Variabel);

/// <summary>An indicator combined across the satker that share it.</summary>
/// <param name="Kode">The indicator's code.</param>
/// <param name="Uraian">Its wording (the most common one).</param>
/// <param name="Satuan">Its unit.</param>
/// <param name="JumlahSatker">Satker whose PK has it.</param>
/// <param name="SatkerBernilai">Satker whose value entered the result.</param>
/// <param name="Cara">How it was combined.</param>
/// <param name="Nilai">The combined value; null when not combined or nothing to combine.</param>
/// <param name="Variabel">For <see cref="CaraLintasSatker.JumlahVariabel"/>, each variable's total (numerator and denominator kept).</param>
/// <param name="Alasan">Why it was not combined, or a note on how it was.</param>
public sealed record GabunganIndikator(string Kode, string Uraian, string? Satuan, int JumlahSatker, int SatkerBernilai, CaraLintasSatker Cara, decimal? Nilai, IReadOnlyDictionary<string, decimal> Variabel, string? Alasan);

/// <summary>
/// Combines indicators that several satker share (the same code in their PKs) into one figure for
/// a province or the nation, only where it means something: the units must agree; a formula
/// indicator is recomputed from its variables summed over the satker; counts are summed; a
/// percentage without numerator and denominator is not averaged unless the policy says so.
/// </summary>
public static class AgregasiLintasSatker
{
    /// <summary>Every indicator code that two or more satker share, combined; codes of a single satker are left out.</summary>
    /// <param name="indikators">The satker's indicators.</param>
    /// <param name="rataRataPersentase">The policy: whether percentages without variables may be averaged.</param>
    /// <returns>One row per shared code, ordered by code.</returns>
    public static IReadOnlyList<GabunganIndikator> Gabung(IEnumerable<IndikatorSatker> indikators, bool rataRataPersentase = false) =>
        [.. indikators
            .GroupBy(i => i.Kode, StringComparer.Ordinal)
            .Where(g => g.Select(i => i.KodeSatker).Distinct(StringComparer.Ordinal).Count() >= 2)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => GabungSatu(g.Key, [.. g], rataRataPersentase))];

    private static GabunganIndikator GabungSatu(string kode, IReadOnlyList<IndikatorSatker> anggota, bool rataRataPersentase)
    {
        var uraian = anggota.GroupBy(i => i.Uraian, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var satuans = anggota.Select(i => Satuan.Normalkan(i.Satuan)).Where(s => s is not null).Distinct(StringComparer.Ordinal).ToList();
        var satuan = satuans.Count == 1 ? satuans[0] : null;
        var tanpa = new Dictionary<string, decimal>(StringComparer.Ordinal);
        GabunganIndikator Hasil(int bernilai, CaraLintasSatker cara, decimal? nilai, string? alasan, IReadOnlyDictionary<string, decimal>? variabel = null) =>
            new(kode, uraian, satuan, anggota.Count, bernilai, cara, nilai, variabel ?? tanpa, alasan);

        if (satuans.Count > 1)
        {
            return Hasil(0, CaraLintasSatker.TidakDigabung, null, $"Satuan berbeda antar-satker ({string.Join(", ", satuans)}).");
        }

        var rumusTeks = anggota.Select(i => i.Rumus is null ? null : Periode.Rumus.Baca(i.Rumus)?.ToString()).Distinct().ToList();
        if (rumusTeks is [{ } teks] && Periode.Rumus.Baca(teks) is { } rumus)
        {
            var lengkap = anggota.Where(i => i.Variabel is { } v && rumus.Variabels.All(v.ContainsKey)).ToList();
            if (lengkap.Count == 0)
            {
                return Hasil(0, CaraLintasSatker.JumlahVariabel, null, "Belum ada variabel terverifikasi.");
            }

            var jumlah = rumus.Variabels.ToDictionary(v => v, v => lengkap.Sum(i => i.Variabel![v]), StringComparer.Ordinal);
            var hitung = rumus.Hitung(jumlah);
            return Hasil(lengkap.Count, CaraLintasSatker.JumlahVariabel, hitung.Nilai, hitung.Nilai is null ? "Penyebut gabungan nol." : $"Dihitung ulang: {rumus} atas jumlah variabel.", jumlah);
        }

        if (rumusTeks.Count > 1)
        {
            return Hasil(0, CaraLintasSatker.TidakDigabung, null, "Rumus berbeda antar-satker.");
        }

        var bernilai = anggota.Where(i => i.Nilai is not null).ToList();
        if (anggota.All(i => i.Cara == CaraAkumulasi.Jumlah) && satuan != Satuan.Persen)
        {
            return Hasil(bernilai.Count, CaraLintasSatker.Jumlah, bernilai.Count == 0 ? null : bernilai.Sum(i => i.Nilai!.Value), null);
        }

        return rataRataPersentase
            ? Hasil(bernilai.Count, CaraLintasSatker.RataRata, bernilai.Count == 0 ? null : bernilai.Average(i => i.Nilai!.Value), "Rata-rata nilai satker, atas kebijakan (tanpa pembilang dan penyebut).")
            : Hasil(0, CaraLintasSatker.TidakDigabung, null, "Tanpa pembilang dan penyebut: nilai satker tidak dirata-ratakan.");
    }
}
