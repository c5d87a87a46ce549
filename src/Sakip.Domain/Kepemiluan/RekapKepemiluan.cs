namespace Sakip.Domain.Kepemiluan;

/// <summary>One region's row of an election-data file: its code, name and figures, and the line it came from.</summary>
/// <param name="Kode">The region.</param>
/// <param name="Nama">The region's name as written.</param>
/// <param name="Angka">The figures as written.</param>
/// <param name="Baris">The line of the file (0 when not from a file).</param>
public sealed record BarisKepemiluan(KodeWilayah Kode, string Nama, AngkaWilayah Angka, int Baris = 0);

/// <summary>
/// The roll-up of one contest's rows to every level above them (DOMAIN.md §7), with the findings
/// of every check: each row's own identities, and each region that has rows below it against the
/// sum of those rows (D.Hasil against the C.Hasil below it). A region stands for the sum of its
/// children for every column a child reports and for its own figures otherwise; a region with no
/// row of its own (a kelurahan between TPS rows and a kecamatan row) is the sum of its children.
/// The tree reaches up to the highest level the rows are at; <see cref="Total"/> sums its tops.
/// </summary>
public sealed class RekapKepemiluan
{
    private readonly Dictionary<KodeWilayah, AngkaWilayah> angkas;
    private readonly Dictionary<KodeWilayah, List<KodeWilayah>> anaks;
    private readonly Dictionary<KodeWilayah, string> namas;

    private RekapKepemiluan(Dictionary<KodeWilayah, AngkaWilayah> angkas, Dictionary<KodeWilayah, List<KodeWilayah>> anaks, Dictionary<KodeWilayah, string> namas, List<KodeWilayah> puncaks, List<TemuanKepemiluan> temuans)
    {
        this.angkas = angkas;
        this.anaks = anaks;
        this.namas = namas;
        Puncaks = puncaks;
        Temuans = temuans;
        Total = puncaks.Count == 1 ? angkas[puncaks[0]] : AngkaWilayah.Jumlahkan(puncaks.Select(p => angkas[p]));
    }

    /// <summary>The highest regions, in code order.</summary>
    public IReadOnlyList<KodeWilayah> Puncaks { get; }

    /// <summary>The figures of all the tops together (the tops themselves when there is one).</summary>
    public AngkaWilayah Total { get; }

    /// <summary>Every finding, rows in file order then the regions' sums top-down.</summary>
    public IReadOnlyList<TemuanKepemiluan> Temuans { get; }

    /// <summary>Every region of the tree, in code order.</summary>
    public IEnumerable<KodeWilayah> Wilayahs => angkas.Keys.OrderBy(k => k.Kode, StringComparer.Ordinal);

    /// <summary>The rolled-up figures of a region of the tree.</summary>
    public AngkaWilayah Angka(KodeWilayah kode) => angkas[kode];

    /// <summary>The region's name as written (its code when no row names it).</summary>
    public string Nama(KodeWilayah kode) => namas.GetValueOrDefault(kode, kode.Bertitik);

    /// <summary>The region's children in the tree, in code order.</summary>
    public IReadOnlyList<KodeWilayah> Anak(KodeWilayah kode) => anaks.TryGetValue(kode, out var a) ? a : [];

    /// <summary>Rolls the rows up and checks them. Codes must be distinct (the reader reports duplicates).</summary>
    public static RekapKepemiluan Hitung(IReadOnlyCollection<BarisKepemiluan> barises, JenisPemilihan jenis)
    {
        var baris = new Dictionary<KodeWilayah, BarisKepemiluan>(barises.Count);
        var temuans = new List<TemuanKepemiluan>();
        foreach (var b in barises)
        {
            Preconditions.CheckArgument(baris.TryAdd(b.Kode, b), nameof(barises), $"Kode wilayah {b.Kode} muncul dua kali.");
            temuans.AddRange(PemeriksaanKepemiluan.Periksa(b.Kode, b.Angka, jenis));
        }

        var namas = baris.Values.ToDictionary(b => b.Kode, b => b.Nama);
        var anaks = new Dictionary<KodeWilayah, List<KodeWilayah>>();
        var angkas = new Dictionary<KodeWilayah, AngkaWilayah>();
        if (baris.Count == 0)
        {
            return new RekapKepemiluan(angkas, anaks, namas, [], temuans);
        }

        var puncak = baris.Keys.Min(k => k.Tingkat);
        var simpuls = new HashSet<KodeWilayah>();
        foreach (var kode in baris.Keys)
        {
            for (KodeWilayah? k = kode; k is { } kk && kk.Tingkat >= puncak && simpuls.Add(kk); k = kk.Induk)
            {
                if (kk.Tingkat > puncak && kk.Induk is { } induk)
                {
                    if (!anaks.TryGetValue(induk, out var daftar))
                    {
                        anaks[induk] = daftar = [];
                    }

                    daftar.Add(kk);
                }
            }
        }

        foreach (var daftar in anaks.Values)
        {
            daftar.Sort((a, b) => string.CompareOrdinal(a.Kode, b.Kode));
        }

        var temuanJumlah = new List<TemuanKepemiluan>();
        foreach (var kode in simpuls.OrderByDescending(k => k.Tingkat).ThenBy(k => k.Kode, StringComparer.Ordinal))
        {
            var sendiri = baris.GetValueOrDefault(kode);
            if (anaks.TryGetValue(kode, out var daftar))
            {
                var jumlah = AngkaWilayah.Jumlahkan(daftar.Select(a => angkas[a]));
                if (sendiri is not null)
                {
                    temuanJumlah.AddRange(PemeriksaanKepemiluan.PeriksaAnak(kode, sendiri.Angka, jumlah, daftar.Count));
                    angkas[kode] = sendiri.Angka.Lengkapi(jumlah);
                }
                else
                {
                    angkas[kode] = jumlah;
                }
            }
            else
            {
                angkas[kode] = sendiri!.Angka;
            }
        }

        temuans.AddRange(temuanJumlah.OrderBy(t => t.Kode.Tingkat).ThenBy(t => t.Kode.Kode, StringComparer.Ordinal));
        var puncaks = simpuls.Where(k => k.Tingkat == puncak).OrderBy(k => k.Kode, StringComparer.Ordinal).ToList();
        return new RekapKepemiluan(angkas, anaks, namas, puncaks, temuans);
    }
}
