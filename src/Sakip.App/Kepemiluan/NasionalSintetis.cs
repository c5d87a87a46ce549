using System.Globalization;
using System.Text;
using Sakip.Domain.Kepemiluan;

namespace Sakip.App.Kepemiluan;

/// <summary>
/// A synthetic nation shaped like the Pemilu of 14 February 2024 (election-data.md §1.1 and §5.2):
/// 38 provinces with their real codes, 514 kab/kota, 7,277 kecamatan, 83,731 kelurahan and
/// 820,161 TPS (or a share of them), DPT of about 258 per TPS (at most 300), turnout near 80 % with
/// women a little above men, DPTb and DPK voters, disabled voters, ballots with the 2 % reserve and
/// the votes of three candidate pairs, written as TPS rows of the import template. About 0,5 % of
/// TPS carry an injected error of each kind the checks know, each breaking exactly one rule; every
/// one is listed with its rule so the checks can be scored. The same seed writes the same file.
/// </summary>
public static class NasionalSintetis
{
    /// <summary>The province codes of 2024 (Papua Barat Daya already 96).</summary>
    public static readonly string[] KodeProvinsi =
    [
        "11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33", "34", "35", "36", "51", "52", "53",
        "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76", "81", "82", "91", "92", "93", "94", "95", "96",
    ];

    /// <summary>The counts of the nation (KPU's hierarchy for the Pemilu 2024).</summary>
    public const int KabKota = 514, Kecamatan = 7_277, Kelurahan = 83_731, Tps = 820_161;

    /// <summary>The kinds of error injected, each into about 0,5 % of TPS, and the rule each breaks.</summary>
    public static readonly AturanKepemiluan[] JenisGalat =
    [
        AturanKepemiluan.JumlahLakiPerempuan, AturanKepemiluan.SuratSuaraBerimbang, AturanKepemiluan.SuratSuaraDigunakan,
        AturanKepemiluan.SuaraSahTidakSah, AturanKepemiluan.SuaraCalon, AturanKepemiluan.PenggunaDpk,
        AturanKepemiluan.DisabilitasMelebihiPengguna, AturanKepemiluan.SuaraMelebihiDpt,
    ];

    /// <summary>The header written: the template's columns, the printed DPT total and three candidates.</summary>
    public static readonly string Kepala = string.Join(',', ["kode_wilayah", "nama_wilayah", "tingkat", .. KatalogKolom.KepalaWajib, "dpt", "suara_1", "suara_2", "suara_3"]);

    /// <summary>
    /// Writes the TPS rows of <paramref name="provinsi"/> provinces (38 = the nation; fewer keep the
    /// same shape per province) to <paramref name="tulis"/>, and each injected error (code, rule) to
    /// <paramref name="label"/>. Returns the number of TPS written.
    /// </summary>
    public static int Tulis(TextWriter tulis, TextWriter label, int provinsi = 38, int benih = 2024, decimal porsiGalat = 0.005m)
    {
        Preconditions(provinsi);
        var acak = new Random(benih);
        tulis.Write(Kepala);
        tulis.Write('\n');
        label.Write("kode_wilayah,aturan\n");
        var kab = Bagi(acak, KabKota, KodeProvinsi.Length, 1);
        var kec = Bagi(acak, Kecamatan, KabKota, 3);
        var kel = Bagi(acak, Kelurahan, Kecamatan, 2);
        var tps = Bagi(acak, Tps, Kelurahan, 1, 900);
        int iKab = 0, iKec = 0, iKel = 0, ditulis = 0;
        var baris = new StringBuilder(256);
        for (var p = 0; p < provinsi; p++)
        {
            var efekProvinsi = Normal(acak, 0, 0.035);
            for (var k = 0; k < kab[p]; k++, iKab++)
            {
                var kodeKab = KodeProvinsi[p] + (k < 60 ? k + 1 : 71 + k - 60).ToString("00", CultureInfo.InvariantCulture);
                var efekKab = efekProvinsi + Normal(acak, 0, 0.02);
                for (var c = 0; c < kec[iKab]; c++, iKec++)
                {
                    var kodeKec = kodeKab + (c + 1).ToString("00", CultureInfo.InvariantCulture);
                    for (var d = 0; d < kel[iKec]; d++, iKel++)
                    {
                        var kodeKel = kodeKec + (2001 + d).ToString("0000", CultureInfo.InvariantCulture);
                        for (var t = 0; t < tps[iKel]; t++)
                        {
                            var kode = kodeKel + (t + 1).ToString("000", CultureInfo.InvariantCulture);
                            var galat = acak.NextDouble() < (double)(porsiGalat * JenisGalat.Length) ? JenisGalat[acak.Next(JenisGalat.Length)] : (AturanKepemiluan?)null;
                            TulisTps(acak, baris, kode, efekKab, galat);
                            tulis.Write(baris);
                            if (galat is { } g)
                            {
                                label.Write(kode);
                                label.Write(',');
                                label.Write(g.ToString());
                                label.Write('\n');
                            }

                            ditulis++;
                        }
                    }
                }
            }
        }

        return ditulis;
    }

