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
}
