namespace Sakip.App.Entities;

/// <summary>An annual work plan (Rencana Kerja Tahunan) of a satker; a satker may have one per unit (KPU, Sekretariat).</summary>
public class Rkt
{
    public int Id { get; set; }

    public int SatkerId { get; set; }

    public Satker Satker { get; set; } = null!;

    public int Tahun { get; set; }

    /// <summary>The unit the RKT is drawn up for, e.g. "KPU PROVINSI LAMPUNG" or its Sekretariat.</summary>
    public required string Unit { get; set; }

    public int? PenandatanganId { get; set; }

    public Pegawai? Penandatangan { get; set; }

    public List<SasaranRkt> Sasarans { get; } = [];
}

/// <summary>A sasaran kegiatan of an RKT.</summary>
public class SasaranRkt
{
    public int Id { get; set; }

    public int RktId { get; set; }

    public int Nomor { get; set; }

    public required string Uraian { get; set; }

    public List<IndikatorRkt> Indikators { get; } = [];

    /// <summary>Raised on every edit (optimistic concurrency).</summary>
    public int Revisi { get; set; }
}

/// <summary>An RKT indicator with its target, how it is reached and how it is measured.</summary>
public class IndikatorRkt
{
    public int Id { get; set; }

    public int SasaranRktId { get; set; }

    public int Urutan { get; set; }

    public required string Uraian { get; set; }

    /// <summary>The target as written; null when the plan leaves it empty (seed-data discrepancy 29).</summary>
    public string? TargetTeks { get; set; }

    public decimal? TargetNilai { get; set; }

    public string? Satuan { get; set; }

    public string? CaraPencapaian { get; set; }

    /// <summary>The cara pengukuran in words.</summary>
    public string? CaraPengukuran { get; set; }

    /// <summary>The cara pengukuran as a formula of named variables (<c>dpk / (dpt + dptb) x 100</c>); null for a value entered by hand.</summary>
    public string? Rumus { get; set; }

    public Domain.Capaian.Polaritas Polaritas { get; set; }

    /// <summary>Raised on every change; a form that was opened on an older value is refused (optimistic concurrency).</summary>
    public int Revisi { get; set; }
}

/// <summary>A budget programme of a satker-year (the programme table under the RKT and PK).</summary>
public class ProgramAnggaran
{
    public int Id { get; set; }

    public int SatkerId { get; set; }

    public int Tahun { get; set; }

    public int Urutan { get; set; }

    public string? Kode { get; set; }

    public required string Nama { get; set; }

    public decimal Pagu { get; set; }

    /// <summary>Raised on every change (optimistic concurrency).</summary>
    public int Revisi { get; set; }
}