    /// <summary>
    /// Scores findings (region code, rule) against the injected errors of a label file as
    /// <see cref="Tulis"/> writes it: each must be found under its rule and alone, and no other
    /// region may have a finding.
    /// </summary>
    public static Pencocokan Cocokkan(IEnumerable<(string Kode, AturanKepemiluan Aturan)> temuans, IEnumerable<string> label)
    {
        var sisipan = label.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToDictionary(b => b[0], b => b[1], StringComparer.Ordinal);
        var temuan = temuans.GroupBy(t => t.Kode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(t => t.Aturan.ToString()).ToList(), StringComparer.Ordinal);
        var tepat = sisipan.Count(s => temuan.TryGetValue(s.Key, out var t) && t.Count == 1 && t[0] == s.Value);
        var terlewat = sisipan.Count(s => !temuan.ContainsKey(s.Key));
        return new Pencocokan(sisipan.Count, tepat, sisipan.Count - tepat - terlewat, terlewat, temuan.Keys.Count(k => !sisipan.ContainsKey(k)));
    }

    private static void Preconditions(int provinsi) =>
        Sakip.Domain.Preconditions.CheckRange(provinsi, 1, KodeProvinsi.Length, nameof(provinsi));

    private static void TulisTps(Random acak, StringBuilder b, string kode, double efek, AturanKepemiluan? galat)
    {
        var dpt = acak.NextDouble() < 0.05 ? acak.Next(20, 151) : (int)Math.Clamp(Math.Round(Normal(acak, 258, 30)), 20, 300);
        var dptP = (int)Math.Round(dpt * Math.Clamp(Normal(acak, 0.5003, 0.03), 0.3, 0.7));
        var dptL = dpt - dptP;
        var turnout = Math.Clamp(0.79 + efek + Normal(acak, 0, 0.05), 0.2, 0.99);
        var penggunaDptL = Binomial(acak, dptL, turnout - 0.013);
        var penggunaDptP = Binomial(acak, dptP, turnout + 0.013);
        var dptbL = acak.NextDouble() < 0.005 ? acak.Next(10, 50) : Poisson(acak, 0.7);
        var dptbP = acak.NextDouble() < 0.005 ? acak.Next(10, 50) : Poisson(acak, 0.7);
        var dpkL = Poisson(acak, 1.2);
        var dpkP = Poisson(acak, 1.2);
        if (galat == AturanKepemiluan.SuaraMelebihiDpt)
        {
            // Everyone on the list votes, and enough movers with them to pass DPT x 1,02: an anomaly, not a broken identity.
            penggunaDptL = dptL;
            penggunaDptP = dptP;
            dptbL += (int)Math.Ceiling(dpt * 0.03) + 2;
        }

        if (galat != AturanKepemiluan.SuaraMelebihiDpt && (penggunaDptL + penggunaDptP + dptbL + dptbP + dpkL + dpkP) * 100 > dpt * 102)
        {
            // A small TPS with many movers would be an anomaly by itself; a clean row stays clean so the checks can be scored.
            dptbL = dptbP = dpkL = dpkP = 0;
        }

        var pengguna = penggunaDptL + penggunaDptP + dptbL + dptbP + dpkL + dpkP;
        var disabilitasL = Binomial(acak, penggunaDptL + dptbL + dpkL, 0.005);
        var disabilitasP = Binomial(acak, penggunaDptP + dptbP + dpkP, 0.005);
        var rusak = acak.NextDouble() < 0.2 ? acak.Next(1, 3) : 0;
        var diterima = Math.Max(dpt + (int)Math.Ceiling(dpt * 0.02m) + acak.Next(0, 11), pengguna + rusak);
        var tidakDigunakan = diterima - pengguna - rusak;
        var tidakSah = Binomial(acak, pengguna, Math.Clamp(Normal(acak, 0.018, 0.01), 0, 0.1));
        var sah = pengguna - tidakSah;
        var s1 = Binomial(acak, sah, Math.Clamp(Normal(acak, 0.25, 0.05), 0.01, 0.9));
        var s2 = Binomial(acak, sah - s1, Math.Clamp(Normal(acak, 0.78, 0.05), 0.01, 0.99));
        var s3 = sah - s1 - s2;
        var dptTercetak = dpt;
        var digunakan = pengguna;
        var dpkTercetakL = dpkL;
        var k = acak.Next(1, 10);
        switch (galat)
        {
            case AturanKepemiluan.JumlahLakiPerempuan:
                // The printed total is too high; enough ballots came for it, so only L + P = JML breaks.
                dptTercetak += k;
                diterima += k + 1;
                tidakDigunakan += k + 1;
                break;
            case AturanKepemiluan.SuratSuaraBerimbang:
                tidakDigunakan += k;
                break;
            case AturanKepemiluan.SuratSuaraDigunakan:
                if (tidakDigunakan < k)
                {
                    diterima += k;
                    tidakDigunakan += k;
                }

                digunakan += k;
                tidakDigunakan -= k;
                break;
            case AturanKepemiluan.SuaraSahTidakSah:
                // Fewer votes than voters (never more, so no count passes DPT x 1,02): invalid ones, or valid ones
                // taken from the leading pair so the pairs still add up to the valid votes.
                k = Math.Min(k, Math.Max(1, Math.Max(tidakSah, s2)));
                if (tidakSah >= k)
                {
                    tidakSah -= k;
                }
                else
                {
                    sah -= k;
                    s2 -= k;
                }

                break;
            case AturanKepemiluan.SuaraCalon:
                s1 += k;
                break;
            case AturanKepemiluan.PenggunaDpk:
                dpkTercetakL += k;
                break;
            case AturanKepemiluan.DisabilitasMelebihiPengguna:
                disabilitasL = pengguna + k;
                break;
        }

        b.Clear();
        b.Append(kode).Append(",TPS ").Append(kode.AsSpan(10)).Append(",tps");
        foreach (var n in (long[])[dptL, dptP, dptbL, dptbP, dpkTercetakL, dpkP, penggunaDptL, penggunaDptP, dptbL, dptbP, dpkL, dpkP, disabilitasL, disabilitasP, diterima, digunakan, rusak, tidakDigunakan, sah, tidakSah, dptTercetak, s1, s2, s3])
        {
            b.Append(',').Append(n.ToString(CultureInfo.InvariantCulture));
        }

        b.Append('\n');
    }

