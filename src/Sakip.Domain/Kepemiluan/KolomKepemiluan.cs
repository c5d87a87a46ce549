namespace Sakip.Domain.Kepemiluan;

/// <summary>
/// A count of the C.Hasil / D.Hasil administration sections (PKPU 25/2023): voters on the lists,
/// users of the right to vote, disabled voters, ballots and votes. The first twenty are the form's
/// L/P lines and single lines; the rest are the totals the forms print beside them (JML), which a
/// file may carry and which the checks compare with their parts.
/// </summary>
public enum KolomKepemiluan
{
    /// <summary>Voters in the DPT, men (I.A).</summary>
    DptL,

    /// <summary>Voters in the DPT, women (I.A).</summary>
    DptP,

    /// <summary>Voters in the DPTb (moved in with form A.5), men.</summary>
    DptbL,

    /// <summary>Voters in the DPTb, women.</summary>
    DptbP,

    /// <summary>Voters in the DPK (not on the list, voting with e-KTP), men.</summary>
    DpkL,

    /// <summary>Voters in the DPK, women.</summary>
    DpkP,

    /// <summary>Users of the right to vote from the DPT, men (I.B.1).</summary>
    PenggunaDptL,

    /// <summary>Users from the DPT, women (I.B.1).</summary>
    PenggunaDptP,

    /// <summary>Users from the DPTb, men (I.B.2).</summary>
    PenggunaDptbL,

    /// <summary>Users from the DPTb, women (I.B.2).</summary>
    PenggunaDptbP,

    /// <summary>Users from the DPK, men (I.B.3).</summary>
    PenggunaDpkL,

    /// <summary>Users from the DPK, women (I.B.3).</summary>
    PenggunaDpkP,

    /// <summary>Disabled voters who used their right, men (III).</summary>
    DisabilitasL,

    /// <summary>Disabled voters who used their right, women (III).</summary>
    DisabilitasP,

    /// <summary>Ballots received, reserve included (II.1).</summary>
    SuratSuaraDiterima,

    /// <summary>Ballots used (II.2).</summary>
    SuratSuaraDigunakan,

    /// <summary>Ballots returned damaged or mis-marked (II.3).</summary>
    SuratSuaraRusak,

    /// <summary>Ballots not used, unused reserve included (II.4).</summary>
    SuratSuaraTidakDigunakan,

    /// <summary>Valid votes (V.A).</summary>
    SuaraSah,

    /// <summary>Invalid votes (V.B).</summary>
    SuaraTidakSah,

    /// <summary>DPT, L + P as printed.</summary>
    Dpt,

    /// <summary>DPTb, L + P as printed.</summary>
    Dptb,

    /// <summary>DPK, L + P as printed.</summary>
    Dpk,

    /// <summary>Users from the DPT, L + P as printed.</summary>
    PenggunaDpt,

    /// <summary>Users from the DPTb, L + P as printed.</summary>
    PenggunaDptb,

    /// <summary>Users from the DPK, L + P as printed.</summary>
    PenggunaDpk,

    /// <summary>All users, men, as printed (I.B.4 L).</summary>
    PenggunaL,

    /// <summary>All users, women, as printed (I.B.4 P).</summary>
    PenggunaP,

    /// <summary>All users, as printed (I.B.4 L+P).</summary>
    Pengguna,

    /// <summary>Disabled voters who used their right, L + P as printed.</summary>
    Disabilitas,

    /// <summary>Valid and invalid votes together, as printed (V.C).</summary>
    SuaraTotal,
}

/// <summary>A participation percentage a table prints beside the counts, checked against them.</summary>
public enum PersenKepemiluan
{
    /// <summary>Users / DPT, men.</summary>
    PartisipasiL,

    /// <summary>Users / DPT, women.</summary>
    PartisipasiP,

    /// <summary>Users / DPT.</summary>
    Partisipasi,
}

/// <summary>The kind of election, which fixes the ballot reserve.</summary>
public enum JenisPemilihan
{
    /// <summary>General election (Pemilu): reserve 2 % of the DPT (C.Hasil II.1).</summary>
    Pemilu,

    /// <summary>Regional head election (Pilkada): reserve 2,5 % of the DPT.</summary>
    Pilkada,
}

