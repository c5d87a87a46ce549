namespace Sakip.App.Entities;

/// <summary>
/// A stored file, once per content: addressed by its SHA-256, type sniffed from the bytes,
/// kept in the database so it is transactional with the data it proves (ARCHITECTURE.md).
/// </summary>
public class Berkas
{
    public int Id { get; set; }

    /// <summary>Hex SHA-256 of <see cref="Isi"/>; unique.</summary>
    public required string Sha256 { get; set; }

    public required string JenisKonten { get; set; }

    public long Ukuran { get; set; }

    public required byte[] Isi { get; set; }
}

/// <summary>An evidence file attached to a realisasi, with the name it was uploaded under.</summary>
public class BuktiRealisasi
{
    public int Id { get; set; }

    public int RealisasiKinerjaId { get; set; }

    public int BerkasId { get; set; }

    public Berkas Berkas { get; set; } = null!;

    public required string NamaBerkas { get; set; }

    public DateTimeOffset DiunggahPada { get; set; }
}

/// <summary>The review state of a realisasi (DOMAIN.md §1: the operator enters, the pimpinan verifies).</summary>
public enum StatusRealisasi
{
    /// <summary>Being entered; editable by the operator.</summary>
    Draf,

    /// <summary>Submitted for verification; locked until verified or returned.</summary>
    Diajukan,

    /// <summary>Verified by the pimpinan; counts in the measurement and is locked.</summary>
    Diverifikasi,

    /// <summary>Returned with a note; editable again.</summary>
    Dikembalikan,
}

/// <summary>A reporting period an administrator has closed for a satker: realisasi inside it can no longer change.</summary>
public class PeriodeTertutup
{
    public int Id { get; set; }

    public int SatkerId { get; set; }

    public int Tahun { get; set; }

    public Domain.Periode.JenisPeriode JenisPeriode { get; set; }

    public int Nomor { get; set; }

    public DateTimeOffset DitutupPada { get; set; }

    public Domain.Periode.Periode Periode => new(Tahun, JenisPeriode, Nomor);
}
