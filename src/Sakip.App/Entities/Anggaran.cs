using Sakip.Domain.Anggaran;

namespace Sakip.App.Entities;

/// <summary>
/// One state of a satker-year's DIPA: revision 0 is the DIPA as first issued, every later number a
/// revision (its kind, date and reason). Each state holds all its lines, so every earlier state stays
/// as it was; the highest number is the DIPA in force, whose lines carry the realisation.
/// </summary>
public class VersiAnggaran
{
    public int Id { get; set; }

    public int SatkerId { get; set; }

    public Satker Satker { get; set; } = null!;

    public int Tahun { get; set; }

    /// <summary>0 for the DIPA awal, then revisi ke-1, ke-2, ...</summary>
    public int Nomor { get; set; }

    public JenisRevisiAnggaran Jenis { get; set; }

    /// <summary>The day the DIPA or revision was issued or approved.</summary>
    public DateOnly Tanggal { get; set; }

    /// <summary>Why (for a revision) or what (for the DIPA awal: its number).</summary>
    public required string Alasan { get; set; }

    /// <summary>The file the lines came from; null when the revision was recorded without one (it moved only lines below those loaded).</summary>
    public string? NamaBerkas { get; set; }

    /// <summary>The SHA-256 of that file, hex.</summary>
    public string? Sha256 { get; set; }

    public DateTimeOffset Dicatat { get; set; }

    public required string Pencatat { get; set; }

    public List<BarisDipa> Barises { get; } = [];

    /// <summary>Raised on every change (optimistic concurrency).</summary>
    public int Revisi { get; set; }
}

/// <summary>A line of one state of the DIPA, as the template wrote it (an empty amount is the sum of the lines below).</summary>
public class BarisDipa
{
    public long Id { get; set; }

    public int VersiAnggaranId { get; set; }

    /// <summary>Its place in the file, so the tree keeps the file's order.</summary>
    public int Urutan { get; set; }

    /// <summary>The dotted code (<c>076.01.CQ.6871.QGE.001</c>).</summary>
    public required string Kode { get; set; }

    public TingkatAnggaran Tingkat { get; set; }

    public required string Uraian { get; set; }

    public SumberDana Sumber { get; set; }

    public decimal? Pagu { get; set; }

    /// <summary>Realisation per month, January first (twelve; null = not written).</summary>
    public decimal?[] Realisasi { get; set; } = new decimal?[12];

    /// <summary>The disbursement plan (RPD) per month (twelve; all null = none).</summary>
    public decimal?[] Rencana { get; set; } = new decimal?[12];

    /// <summary>The line for the engine.</summary>
    public BarisAnggaran KeDomain() => new(KodeAnggaran.Dari(Kode), Uraian, Sumber, Pagu, Realisasi, Rencana);

    /// <summary>A stored line from the engine's.</summary>
    public static BarisDipa Dari(BarisAnggaran b, int urutan) => new()
    {
        Urutan = urutan,
        Kode = b.Kode.Kode,
        Tingkat = b.Kode.Tingkat,
        Uraian = b.Uraian,
        Sumber = b.Sumber,
        Pagu = b.Pagu,
        Realisasi = [.. b.Realisasi],
        Rencana = [.. b.Rencana],
    };
}

/// <summary>A month's SIMONIKA report of a satker as recorded by its finance officer: when it went in, and whether it was found valid.</summary>
public class LaporanSimonikaSatker
{
    public int Id { get; set; }

    public int SatkerId { get; set; }

    public int Tahun { get; set; }

    /// <summary>The month reported (1-12).</summary>
    public int Bulan { get; set; }

    /// <summary>The day it was submitted; null while not submitted.</summary>
    public DateOnly? Dikirim { get; set; }

    public bool Valid { get; set; }

    public string? Catatan { get; set; }

    public required string Pencatat { get; set; }

    public DateTimeOffset Dicatat { get; set; }

    /// <summary>The report for the engine.</summary>
    public LaporanSimonika KeDomain() => new(Bulan, Dikirim, Valid);
}

/// <summary>What budget figure an indicator's realisasi is taken from.</summary>
public enum UkuranAnggaran
{
    /// <summary>How many revisions the year's DIPA had ("jumlah revisi").</summary>
    JumlahRevisi,

    /// <summary>The share of SIMONIKA reports due that went in on time and valid.</summary>
    SimonikaTepatWaktuValid,

    /// <summary>Penyerapan of the whole DIPA.</summary>
    Penyerapan,
}

/// <summary>Binds a PK indicator's yearly realisasi to a figure of the satker-year's budget data.</summary>
public class IkatanDataAnggaran
{
    public int Id { get; set; }

    public int IndikatorKinerjaId { get; set; }

    public IndikatorKinerja Indikator { get; set; } = null!;

    public UkuranAnggaran Ukuran { get; set; }
}

/// <summary>
/// Links a sasaran of a satker-year's PK (by its code, so it holds across PK versions) to a budget
/// line that funds it, for the efficiency table: capaian beside penyerapan.
/// </summary>
public class IkatanSasaranAnggaran
{
    public int Id { get; set; }

    public int SatkerId { get; set; }

    public int Tahun { get; set; }

    /// <summary>The sasaran's code in the PK (<c>5</c>).</summary>
    public required string KodeSasaran { get; set; }

    /// <summary>The dotted code of the line (all its sources count).</summary>
    public required string Kode { get; set; }
}