/// <summary>
/// The columns of the import template and what each total is made of. The header names are the
/// template's (<c>dpt_l</c>, <c>pengguna_dpk_p</c>, <c>surat_suara_rusak</c>, ...); Sirekap's
/// <c>administrasi</c> names (<c>pemilih_dpt_l</c>, <c>pengguna_non_dpt_p</c>, <c>pengguna_total_j</c>,
/// <c>suara_paslon_1</c>) are read as their template equivalents.
/// </summary>
public static class KatalogKolom
{
    /// <summary>How many count columns there are.</summary>
    public const int Jumlah = (int)KolomKepemiluan.SuaraTotal + 1;

    /// <summary>The number of columns that are the form's own lines (the rest are printed totals).</summary>
    public const int JumlahDasar = (int)KolomKepemiluan.SuaraTidakSah + 1;

    private static readonly string[] Namas =
    [
        "dpt_l", "dpt_p", "dptb_l", "dptb_p", "dpk_l", "dpk_p",
        "pengguna_dpt_l", "pengguna_dpt_p", "pengguna_dptb_l", "pengguna_dptb_p", "pengguna_dpk_l", "pengguna_dpk_p",
        "disabilitas_l", "disabilitas_p",
        "surat_suara_diterima", "surat_suara_digunakan", "surat_suara_rusak", "surat_suara_tidak_digunakan",
        "suara_sah", "suara_tidak_sah",
        "dpt", "dptb", "dpk", "pengguna_dpt", "pengguna_dptb", "pengguna_dpk",
        "pengguna_l", "pengguna_p", "pengguna", "disabilitas", "suara_total",
    ];

    private static readonly string[] NamaPersens = ["partisipasi_l_persen", "partisipasi_p_persen", "partisipasi_persen"];

    private static readonly Dictionary<string, string> Sirekaps = new(StringComparer.Ordinal)
    {
        ["pemilih_dpt_l"] = "dpt_l",
        ["pemilih_dpt_p"] = "dpt_p",
        ["pemilih_dpt_j"] = "dpt",
        ["pengguna_dpt_j"] = "pengguna_dpt",
        ["pengguna_dptb_j"] = "pengguna_dptb",
        ["pengguna_non_dpt_l"] = "pengguna_dpk_l",
        ["pengguna_non_dpt_p"] = "pengguna_dpk_p",
        ["pengguna_non_dpt_j"] = "pengguna_dpk",
        ["pengguna_total_l"] = "pengguna_l",
        ["pengguna_total_p"] = "pengguna_p",
        ["pengguna_total_j"] = "pengguna",
    };

    /// <summary>The columns every file must have, in the template's order.</summary>
    public static IReadOnlyList<string> KepalaWajib { get; } = [.. Namas.Take(JumlahDasar)];

    /// <summary>The template's header name of a column.</summary>
    public static string Nama(KolomKepemiluan kolom) => Namas[(int)kolom];

    /// <summary>The template's header name of a printed percentage.</summary>
    public static string Nama(PersenKepemiluan persen) => NamaPersens[(int)persen];

    /// <summary>Whether the column is one of the form's own lines (not a printed total).</summary>
    public static bool Dasar(KolomKepemiluan kolom) => (int)kolom < JumlahDasar;

    /// <summary>
    /// The parts a total is the sum of (L and P, or the three kinds of users, or valid and
    /// invalid); empty for a column of the form's own lines.
    /// </summary>
    public static IReadOnlyList<KolomKepemiluan> Bagian(KolomKepemiluan kolom) => kolom switch
    {
        KolomKepemiluan.Dpt => [KolomKepemiluan.DptL, KolomKepemiluan.DptP],
        KolomKepemiluan.Dptb => [KolomKepemiluan.DptbL, KolomKepemiluan.DptbP],
        KolomKepemiluan.Dpk => [KolomKepemiluan.DpkL, KolomKepemiluan.DpkP],
        KolomKepemiluan.PenggunaDpt => [KolomKepemiluan.PenggunaDptL, KolomKepemiluan.PenggunaDptP],
        KolomKepemiluan.PenggunaDptb => [KolomKepemiluan.PenggunaDptbL, KolomKepemiluan.PenggunaDptbP],
        KolomKepemiluan.PenggunaDpk => [KolomKepemiluan.PenggunaDpkL, KolomKepemiluan.PenggunaDpkP],
        KolomKepemiluan.PenggunaL => [KolomKepemiluan.PenggunaDptL, KolomKepemiluan.PenggunaDptbL, KolomKepemiluan.PenggunaDpkL],
        KolomKepemiluan.PenggunaP => [KolomKepemiluan.PenggunaDptP, KolomKepemiluan.PenggunaDptbP, KolomKepemiluan.PenggunaDpkP],
        KolomKepemiluan.Pengguna => [KolomKepemiluan.PenggunaL, KolomKepemiluan.PenggunaP],
        KolomKepemiluan.Disabilitas => [KolomKepemiluan.DisabilitasL, KolomKepemiluan.DisabilitasP],
        KolomKepemiluan.SuaraTotal => [KolomKepemiluan.SuaraSah, KolomKepemiluan.SuaraTidakSah],
        _ => [],
    };

