namespace Sakip.App.Entities;

/// <summary>The level of a satker in the KPU hierarchy.</summary>
public enum TingkatSatker
{
    Pusat,
    Provinsi,
    KabupatenKota,
}

/// <summary>A work unit of KPU; its code is the Kemendagri region code (18 Lampung, 1871 Kota Bandar Lampung).</summary>
public class Satker
{
    /// <summary>KPU RI's code: the nation, above the Kemendagri codes of the provinces (2 digits) and kab/kota (4).</summary>
    public const string KodePusat = "00";

    public int Id { get; set; }

    public required string Kode { get; set; }

    public required string Nama { get; set; }

    public TingkatSatker Tingkat { get; set; }

    public int? IndukId { get; set; }

    public Satker? Induk { get; set; }

    public List<Satker> Anaks { get; } = [];

    public List<Pegawai> Pegawais { get; } = [];
}

/// <summary>A person of a satker who signs documents and sits on teams (kept as a record, not as free text).</summary>
public class Pegawai
{
    public int Id { get; set; }

    public int SatkerId { get; set; }

    public Satker Satker { get; set; } = null!;

    public required string Nama { get; set; }

    /// <summary>NIP (18 digits) for ASN; null for commissioners and PPNPN.</summary>
    public string? Nip { get; set; }

    public required string Jabatan { get; set; }

    /// <summary>Commissioner, civil servant (ASN) or non-civil-servant staff (PPNPN); Bab I counts each.</summary>
    public JenisPegawai Jenis { get; set; }

    /// <summary>Pangkat and golongan of an ASN ("Penata Tingkat I (III/d)").</summary>
    public string? PangkatGolongan { get; set; }

    /// <summary>Since when the pangkat holds (TMT pangkat).</summary>
    public DateOnly? TmtPangkat { get; set; }

    /// <summary>The first day of duty at this satker (SPMT); the person counts from this day.</summary>
    public DateOnly? MulaiBertugas { get; set; }

    /// <summary>The last day of duty at this satker; null while serving. People stay recorded (they sign PKs).</summary>
    public DateOnly? SelesaiBertugas { get; set; }

    /// <summary>Raised on every edit; an edit made on a form opened before another person's is refused.</summary>
    public int Revisi { get; set; }
}

/// <summary>The kind of a satker's person.</summary>
public enum JenisPegawai
{
    /// <summary>Pegawai Negeri Sipil / ASN of the secretariat (has a NIP).</summary>
    Asn,

    /// <summary>Anggota KPU (Ketua and members), appointed for a term.</summary>
    Komisioner,

    /// <summary>Pegawai Pemerintah Non Pegawai Negeri (drivers, security, support staff).</summary>
    Ppnpn,
}
