namespace Sakip.App.Entities;

/// <summary>A five-year strategic plan of a satker.</summary>
public class Renstra
{
    public int Id { get; set; }

    public int SatkerId { get; set; }

    public Satker Satker { get; set; } = null!;

    public int TahunAwal { get; set; }

    public int TahunAkhir { get; set; }

    public string? Visi { get; set; }

    /// <summary>Raised on every edit of the visi, misi and tujuan (optimistic concurrency).</summary>
    public int Revisi { get; set; }

    public List<RenstraButir> Butirs { get; } = [];

    public List<SasaranRenstra> Sasarans { get; } = [];
}

/// <summary>The kind of a numbered Renstra statement.</summary>
public enum JenisButirRenstra
{
    Misi,
    Tujuan,
}

/// <summary>A misi or tujuan of a Renstra.</summary>
public class RenstraButir
{
    public int Id { get; set; }

    public int RenstraId { get; set; }

    public JenisButirRenstra Jenis { get; set; }

    public int Nomor { get; set; }

    public required string Teks { get; set; }
}

/// <summary>
/// A sasaran (strategis or kegiatan) of a Renstra; <see cref="IndukId"/> points to the parent
/// satker's sasaran it cascades from.
/// </summary>
public class SasaranRenstra
{
    public int Id { get; set; }

    public int RenstraId { get; set; }

    public Renstra Renstra { get; set; } = null!;

    public required string Kode { get; set; }

    public required string Uraian { get; set; }

    /// <summary>The programme and kegiatan the sasaran sits under, as printed (Tabel 4).</summary>
    public string? Program { get; set; }

    public string? Kegiatan { get; set; }

    public int? IndukId { get; set; }

    public SasaranRenstra? Induk { get; set; }

    public List<IndikatorRenstra> Indikators { get; } = [];

    /// <summary>Raised on every edit (optimistic concurrency).</summary>
    public int Revisi { get; set; }
}

/// <summary>An indicator of a Renstra sasaran with a target for each year of the period.</summary>
public class IndikatorRenstra
{
    public int Id { get; set; }

    public int SasaranRenstraId { get; set; }

    public required string Kode { get; set; }

    public required string Uraian { get; set; }

    public int? IndukId { get; set; }

    public IndikatorRenstra? Induk { get; set; }

    public List<TargetRenstra> Targets { get; } = [];

    /// <summary>Raised on every edit (optimistic concurrency).</summary>
    public int Revisi { get; set; }
}

/// <summary>The target of a Renstra indicator for one year, as written (a number with unit, or blank).</summary>
public class TargetRenstra
{
    public int Id { get; set; }

    public int IndikatorRenstraId { get; set; }

    public int Tahun { get; set; }

    public required string Teks { get; set; }

    public decimal? Nilai { get; set; }

    public string? Satuan { get; set; }
}
