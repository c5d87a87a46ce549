namespace Sakip.App.Entities;

/// <summary>What an audit row records.</summary>
public enum AksiAudit
{
    Tambah,
    Ubah,
    Hapus,
    Tandatangani,
    Ajukan,
    Verifikasi,
    Kembalikan,
    Tutup,
    Masuk,
    GagalMasuk,
    Keluar,
    Impor,
    Buka,
    Setujui,
    Terbitkan,
}

/// <summary>
/// One row of the append-only, tamper-evident audit trail: who did what to which record, when,
/// with old and new values. Each row carries the hash of the previous row, and its own hash over
/// its content and that previous hash, so altering or removing any row breaks the chain from that
/// row on (<c>sakip audit verify</c>).
/// </summary>
public class JejakAudit
{
    /// <summary>The previous hash of the first row.</summary>
    public const string HashAwal = "0000000000000000000000000000000000000000000000000000000000000000";

    public long Id { get; set; }

    /// <summary>UTC, truncated to microseconds (what both SQLite and PostgreSQL store exactly).</summary>
    public DateTimeOffset Waktu { get; set; }

    public required string Pelaku { get; set; }

    public int? PenggunaId { get; set; }

    public AksiAudit Aksi { get; set; }

    public required string Entitas { get; set; }

    public required string KunciEntitas { get; set; }

    public int? SatkerId { get; set; }

    /// <summary>JSON: for each property, <c>{"lama": ..., "baru": ...}</c>.</summary>
    public required string Perubahan { get; set; }

    public required string HashSebelumnya { get; set; }

    public required string Hash { get; set; }
}
