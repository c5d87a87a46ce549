namespace Sakip.App.Entities;

/// <summary>The roles of Sakip (DOMAIN.md §1), each granted on a satker and optionally its descendants.</summary>
public enum Peran
{
    /// <summary>Manages users and everything else within the scope.</summary>
    Administrator,

    /// <summary>Enters plans, targets, realisasi and evidence.</summary>
    Operator,

    /// <summary>Ketua or Sekretaris: signs the PK, verifies realisasi, manages the satker's own users.</summary>
    Pimpinan,

    /// <summary>Tim Evaluasi Internal / Inspektorat: reviews and evaluates.</summary>
    Evaluator,

    /// <summary>Reads only.</summary>
    Pemantau,
}

/// <summary>A user account. Passwords are stored only as <c>PasswordHasher</c> hashes.</summary>
public class Pengguna
{
    public int Id { get; set; }

    /// <summary>Lower-case, unique.</summary>
    public required string NamaPengguna { get; set; }

    public required string NamaLengkap { get; set; }

    public required string HashKataSandi { get; set; }

    /// <summary>Where notifications are e-mailed (when SMTP is configured); null for none.</summary>
    public string? Surel { get; set; }

    public bool Aktif { get; set; } = true;

    /// <summary>Changes when the password changes or an administrator resets or deactivates the account, which ends every session of the user (a change of grants takes effect on the next request instead).</summary>
    public string StempelKeamanan { get; set; } = Guid.NewGuid().ToString("N");

    public List<HakAkses> HakAkses { get; } = [];
}

/// <summary>A role granted on a satker, and on all its descendants when <see cref="TermasukTurunan"/>.</summary>
public class HakAkses
{
    public int Id { get; set; }

    public int PenggunaId { get; set; }

    public Peran Peran { get; set; }

    public int SatkerId { get; set; }

    public Satker Satker { get; set; } = null!;

    public bool TermasukTurunan { get; set; }
}

/// <summary>
/// A signed-in session, kept on the server so that signing out ends it there: the cookie names the
/// session, and a request whose session has ended is anonymous, whatever the cookie says.
/// </summary>
public class SesiPengguna
{
    /// <summary>The SHA-256 (hex) of the random token the cookie carries: the database never holds the token itself.</summary>
    public required string Id { get; set; }

    public int PenggunaId { get; set; }

    public DateTimeOffset DibuatPada { get; set; }

    /// <summary>When the user signed out; null while the session is open.</summary>
    public DateTimeOffset? BerakhirPada { get; set; }
}
