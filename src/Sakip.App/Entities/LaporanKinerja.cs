namespace Sakip.App.Entities;

/// <summary>Where a version of the LKjIP stands in its workflow (issue 10).</summary>
public enum StatusLaporanKinerja
{
    /// <summary>Being written: the narrative can change.</summary>
    Draf,

    /// <summary>Sent to the APIP (the Evaluator role), who leaves notes, signs the review statement or returns it.</summary>
    DalamReviu,

    /// <summary>The "Pernyataan Telah Direviu" is signed; waiting for the pimpinan's approval.</summary>
    Direviu,

    /// <summary>Approved by the pimpinan; waiting to be published.</summary>
    Disetujui,

    /// <summary>Published: its files and their SHA-256 are frozen and shown on the public page.</summary>
    Diterbitkan,
}

/// <summary>
/// One version of a satker's annual performance report (LKjIP) for a year: the narrative its
/// planning officer writes, the review, the approval and, once published, the frozen files. Every
/// figure of the document comes from the data when it is generated; what the version stores is
/// only what people write and decide. Versions of a satker-year are numbered from 1; a new one can
/// follow a published one, which stays.
/// </summary>
public class LaporanKinerja
{
    public int Id { get; set; }

    public int SatkerId { get; set; }

    public int Tahun { get; set; }

    public int Versi { get; set; } = 1;

    public StatusLaporanKinerja Status { get; set; }

    /// <summary>Raised on every change of the version; an edit made on a form opened before another person's change is refused.</summary>
    public int Revisi { get; set; }

    public DateTimeOffset DibuatPada { get; set; }

    public DateTimeOffset? DiajukanPada { get; set; }

    /// <summary>The APIP reviewer who signed the "Pernyataan Telah Direviu" (name kept as printed).</summary>
    public int? PereviuId { get; set; }

    public string? NamaPereviu { get; set; }

    public DateTimeOffset? DireviuPada { get; set; }

    /// <summary>The pimpinan who approved it (name kept as printed).</summary>
    public int? PenyetujuId { get; set; }

    public string? NamaPenyetuju { get; set; }

    public DateTimeOffset? DisetujuiPada { get; set; }

    public DateTimeOffset? DiterbitkanPada { get; set; }

    /// <summary>
    /// Hex SHA-256 of the published document's content (its model, every figure and word, without
    /// the footer that prints this hash); printed in the footer of every published file.
    /// </summary>
    public string? SidikIsi { get; set; }

    public List<NaratifLaporan> Naratifs { get; } = [];

    public List<CatatanReviuLaporan> Catatans { get; } = [];

    public List<BerkasLaporan> Berkases { get; } = [];

    /// <summary>Why the narrative can no longer change, or null while a draft.</summary>
    public string? AlasanTerkunci() => Status == StatusLaporanKinerja.Draf
        ? null
        : $"Laporan Kinerja versi {Versi} sudah {StatusTeks(Status)}; naratifnya hanya dapat diubah selama draf.";

    /// <summary>The status as a user reads it, after "sudah" or alone.</summary>
    public static string StatusTeks(StatusLaporanKinerja status) => status switch
    {
        StatusLaporanKinerja.Draf => "draf",
        StatusLaporanKinerja.DalamReviu => "dalam reviu",
        StatusLaporanKinerja.Direviu => "direviu",
        StatusLaporanKinerja.Disetujui => "disetujui",
        _ => "diterbitkan",
    };
}

/// <summary>
/// A narrative part of a report version: one section (the foreword, the background, the
/// conclusions) or one indicator's analysis, as plain text with the simple formatting of
/// <c>NaratifTeks</c>. Never interpreted as HTML or Word markup.
/// </summary>
public class NaratifLaporan
{
    public int Id { get; set; }

    public int LaporanKinerjaId { get; set; }

    /// <summary>The part: a section key ("kata-pengantar") or "indikator:" and the indicator's code.</summary>
    public required string Bagian { get; set; }

    public required string Teks { get; set; }
}

/// <summary>A reviewer's note on a part of a report version under review.</summary>
public class CatatanReviuLaporan
{
    public int Id { get; set; }

    public int LaporanKinerjaId { get; set; }

    public required string Bagian { get; set; }

    public required string Teks { get; set; }

    public int? PenggunaId { get; set; }

    public required string Penulis { get; set; }

    public DateTimeOffset DibuatPada { get; set; }
}

/// <summary>A file frozen when a report version was published, in one format, with its content addressed by SHA-256.</summary>
public class BerkasLaporan
{
    public int Id { get; set; }

    public int LaporanKinerjaId { get; set; }

    /// <summary><c>docx</c>, <c>pdf</c>, <c>html</c> or <c>xlsx</c>.</summary>
    public required string Format { get; set; }

    public required string NamaBerkas { get; set; }

    public int BerkasId { get; set; }

    public Berkas Berkas { get; set; } = null!;
}
