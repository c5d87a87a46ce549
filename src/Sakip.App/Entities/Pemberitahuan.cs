namespace Sakip.App.Entities;

/// <summary>What a notification tells its reader.</summary>
public enum JenisPemberitahuan
{
    /// <summary>A realisasi was submitted and waits for the reader's verification.</summary>
    MenungguVerifikasi,

    /// <summary>A realisasi the reader's satker submitted was returned with a note.</summary>
    Dikembalikan,

    /// <summary>A realisasi the reader's satker submitted was verified.</summary>
    Diverifikasi,

    /// <summary>A PK version of the reader's satker was signed.</summary>
    Ditandatangani,

    /// <summary>Realisasi of the reader's satker are past their deadline.</summary>
    Terlambat,

    /// <summary>A Laporan Kinerja version of the reader's satker moved along its workflow and waits for the reader.</summary>
    LaporanKinerja,
}

/// <summary>
/// A message in a user's in-app list (and, when the user has an e-mail address and SMTP is
/// configured, in the mail queue). Made in the same transaction as the change it reports; not in
/// the audit trail itself, since the change it follows is.
/// </summary>
public class Pemberitahuan
{
    public int Id { get; set; }

    public int PenggunaId { get; set; }

    public int? SatkerId { get; set; }

    public JenisPemberitahuan Jenis { get; set; }

    /// <summary>The message, one sentence in Bahasa Indonesia.</summary>
    public required string Judul { get; set; }

    /// <summary>A local path ("/Realisasi/Isi?...") where the item is acted on.</summary>
    public required string Tautan { get; set; }

    public DateTimeOffset DibuatPada { get; set; }

    public DateTimeOffset? DibacaPada { get; set; }

    /// <summary>
    /// Identifies a notification that must reach a user once only (an overdue period); unique per
    /// user. Null for notifications of single events.
    /// </summary>
    public string? Kunci { get; set; }
}

/// <summary>
/// An e-mail waiting to be sent, or sent: the queue the background sender works through, with
/// its attempts and the last error kept for the administrator.
/// </summary>
public class SuratKeluar
{
    public int Id { get; set; }

    public int? PemberitahuanId { get; set; }

    public required string Kepada { get; set; }

    public required string Subjek { get; set; }

    public required string Isi { get; set; }

    public DateTimeOffset DibuatPada { get; set; }

    /// <summary>
    /// Not tried before this moment, in UTC (the back-off after a failure). A <c>DateTime</c>, not a
    /// <c>DateTimeOffset</c>, so the sender's "due now" filter runs in the database on SQLite too.
    /// </summary>
    public DateTime CobaSetelah { get; set; }

    public int Percobaan { get; set; }

    public DateTimeOffset? TerkirimPada { get; set; }

    /// <summary>True when the sender gave up after the last allowed attempt.</summary>
    public bool Menyerah { get; set; }

    public string? GalatTerakhir { get; set; }
}

/// <summary>
/// A satker-year's own deadline for realisasi: due this many days after a period ends. Absent
/// means the default of <c>TenggatRealisasi.HariBatasWaktu</c>.
/// </summary>
public class TenggatSatker
{
    public int Id { get; set; }

    public int SatkerId { get; set; }

    public int Tahun { get; set; }

    public int HariBatasWaktu { get; set; }
}
