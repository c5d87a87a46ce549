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
/// The tree reaches up to the region all rows share (the kota of a kota's TPS), or the highest
/// level a row is at when that is higher, or the provinces when the rows span several;
/// <see cref="Total"/> sums its tops.
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

    /// <summary>Whether the region is in the tree.</summary>
    public bool Ada(KodeWilayah kode) => angkas.ContainsKey(kode);

    /// <summary>The rolled-up figures of a region of the tree.</summary>
    public AngkaWilayah Angka(KodeWilayah kode) => angkas[kode];

    /// <summary>The region's name as written (its code when no row names it).</summary>
    public string Nama(KodeWilayah kode) => namas.GetValueOrDefault(kode, kode.Bertitik);

    /// <summary>The region's children in the tree, in code order.</summary>
    public IReadOnlyList<KodeWilayah> Anak(KodeWilayah kode) => anaks.TryGetValue(kode, out var a) ? a : [];

    /// <summary>Rolls the rows up and checks them. Codes must be distinct (the reader reports duplicates).</summary>
    public static RekapKepemiluan Hitung(IReadOnlyCollection<BarisKepemiluan> barises, JenisPemilihan jenis)
    {
        var temuans = new List<TemuanKepemiluan>();
        foreach (var b in barises)
        {
            temuans.AddRange(PemeriksaanKepemiluan.Periksa(b.Kode, b.Angka, jenis));
        }

        return Susun(barises, temuans);
    }

    /// <summary>
    /// Rolls up and checks rows as they stream past, holding only what is above the TPS: each TPS
    /// row is checked and added into its kelurahan at once, so a nation of 820,161 TPS needs the
    /// memory of its 83,731 kelurahan. The tree has no TPS in it; a printed kelurahan row is checked
    /// against the sum of its TPS. Codes must be distinct.
    /// </summary>
    public static RekapKepemiluan HitungBertahap(IEnumerable<BarisKepemiluan> barises, JenisPemilihan jenis)
    {
        var penghitung = new Penghitung(jenis);
        foreach (var b in barises)
        {
            penghitung.Tambah(b);
        }

        return penghitung.Selesai();
    }

    /// <summary>
    /// A roll-up stored earlier: every region of the tree with its rolled-up figures (as
    /// <see cref="Angka"/> gave them). The tree is rebuilt from the codes (a region's parent is the
    /// region its code lies in, when present); there are no findings.
    /// </summary>
    public static RekapKepemiluan Tersimpan(IEnumerable<BarisKepemiluan> wilayahs)
    {
        var angkas = new Dictionary<KodeWilayah, AngkaWilayah>();
        var namas = new Dictionary<KodeWilayah, string>();
        foreach (var w in wilayahs)
        {
            Preconditions.CheckArgument(angkas.TryAdd(w.Kode, w.Angka), nameof(wilayahs), $"Kode wilayah {w.Kode} muncul dua kali.");
            namas[w.Kode] = w.Nama;
        }

        var anaks = new Dictionary<KodeWilayah, List<KodeWilayah>>();
        var puncaks = new List<KodeWilayah>();
        foreach (var kode in angkas.Keys.OrderBy(k => k.Kode, StringComparer.Ordinal))
        {
            if (kode.Induk is { } induk && angkas.ContainsKey(induk))
            {
                if (!anaks.TryGetValue(induk, out var daftar))
                {
                    anaks[induk] = daftar = [];
                }

                daftar.Add(kode);
            }
            else
            {
                puncaks.Add(kode);
            }
        }

        return new RekapKepemiluan(angkas, anaks, namas, puncaks, []);
    }

    /// <summary>
    /// The streaming roll-up behind <see cref="HitungBertahap"/>, fed one row at a time by a caller
    /// that also does something else with each row (the import writes it to the database).
    /// </summary>
    /// <param name="jenis">The kind of election, for the ballot reserve.</param>
    public sealed class Penghitung(JenisPemilihan jenis)
    {
        private readonly List<TemuanKepemiluan> temuans = [];
        private readonly Dictionary<KodeWilayah, BarisKepemiluan> tetap = [];
        private readonly Dictionary<KodeWilayah, (Penjumlah Jumlah, int Tps)> kelurahans = [];

        /// <summary>Checks one row and adds it in; a repeated code is refused.</summary>
        public void Tambah(BarisKepemiluan b)
        {
            temuans.AddRange(PemeriksaanKepemiluan.Periksa(b.Kode, b.Angka, jenis));
            if (b.Kode.Tingkat == TingkatWilayah.Tps)
            {
                var kel = b.Kode.Induk!.Value;
                if (!kelurahans.TryGetValue(kel, out var isi))
                {
                    isi = (new Penjumlah(), 0);
                }

                isi.Jumlah.Tambah(b.Angka);
                kelurahans[kel] = (isi.Jumlah, isi.Tps + 1);
            }
            else
            {
                Preconditions.CheckArgument(tetap.TryAdd(b.Kode, b), nameof(b), $"Kode wilayah {b.Kode} muncul dua kali.");
            }
        }

        /// <summary>The roll-up of every row added, with the findings.</summary>
        public RekapKepemiluan Selesai()
        {
            foreach (var (kel, (jumlah, tps)) in kelurahans)
            {
                var angka = jumlah.Hasil();
                if (tetap.TryGetValue(kel, out var cetak))
                {
                    temuans.AddRange(PemeriksaanKepemiluan.PeriksaAnak(kel, cetak.Angka, angka, tps));
                    tetap[kel] = cetak with { Angka = cetak.Angka.Lengkapi(angka) };
                }
                else
                {
                    tetap[kel] = new BarisKepemiluan(kel, kel.Bertitik, angka);
                }
            }

            kelurahans.Clear();
            return Susun(tetap.Values, temuans);
        }
    }

    /// <summary>The level up to which the tree reaches: the rows' common region, no lower than the highest row; the provinces when the rows span several.</summary>
    private static TingkatWilayah Puncak(ICollection<KodeWilayah> kodes)
    {
        var tertinggi = kodes.Min(k => k.Tingkat);
        var puncak = TingkatWilayah.Provinsi;
        for (var t = TingkatWilayah.Provinsi + 1; t <= tertinggi && SemuaSatu(kodes, t); t++)
        {
            puncak = t;
        }

        return puncak;
    }

    private static bool SemuaSatu(ICollection<KodeWilayah> kodes, TingkatWilayah t)
    {
        var pertama = kodes.First().Potong(t);
        return kodes.All(k => k.Potong(t) == pertama);
    }

    private static RekapKepemiluan Susun(IEnumerable<BarisKepemiluan> barises, List<TemuanKepemiluan> temuans)
    {
        var baris = new Dictionary<KodeWilayah, BarisKepemiluan>();
        foreach (var b in barises)
        {
            Preconditions.CheckArgument(baris.TryAdd(b.Kode, b), nameof(barises), $"Kode wilayah {b.Kode} muncul dua kali.");
        }

        var namas = baris.Values.ToDictionary(b => b.Kode, b => b.Nama);
        var anaks = new Dictionary<KodeWilayah, List<KodeWilayah>>();
        var angkas = new Dictionary<KodeWilayah, AngkaWilayah>();
        if (baris.Count == 0)
        {
            return new RekapKepemiluan(angkas, anaks, namas, [], temuans);
        }

        var puncak = Puncak(baris.Keys);
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

    /// <summary>Sums figures one row at a time into running totals (what <see cref="AngkaWilayah.Jumlahkan"/> does for a list), holding no row.</summary>
    private sealed class Penjumlah
    {
        private readonly long?[] angka = new long?[KatalogKolom.Jumlah];
        private long?[] suara = [];

        public void Tambah(AngkaWilayah a)
        {
            for (var i = 0; i < angka.Length; i++)
            {
                if (a.Nilai((KolomKepemiluan)i) is { } n)
                {
                    angka[i] = (angka[i] ?? 0) + n;
                }
            }

            if (a.JumlahCalon > suara.Length)
            {
                Array.Resize(ref suara, a.JumlahCalon);
            }

            for (var i = 0; i < a.JumlahCalon; i++)
            {
                if (a.Suara(i + 1) is { } n)
                {
                    suara[i] = (suara[i] ?? 0) + n;
                }
            }
        }

        public AngkaWilayah Hasil() => new(angka, suara);
    }
}