    /// <summary>Splits <paramref name="total"/> into <paramref name="bagian"/> parts of at least <paramref name="minimum"/> (at most <paramref name="maksimum"/>), at random but adding up exactly.</summary>
    private static int[] Bagi(Random acak, int total, int bagian, int minimum, int maksimum = int.MaxValue)
    {
        var bobot = Enumerable.Range(0, bagian).Select(_ => 0.5 + acak.NextDouble()).ToArray();
        var jumlahBobot = bobot.Sum();
        var sisa = total - (bagian * minimum);
        var hasil = bobot.Select(w => minimum + (int)Math.Floor(sisa * w / jumlahBobot)).ToArray();
        var kurang = total - hasil.Sum();
        for (var i = 0; kurang > 0; i = (i + 1) % bagian)
        {
            if (hasil[i] < maksimum)
            {
                hasil[i]++;
                kurang--;
            }
        }

        return hasil;
    }

    private static double Normal(Random acak, double rata, double simpangan) =>
        rata + (simpangan * Math.Sqrt(-2 * Math.Log(1 - acak.NextDouble())) * Math.Cos(2 * Math.PI * acak.NextDouble()));

    private static int Binomial(Random acak, int n, double p) =>
        n <= 0 ? 0 : (int)Math.Clamp(Math.Round(Normal(acak, n * p, Math.Sqrt(n * p * (1 - p)))), 0, n);

    private static int Poisson(Random acak, double lambda)
    {
        var batas = Math.Exp(-lambda);
        var k = 0;
        var hasil = acak.NextDouble();
        while (hasil > batas)
        {
            k++;
            hasil *= acak.NextDouble();
        }

        return k;
    }
}

/// <summary>How findings match the injected errors of a synthetic file.</summary>
/// <param name="Sisipan">Errors injected.</param>
/// <param name="Tepat">Found under exactly their rule, alone.</param>
/// <param name="Lain">Found, but under another rule or with more findings.</param>
/// <param name="Terlewat">Not found.</param>
/// <param name="Tambahan">Regions with findings where nothing was injected.</param>
public sealed record Pencocokan(int Sisipan, int Tepat, int Lain, int Terlewat, int Tambahan)
{
    /// <summary>Every injected error found exactly, and nothing else.</summary>
    public bool Sempurna => Tepat == Sisipan && Tambahan == 0;

    public override string ToString() =>
        $"Pencocokan: {Sisipan} kesalahan sisipan, {Tepat} ditemukan tepat, {Lain} ditemukan dengan aturan lain atau tambahan, {Terlewat} terlewat, {Tambahan} wilayah bertemuan tanpa sisipan.";
}
