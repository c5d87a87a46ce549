namespace Sakip.Domain.Anggaran;

/// <summary>
/// Where a DIPA line's money comes from (PMK 62/2023's sumber dana; regulation.md §5). KPU's routine
/// budget and the Pemilu are rupiah murni; a Pilkada is a hibah from the APBD (hibah langsung dalam negeri).
/// </summary>
public enum SumberDana
{
    /// <summary>APBN rupiah murni.</summary>
    RupiahMurni,

    /// <summary>Rupiah murni pendamping.</summary>
    RupiahMurniPendamping,

    /// <summary>Penerimaan negara bukan pajak.</summary>
    Pnbp,

    /// <summary>Badan layanan umum.</summary>
    Blu,

    /// <summary>Hibah langsung dalam negeri: the Pilkada grant of the APBD under an NPHD.</summary>
    HibahDalamNegeri,

    /// <summary>Hibah luar negeri.</summary>
    HibahLuarNegeri,

    /// <summary>Pinjaman dalam negeri.</summary>
    PinjamanDalamNegeri,

    /// <summary>Pinjaman luar negeri.</summary>
    PinjamanLuarNegeri,

    /// <summary>Surat berharga syariah negara.</summary>
    Sbsn,
}

/// <summary>Reads and names a <see cref="SumberDana"/> as finance staff write it.</summary>
public static class SumberDanaTeks
{
    private static readonly Dictionary<string, SumberDana> Kata = new(StringComparer.OrdinalIgnoreCase)
    {
        ["rm"] = SumberDana.RupiahMurni,
        ["apbn"] = SumberDana.RupiahMurni,
        ["rupiah murni"] = SumberDana.RupiahMurni,
        ["apbn rupiah murni"] = SumberDana.RupiahMurni,
        ["rmp"] = SumberDana.RupiahMurniPendamping,
        ["rupiah murni pendamping"] = SumberDana.RupiahMurniPendamping,
        ["pnbp"] = SumberDana.Pnbp,
        ["blu"] = SumberDana.Blu,
        ["hibah"] = SumberDana.HibahDalamNegeri,
        ["hibah apbd"] = SumberDana.HibahDalamNegeri,
        ["apbd"] = SumberDana.HibahDalamNegeri,
        ["hld"] = SumberDana.HibahDalamNegeri,
        ["hdn"] = SumberDana.HibahDalamNegeri,
        ["hibah dalam negeri"] = SumberDana.HibahDalamNegeri,
        ["hibah langsung dalam negeri"] = SumberDana.HibahDalamNegeri,
        ["hln"] = SumberDana.HibahLuarNegeri,
        ["hibah luar negeri"] = SumberDana.HibahLuarNegeri,
        ["pdn"] = SumberDana.PinjamanDalamNegeri,
        ["pinjaman dalam negeri"] = SumberDana.PinjamanDalamNegeri,
        ["pln"] = SumberDana.PinjamanLuarNegeri,
        ["pinjaman luar negeri"] = SumberDana.PinjamanLuarNegeri,
        ["sbsn"] = SumberDana.Sbsn,
    };

    /// <summary>The words a template cell may hold, for messages.</summary>
    public const string Pilihan = "rm (APBN rupiah murni), hibah (hibah APBD), pnbp, blu, rmp, hln, pdn, pln atau sbsn";

    /// <summary>Reads a source (<c>RM</c>, <c>APBN</c>, <c>Hibah APBD</c>, <c>PNBP</c>); false for anything else.</summary>
    public static bool TryBaca(string? teks, out SumberDana sumber)
    {
        var kunci = string.Join(' ', (teks ?? string.Empty).Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return Kata.TryGetValue(kunci, out sumber);
    }

    /// <summary>The source's name for pages and documents.</summary>
    public static string Nama(SumberDana sumber) => sumber switch
    {
        SumberDana.RupiahMurni => "APBN (Rupiah Murni)",
        SumberDana.RupiahMurniPendamping => "Rupiah Murni Pendamping",
        SumberDana.Pnbp => "PNBP",
        SumberDana.Blu => "BLU",
        SumberDana.HibahDalamNegeri => "Hibah APBD",
        SumberDana.HibahLuarNegeri => "Hibah Luar Negeri",
        SumberDana.PinjamanDalamNegeri => "Pinjaman Dalam Negeri",
        SumberDana.PinjamanLuarNegeri => "Pinjaman Luar Negeri",
        _ => "SBSN",
    };

    /// <summary>The source in a narrow column: RM, Hibah, PNBP ...</summary>
    public static string Singkat(SumberDana sumber) => sumber switch
    {
        SumberDana.RupiahMurni => "RM",
        SumberDana.HibahDalamNegeri => "Hibah",
        _ => Kode(sumber).ToUpperInvariant(),
    };

    /// <summary>The short word the template writes (<c>rm</c>, <c>hibah</c>), so an export reads back.</summary>
    public static string Kode(SumberDana sumber) => sumber switch
    {
        SumberDana.RupiahMurni => "rm",
        SumberDana.RupiahMurniPendamping => "rmp",
        SumberDana.Pnbp => "pnbp",
        SumberDana.Blu => "blu",
        SumberDana.HibahDalamNegeri => "hibah",
        SumberDana.HibahLuarNegeri => "hln",
        SumberDana.PinjamanDalamNegeri => "pdn",
        SumberDana.PinjamanLuarNegeri => "pln",
        _ => "sbsn",
    };
}
