namespace Sakip.App;

/// <summary>Why a use case refused: what the caller shows and which HTTP status a page answers with.</summary>
public enum JenisKegagalan
{
    /// <summary>The input breaks a rule (422, the form shown again with its field errors).</summary>
    TidakSah,

    /// <summary>The record does not exist, or is hidden from the user (404).</summary>
    TidakDitemukan,

    /// <summary>The user's roles and satker scope do not allow it (403).</summary>
    Ditolak,

    /// <summary>Someone else changed the record since it was read, or it already exists (409).</summary>
    Konflik,
}

/// <summary>One thing wrong with the input: the field it belongs to (null for the whole form) and what is wrong, in Bahasa Indonesia.</summary>
/// <param name="Bidang">The input's name as the command spells it (<c>Nilai</c>, <c>Variabel.a</c>, <c>Targets[2025]</c>, a cell such as <c>D7</c>), or null.</param>
/// <param name="Pesan">What is wrong and how to fix it.</param>
public sealed record Kesalahan(string? Bidang, string Pesan);

/// <summary>
/// Why a use case did not happen: its kind, one message for the whole request, and the field
/// errors (empty unless the input was refused field by field). Nothing was written.
/// </summary>
public sealed record Gagal(JenisKegagalan Jenis, string Pesan, IReadOnlyList<Kesalahan> Kesalahans)
{
    /// <summary>The summary shown above a form whose fields carry their own messages.</summary>
    public const string PesanPeriksaIsian = "Periksa kembali isian yang ditandai.";

    /// <summary>A rule is broken by the input; <paramref name="bidang"/> names the field when there is one.</summary>
    public static Gagal TidakSah(string pesan, string? bidang = null) => new(JenisKegagalan.TidakSah, pesan, [new Kesalahan(bidang, pesan)]);

    /// <summary>Several fields are wrong at once; the summary is the only message when there is one.</summary>
    public static Gagal TidakSah(IReadOnlyList<Kesalahan> kesalahans) =>
        kesalahans.Count == 0 ? throw new ArgumentException("A refusal names at least one error.", nameof(kesalahans))
            : new(JenisKegagalan.TidakSah, kesalahans.Count == 1 ? kesalahans[0].Pesan : PesanPeriksaIsian, kesalahans);

    public static Gagal TidakDitemukan(string pesan) => new(JenisKegagalan.TidakDitemukan, pesan, []);

    public static Gagal Ditolak(string pesan) => new(JenisKegagalan.Ditolak, pesan, []);

    public static Gagal Konflik(string pesan) => new(JenisKegagalan.Konflik, pesan, []);
}

/// <summary>
/// The answer of every use case: its result (<see cref="Nilai"/>, the use case's own <c>Hasil</c>
/// record or a plain value), or why it did not happen
/// (<see cref="Kegagalan"/>). Handlers return a value or a <see cref="Gagal"/> and the conversion
/// does the rest; pages and the CLI turn it into a response in one place. Exceptions are for bugs
/// only (STYLE.md B3).
/// </summary>
public sealed class Jawaban<T>
{
    private Jawaban(T? nilai, Gagal? kegagalan)
    {
        Nilai = nilai;
        Kegagalan = kegagalan;
    }

    /// <summary>The value; meaningful only when <see cref="Berhasil"/>.</summary>
    public T? Nilai { get; }

    /// <summary>Why it failed; null on success.</summary>
    public Gagal? Kegagalan { get; }

    public bool Berhasil => Kegagalan is null;

    /// <summary>The failure's message; null on success.</summary>
    public string? Pesan => Kegagalan?.Pesan;

    /// <summary>The failure's kind; null on success.</summary>
    public JenisKegagalan? Jenis => Kegagalan?.Jenis;

    /// <summary>The field errors of a refused input (empty otherwise).</summary>
    public IReadOnlyList<Kesalahan> Kesalahans => Kegagalan?.Kesalahans ?? [];

    public static implicit operator Jawaban<T>(T nilai) => new(nilai, null);

    public static implicit operator Jawaban<T>(Gagal kegagalan) => new(default, kegagalan ?? throw new ArgumentNullException(nameof(kegagalan)));

    /// <summary>A success (for values the implicit conversion cannot carry, such as interfaces).</summary>
    public static Jawaban<T> Dari(T nilai) => new(nilai, null);
}
