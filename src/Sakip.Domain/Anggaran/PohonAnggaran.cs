using Sakip.Domain.Bilangan;

namespace Sakip.Domain.Anggaran;

/// <summary>What a budget check found.</summary>
public enum JenisTemuanAnggaran
{
    /// <summary>A line's written amount is not the sum of the lines below it.</summary>
    RincianTidakSama,

    /// <summary>More was realised than the pagu.</summary>
    RealisasiMelebihiPagu,

    /// <summary>The disbursement plan does not add up to the pagu.</summary>
    RencanaTidakSamaPagu,

    /// <summary>Realisation recorded for the months before a revision exceeds the pagu before it.</summary>
    RealisasiSebelumRevisi,
}

/// <summary>A finding of the budget checks, with the lines involved.</summary>
/// <param name="Jenis">What was found.</param>
/// <param name="Pesan">The finding in Bahasa Indonesia, naming the amounts.</param>
/// <param name="Kode">The line it is about.</param>
/// <param name="Sumber">Its source.</param>
/// <param name="Terlibat">The other lines involved (the lines below, for a sum).</param>
public sealed record TemuanAnggaran(JenisTemuanAnggaran Jenis, string Pesan, KodeAnggaran Kode, SumberDana Sumber, IReadOnlyList<KodeAnggaran> Terlibat);

/// <summary>A node of the budget tree: one code, its figures per source and in total, and the codes below it.</summary>
/// <param name="Kode">The code.</param>
/// <param name="Uraian">Its name.</param>
/// <param name="PerSumber">Its figures per source it has lines in.</param>
/// <param name="Jumlah">Its figures over all sources.</param>
/// <param name="Anak">The nodes right below it, in the order of the lines.</param>
public sealed record SimpulAnggaran(KodeAnggaran Kode, string Uraian, IReadOnlyDictionary<SumberDana, AngkaAnggaran> PerSumber, AngkaAnggaran Jumlah, IReadOnlyList<SimpulAnggaran> Anak)
{
    /// <summary>This node and every node below it, depth first.</summary>
    public IEnumerable<SimpulAnggaran> SemuaSimpul() => Anak.SelectMany(a => a.SemuaSimpul()).Prepend(this);
}

/// <summary>
/// A satker-year's DIPA as a tree of codes (DOMAIN.md §6). Each source is its own tree, as the APBN
/// DIPA and the registered hibah are: a line's parent is the line of its code's prefix in the same
/// source. A line that leaves an amount empty takes the sum of its lines below; where a line writes
/// an amount and has lines below, the checks compare the two. The tree merges the sources by code.
/// </summary>
public sealed class PohonAnggaran
{
    private readonly IReadOnlyList<BarisAnggaran> barises;
    private readonly Dictionary<(string Kode, SumberDana Sumber), AngkaAnggaran> angka = [];
    private readonly ILookup<(string Kode, SumberDana Sumber), BarisAnggaran> anak;
    private readonly ILookup<string, BarisAnggaran> perKode;