    /// <summary>
    /// Whether a header is written in the older Pilkada terms (PKPU 8/2018, still used by some
    /// C.Hasil-KWK guides): <c>dpph</c> for voters moving in (pindahan, the Pemilu's DPTb) and
    /// <c>dptb</c> for voters not on any list voting with their KTP-el (the Pemilu's DPK). A header
    /// with any <c>dpph</c> column is read in those terms.
    /// </summary>
    public static bool IstilahLamaPilkada(IEnumerable<string> kepalas) =>
        kepalas.Any(k => k.Trim().ToLowerInvariant().Split('_').Contains("dpph"));

    /// <summary>A header in the older Pilkada terms renamed to the template's: <c>dpph</c> becomes <c>dptb</c>, and <c>dptb</c> becomes <c>dpk</c> (<c>pengguna_dptb_l</c> is <c>pengguna_dpk_l</c>).</summary>
    public static string KeIstilahPemilu(string kepala) =>
        string.Join('_', kepala.Trim().ToLowerInvariant().Split('_').Select(t => t switch { "dpph" => "dptb", "dptb" => "dpk", _ => t }));

    /// <summary>
    /// Finds the column a header names: a template name, a Sirekap name, or a vote column
    /// (<c>suara_3</c>, <c>suara_paslon_3</c>: <paramref name="nomorUrut"/> is 3). Case and spaces around are ignored.
    /// </summary>
    public static JenisKepala Kenali(string kepala, out KolomKepemiluan kolom, out PersenKepemiluan persen, out int nomorUrut)
    {
        kolom = default;
        persen = default;
        nomorUrut = 0;
        var k = kepala.Trim().ToLowerInvariant();
        k = Sirekaps.GetValueOrDefault(k, k);
        var i = Array.IndexOf(Namas, k);
        if (i >= 0)
        {
            kolom = (KolomKepemiluan)i;
            return JenisKepala.Angka;
        }

        var p = Array.IndexOf(NamaPersens, k);
        if (p >= 0)
        {
            persen = (PersenKepemiluan)p;
            return JenisKepala.Persen;
        }

        foreach (var awalan in (string[])["suara_paslon_", "suara_"])
        {
            if (k.StartsWith(awalan, StringComparison.Ordinal)
                && int.TryParse(k[awalan.Length..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
                && n is >= 1 and <= 99)
            {
                nomorUrut = n;
                return JenisKepala.Suara;
            }
        }

        return k switch
        {
            "kode_wilayah" or "kode" => JenisKepala.Kode,
            "nama_wilayah" or "nama" => JenisKepala.Nama,
            "tingkat" => JenisKepala.Tingkat,
            _ => JenisKepala.TidakDikenal,
        };
    }
}

/// <summary>What a header of an election-data file names.</summary>
public enum JenisKepala
{
    /// <summary>A header Sakip does not know.</summary>
    TidakDikenal,

    /// <summary>The region code.</summary>
    Kode,

    /// <summary>The region name.</summary>
    Nama,

    /// <summary>The level as written (provinsi, kabupaten/kota, kecamatan, kelurahan, tps).</summary>
    Tingkat,

    /// <summary>A count column.</summary>
    Angka,

    /// <summary>A printed percentage.</summary>
    Persen,

    /// <summary>The votes of a candidate pair or party by its number.</summary>
    Suara,
}
