namespace Sakip.App.Entities;

/// <summary>
/// The manual of a PK indicator for a satker-year (issue 10, item 4): whether it is an IKU, what it
/// means (definisi operasional), its formula in words, where its data come from, and the unit and
/// person answerable for it. Keyed by the indicator's code, so it holds across PK versions; the
/// wording, target, unit and periodicity are the PK's and are not repeated here.
/// </summary>
public class ManualIku
{
    public int Id { get; set; }

    public int SatkerId { get; set; }

    public int Tahun { get; set; }

    public required string KodeIndikator { get; set; }

    /// <summary>Whether the indicator is one of the satker's Indikator Kinerja Utama.</summary>
    public bool Iku { get; set; }

    public required string DefinisiOperasional { get; set; }

    /// <summary>The formula in words ("jumlah pemilih yang menggunakan hak pilih dibagi DPT, dikali 100").</summary>
    public string? RumusUraian { get; set; }

    public string? SumberData { get; set; }

    public string? UnitPenanggungJawab { get; set; }

    /// <summary>The person answerable, one of the satker's people.</summary>
    public int? PenanggungJawabId { get; set; }

    public Pegawai? PenanggungJawab { get; set; }

    /// <summary>
    /// The indicator of the satker's Renstra this PK indicator carries forward, so the LKjIP can
    /// set the year's realisasi against the Renstra's target for the year and for its last year.
    /// </summary>
    public int? IndikatorRenstraId { get; set; }

    public IndikatorRenstra? IndikatorRenstra { get; set; }

    /// <summary>The national priority (Prioritas Nasional of the RKP) the indicator serves, as code and name ("07.01.01.01 PRO-P: Penguatan Penyelenggara Pemilu").</summary>
    public string? PrioritasNasional { get; set; }

    /// <summary>Raised on every edit; an edit made on a form opened before another person's is refused.</summary>
    public int Revisi { get; set; }
}
