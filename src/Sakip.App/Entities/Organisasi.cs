namespace Sakip.App.Entities;

/// <summary>
/// A commissioner division of a satker with its policy tasks and the secretariat sub-unit that
/// works with it (the seed LKjIP's Tabel 3, Bab I).
/// </summary>
public class Divisi
{
    public int Id { get; set; }

    public int SatkerId { get; set; }

    /// <summary>Its place in the table.</summary>
    public int Urutan { get; set; }

    public required string Nama { get; set; }

    /// <summary>The division's policy tasks, plain text (one per line when listed).</summary>
    public required string Tugas { get; set; }

    /// <summary>The secretariat sub-unit (Sub Bagian) it works with.</summary>
    public string? UnitSekretariat { get; set; }

    /// <summary>Raised on every edit; an edit made on a form opened before another person's is refused.</summary>
    public int Revisi { get; set; }
}

/// <summary>
/// The satker's SAKIP team of a year (Tim Evaluasi Internal SAKIP) and the decree that forms it:
/// one number and one date, printed the same everywhere (seed-data discrepancy 27).
/// </summary>
public class TimSakip
{
    public int Id { get; set; }

    public int SatkerId { get; set; }

    public int Tahun { get; set; }

    /// <summary>The decree's number ("14 Tahun 2024").</summary>
    public required string NomorKeputusan { get; set; }

    public DateOnly TanggalKeputusan { get; set; }

    /// <summary>What the decree is about ("Pembentukan Tim Evaluasi Internal SAKIP ...").</summary>
    public required string Tentang { get; set; }

    public List<AnggotaTimSakip> Anggotas { get; } = [];

    /// <summary>Raised on every edit; an edit made on a form opened before another person's is refused.</summary>
    public int Revisi { get; set; }
}

/// <summary>A member of a SAKIP team as the decree's lampiran lists them.</summary>
public class AnggotaTimSakip
{
    public int Id { get; set; }

    public int TimSakipId { get; set; }

    public TimSakip Tim { get; set; } = null!;

    /// <summary>Its place in the lampiran.</summary>
    public int Urutan { get; set; }

    /// <summary>The group: Pengawas, Penanggung Jawab, Tim Evaluasi Internal.</summary>
    public required string Kelompok { get; set; }

    public required string Nama { get; set; }

    /// <summary>The member's post at the satker ("Kasubag Perencanaan, Data dan Informasi").</summary>
    public required string Jabatan { get; set; }

    /// <summary>The role in the team: Ketua, Sekretaris, Anggota ...</summary>
    public required string Kedudukan { get; set; }

    /// <summary>The duties in the team, plain text.</summary>
    public string? Tugas { get; set; }

    /// <summary>Raised on every edit; an edit made on a form opened before another person's is refused.</summary>
    public int Revisi { get; set; }
}