    private PohonAnggaran(IReadOnlyList<BarisAnggaran> barises)
    {
        this.barises = barises;
        anak = barises.Where(b => b.Kode.Induk is not null).ToLookup(b => (b.Kode.Induk!.Value.Kode, b.Sumber));
        perKode = barises.ToLookup(b => b.Kode.Kode, StringComparer.Ordinal);
        foreach (var b in barises.Where(b => b.Kode.Tingkat == TingkatAnggaran.Program))
        {
            Hitung(b);
        }

        Akar = [.. barises.Where(b => b.Kode.Tingkat == TingkatAnggaran.Program).Select(b => b.Kode).Distinct().Select(Simpul)];
        PerSumber = Akar.SelectMany(a => a.PerSumber).GroupBy(p => p.Key).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Select(p => p.Value).Aggregate((x, y) => x.Tambah(y)));
        Jumlah = PerSumber.Values.Aggregate(AngkaAnggaran.Nol, (x, y) => x.Tambah(y));
    }

    /// <summary>The programs, in the order of the lines.</summary>
    public IReadOnlyList<SimpulAnggaran> Akar { get; }

    /// <summary>The totals per source.</summary>
    public IReadOnlyDictionary<SumberDana, AngkaAnggaran> PerSumber { get; }

    /// <summary>The total over all sources.</summary>
    public AngkaAnggaran Jumlah { get; }

    /// <summary>The lines the tree was built from.</summary>
    public IReadOnlyList<BarisAnggaran> Barises => barises;

    /// <summary>Every node, depth first.</summary>
    public IEnumerable<SimpulAnggaran> SemuaSimpul() => Akar.SelectMany(a => a.SemuaSimpul());

    /// <summary>The figures of one line (code and source) of the tree.</summary>
    public AngkaAnggaran Angka(KodeAnggaran kode, SumberDana sumber) => angka[(kode.Kode, sumber)];

    /// <summary>The node of a code, or null.</summary>
    public SimpulAnggaran? Cari(KodeAnggaran kode) => SemuaSimpul().FirstOrDefault(s => s.Kode == kode);

    /// <summary>
    /// Builds the tree, or says for each line (by its index in <paramref name="barises"/>) why it
    /// cannot stand: a code already used in the same source, or a parent missing from that source.
    /// </summary>
    public static bool TrySusun(IReadOnlyList<BarisAnggaran> barises, out PohonAnggaran? pohon, out IReadOnlyList<(int Indeks, string Pesan)> kesalahan)
    {
        var salah = new List<(int, string)>();
        var ada = new Dictionary<(string, SumberDana), int>();
        for (var i = 0; i < barises.Count; i++)
        {
            var b = barises[i];
            if (!ada.TryAdd((b.Kode.Kode, b.Sumber), i))
            {
                salah.Add((i, $"kode {b.Kode} ({SumberDanaTeks.Nama(b.Sumber)}) sudah ada di baris sebelumnya; satu kode satu baris per sumber dana"));
            }
        }

        for (var i = 0; i < barises.Count; i++)
        {
            var b = barises[i];
            if (b.Kode.Induk is { } induk && !ada.ContainsKey((induk.Kode, b.Sumber)))
            {
                salah.Add((i, $"induk kode {b.Kode}, yaitu {induk} ({NamaTingkat(induk.Tingkat)}), tidak ada dengan sumber dana {SumberDanaTeks.Nama(b.Sumber)}; tulis baris induknya lebih dulu"));
            }
        }

        kesalahan = [.. salah.OrderBy(s => s.Item1)];
        pohon = salah.Count == 0 ? new PohonAnggaran(barises) : null;
        return pohon is not null;
    }

    /// <summary>Builds the tree of lines known to be whole (throws otherwise).</summary>
    public static PohonAnggaran Susun(IReadOnlyList<BarisAnggaran> barises) =>
        TrySusun(barises, out var pohon, out var salah) ? pohon! : throw new ArgumentException(string.Join("; ", salah.Select(s => s.Pesan)), nameof(barises));

    /// <summary>The level's name for messages (<c>kegiatan</c>, <c>KRO</c>).</summary>
    public static string NamaTingkat(TingkatAnggaran tingkat) => tingkat switch
    {
        TingkatAnggaran.Program => "program",
        TingkatAnggaran.Kegiatan => "kegiatan",
        TingkatAnggaran.Kro => "KRO",
        TingkatAnggaran.Ro => "RO",
        TingkatAnggaran.Komponen => "komponen",
        TingkatAnggaran.SubKomponen => "sub-komponen",
        _ => "akun",
    };

    /// <summary>
    /// The checks of DOMAIN.md §6 on the lines as they stand: a written amount that is not the sum of
    /// the lines below it, realisation above the pagu, and a plan that does not add up to the pagu.
    /// </summary>
    public IReadOnlyList<TemuanAnggaran> Periksa()
    {
        var temuan = new List<TemuanAnggaran>();
        foreach (var b in barises)
        {
            var kunci = (b.Kode.Kode, b.Sumber);
            var bawah = anak[kunci].ToList();
            var sumber = SumberDanaTeks.Nama(b.Sumber);
            var nama = $"{NamaTingkat(b.Kode.Tingkat)} {b.Kode} ({sumber})";
            if (bawah.Count > 0)
            {
                var kodeBawah = bawah.Select(a => a.Kode).ToList();
                var paguBawah = bawah.Sum(a => angka[(a.Kode.Kode, a.Sumber)].Pagu);
                if (b.Pagu is { } pagu && pagu != paguBawah)
                {
                    temuan.Add(new(JenisTemuanAnggaran.RincianTidakSama, $"Pagu {nama} {FormatIndonesia.Rupiah(pagu)}, jumlah pagu {bawah.Count} rinciannya {FormatIndonesia.Rupiah(paguBawah)} (selisih {FormatIndonesia.Rupiah(pagu - paguBawah)})", b.Kode, b.Sumber, kodeBawah));
                }

                var bulanSalah = Enumerable.Range(0, 12).Where(m => b.Realisasi[m] is { } r && r != bawah.Sum(a => angka[(a.Kode.Kode, a.Sumber)].RealisasiBulan[m])).ToList();
                if (bulanSalah.Count > 0)
                {
                    var m = bulanSalah[0];
                    var rinci = bawah.Sum(a => angka[(a.Kode.Kode, a.Sumber)].RealisasiBulan[m]);
                    temuan.Add(new(JenisTemuanAnggaran.RincianTidakSama, $"Realisasi {FormatIndonesia.Bulan(m + 1)} {nama} {FormatIndonesia.Rupiah(b.Realisasi[m]!.Value)}, jumlah rinciannya {FormatIndonesia.Rupiah(rinci)}{(bulanSalah.Count > 1 ? $" (juga {bulanSalah.Count - 1} bulan lain)" : string.Empty)}", b.Kode, b.Sumber, kodeBawah));
                }
            }

            // Over the pagu is said of the lowest lines over it, not again of every line above them.
            var a = angka[kunci];
            if (a.Realisasi > a.Pagu && !bawah.Any(x => angka[(x.Kode.Kode, x.Sumber)] is var y && y.Realisasi > y.Pagu))
            {
                temuan.Add(new(JenisTemuanAnggaran.RealisasiMelebihiPagu, $"Realisasi {nama} {FormatIndonesia.Rupiah(a.Realisasi)} melebihi paginya {FormatIndonesia.Rupiah(a.Pagu)} (lebih {FormatIndonesia.Rupiah(a.Realisasi - a.Pagu)})", b.Kode, b.Sumber, []));
            }

            if (b.AdaRencana && a.Rencana is { } rencana && rencana != a.Pagu)
            {
                temuan.Add(new(JenisTemuanAnggaran.RencanaTidakSamaPagu, $"Rencana penarikan dana {nama} berjumlah {FormatIndonesia.Rupiah(rencana)}, tidak sama dengan paginya {FormatIndonesia.Rupiah(a.Pagu)} (selisih {FormatIndonesia.Rupiah(rencana - a.Pagu)})", b.Kode, b.Sumber, []));
            }
        }

        return temuan;
    }

    private AngkaAnggaran Hitung(BarisAnggaran b)
    {
        var bawah = anak[(b.Kode.Kode, b.Sumber)].Select(Hitung).ToList();
        var pagu = b.Pagu ?? bawah.Sum(a => a.Pagu);
        var realisasi = Enumerable.Range(0, 12).Select(m => b.Realisasi[m] ?? bawah.Sum(a => a.RealisasiBulan[m])).ToArray();
        decimal[]? rencana = b.AdaRencana
            ? [.. b.Rencana.Select(r => r ?? 0m)]
            : bawah.Count > 0 && bawah.All(a => a.RencanaBulan is not null) ? [.. Enumerable.Range(0, 12).Select(m => bawah.Sum(a => a.RencanaBulan![m]))] : null;
        var hasil = new AngkaAnggaran(pagu, realisasi, rencana);
        angka[(b.Kode.Kode, b.Sumber)] = hasil;
        return hasil;
    }

    private SimpulAnggaran Simpul(KodeAnggaran kode)
    {
        var milik = perKode[kode.Kode].ToList();
        var perSumber = milik.ToDictionary(b => b.Sumber, b => angka[(kode.Kode, b.Sumber)]);
        var anakKode = milik.SelectMany(b => anak[(kode.Kode, b.Sumber)]).Select(a => a.Kode).Distinct().ToList();
        return new SimpulAnggaran(kode, milik[0].Uraian, perSumber, perSumber.Values.Aggregate(AngkaAnggaran.Nol, (x, y) => x.Tambah(y)), [.. anakKode.Select(Simpul)]);
    }
}
