namespace Sakip.Domain.Kepemiluan;

/// <summary>
/// The figures of one region in one contest: the counts of <see cref="KolomKepemiluan"/>, the
/// votes per candidate pair or party (by nomor urut) and any printed percentages. A count that is
/// null was not reported, which is not 0. Totals (<see cref="Nilai"/>) are what was printed when
/// printed (the checks compare them with their parts), otherwise the sum of their parts. Ratios are computed from counts
/// (never averaged from percentages) and are unrounded: rounding happens at the edges.
/// </summary>
public sealed class AngkaWilayah
{
    private readonly long?[] angkas;
    private readonly long?[] suaras;
    private readonly decimal?[] persens;

    /// <summary>Figures from arrays indexed by <see cref="KolomKepemiluan"/>, nomor urut - 1 and <see cref="PersenKepemiluan"/>; the arrays are copied.</summary>
    public AngkaWilayah(IReadOnlyList<long?> angka, IReadOnlyList<long?>? suara = null, IReadOnlyList<decimal?>? persen = null)
    {
        Preconditions.CheckArgument(angka.Count == KatalogKolom.Jumlah, nameof(angka), $"Harus ada {KatalogKolom.Jumlah} angka.");
        Preconditions.CheckArgument(persen is null || persen.Count == 3, nameof(persen), "Harus ada 3 persen.");
        angkas = [.. angka];
        suaras = suara is null ? [] : [.. suara];
        persens = persen is null ? new decimal?[3] : [.. persen];
    }

    /// <summary>No figure reported.</summary>
    public static AngkaWilayah Kosong { get; } = new(new long?[KatalogKolom.Jumlah]);

    /// <summary>How many vote columns (the highest nomor urut) these figures carry.</summary>
    public int JumlahCalon => suaras.Length;

    /// <summary>The count as given (printed), without deriving a total from its parts.</summary>
    public long? Tercetak(KolomKepemiluan kolom) => angkas[(int)kolom];

    /// <summary>The votes of nomor urut <paramref name="nomorUrut"/> (1-based); null when not reported.</summary>
    public long? Suara(int nomorUrut) => nomorUrut >= 1 && nomorUrut <= suaras.Length ? suaras[nomorUrut - 1] : null;

    /// <summary>A printed percentage; null when the file printed none.</summary>
    public decimal? Persen(PersenKepemiluan persen) => persens[(int)persen];

    /// <summary>
    /// The count: a line of the form as given; a total as printed, or when not printed the sum of
    /// its parts (null when a part is not known either).
    /// </summary>
    public long? Nilai(KolomKepemiluan kolom) => angkas[(int)kolom] ?? JumlahBagian(kolom);

    /// <summary>A total computed from its parts only; null for a line of the form or when a part is not known.</summary>
    public long? JumlahBagian(KolomKepemiluan kolom)
    {
        var bagian = KatalogKolom.Bagian(kolom);
        if (bagian.Count == 0)
        {
            return null;
        }

        long jumlah = 0;
        foreach (var b in bagian)
        {
            if (Nilai(b) is not { } n)
            {
                return null;
            }

            jumlah += n;
        }

        return jumlah;
    }

    /// <summary>The sum of all candidates' votes; null when none is reported.</summary>
    public long? JumlahSuaraCalon()
    {
        long? jumlah = null;
        foreach (var s in suaras)
        {
            if (s is { } n)
            {
                jumlah = (jumlah ?? 0) + n;
            }
        }

        return jumlah;
    }

    /// <summary>Participation: all users of the right to vote / DPT x 100, as KPU reports it (Tabel 27-29).</summary>
    public decimal? Partisipasi() => Rasio(Nilai(KolomKepemiluan.Pengguna), Nilai(KolomKepemiluan.Dpt));

    /// <summary>Participation of men: users (L) / DPT (L) x 100.</summary>
    public decimal? PartisipasiL() => Rasio(Nilai(KolomKepemiluan.PenggunaL), Nilai(KolomKepemiluan.DptL));

    /// <summary>Participation of women: users (P) / DPT (P) x 100.</summary>
    public decimal? PartisipasiP() => Rasio(Nilai(KolomKepemiluan.PenggunaP), Nilai(KolomKepemiluan.DptP));

    /// <summary>
    /// The share of voters missing from the DPT: DPK / (DPT + DPTb) x 100. The DPK and DPTb are the
    /// lists where reported, else their users (a DPK voter is by definition one who voted).
    /// </summary>
    public decimal? PangsaDpk()
    {
        var dpk = Nilai(KolomKepemiluan.Dpk) ?? Nilai(KolomKepemiluan.PenggunaDpk);
        var dptb = Nilai(KolomKepemiluan.Dptb) ?? Nilai(KolomKepemiluan.PenggunaDptb);
        var dpt = Nilai(KolomKepemiluan.Dpt);
        return dpt is null || dptb is null ? null : Rasio(dpk, dpt + dptb);
    }

    /// <summary>Disabled voters among all users: disabled users / users x 100 (the forms give no disabled DPT).</summary>
    public decimal? PangsaDisabilitas() => Rasio(Nilai(KolomKepemiluan.Disabilitas), Nilai(KolomKepemiluan.Pengguna));

    /// <summary>Invalid votes among all votes cast: invalid / (valid + invalid) x 100.</summary>
    public decimal? PersenSuaraTidakSah() => Rasio(Nilai(KolomKepemiluan.SuaraTidakSah), Nilai(KolomKepemiluan.SuaraTotal));

    /// <summary>
    /// The figures of a parent from its children: every count summed over the children that
    /// report it (null where none does); printed percentages are not carried up.
    /// </summary>
    public static AngkaWilayah Jumlahkan(IEnumerable<AngkaWilayah> anaks)
    {
        var angka = new long?[KatalogKolom.Jumlah];
        var suara = new List<long?>();
        foreach (var a in anaks)
        {
            for (var i = 0; i < angka.Length; i++)
            {
                if (a.Nilai((KolomKepemiluan)i) is { } n)
                {
                    angka[i] = (angka[i] ?? 0) + n;
                }
            }

            for (var i = 0; i < a.suaras.Length; i++)
            {
                if (suara.Count <= i)
                {
                    suara.Add(null);
                }

                if (a.suaras[i] is { } n)
                {
                    suara[i] = (suara[i] ?? 0) + n;
                }
            }
        }

        return new AngkaWilayah(angka, suara);
    }

    /// <summary>
    /// These figures with the columns the children report replaced by the children's sums: what a
    /// parent stands for once its children are known. Columns no child reports keep the parent's own value.
    /// </summary>
    public AngkaWilayah Lengkapi(AngkaWilayah jumlahAnak)
    {
        var angka = new long?[KatalogKolom.Jumlah];
        for (var i = 0; i < angka.Length; i++)
        {
            angka[i] = jumlahAnak.angkas[i] ?? angkas[i];
        }

        var suara = new long?[Math.Max(suaras.Length, jumlahAnak.suaras.Length)];
        for (var i = 0; i < suara.Length; i++)
        {
            suara[i] = jumlahAnak.Suara(i + 1) ?? Suara(i + 1);
        }

        return new AngkaWilayah(angka, suara);
    }

    private static decimal? Rasio(long? pembilang, long? penyebut) =>
        pembilang is { } a && penyebut is { } b && b > 0 ? a * 100m / b : null;
}
