namespace Sakip.App;

/// <summary>Why a use case refused: what the caller shows and which HTTP status a page answers with.</summary>
public enum JenisKegagalan
{
    /// <summary>The input breaks a rule (422).</summary>
    TidakSah,

    /// <summary>The record does not exist, or is hidden from the user (404).</summary>
    TidakDitemukan,

    /// <summary>The user's roles and satker scope do not allow it (403).</summary>
    Ditolak,

    /// <summary>Someone else changed the record since it was read (409).</summary>
    Konflik,
}

/// <summary>
/// The outcome of a use case: a value, or a business error in Bahasa Indonesia that the caller
/// shows to the user, with its kind. Exceptions are for bugs only (STYLE.md B3).
/// </summary>
public sealed record Result<T>
{
    private Result(T? value, string? error, JenisKegagalan? jenis)
    {
        Value = value;
        Error = error;
        Jenis = jenis;
    }

    public T? Value { get; }

    public string? Error { get; }

    /// <summary>The kind of failure; null on success.</summary>
    public JenisKegagalan? Jenis { get; }

    public bool IsSuccess => Error is null;

    public static Result<T> Ok(T value) => new(value, null, null);

    /// <summary>A rule is broken by the input.</summary>
    public static Result<T> Fail(string error) => new(default, error, JenisKegagalan.TidakSah);

    public static Result<T> TidakDitemukan(string error) => new(default, error, JenisKegagalan.TidakDitemukan);

    public static Result<T> Ditolak(string error) => new(default, error, JenisKegagalan.Ditolak);

    public static Result<T> Konflik(string error) => new(default, error, JenisKegagalan.Konflik);

    /// <summary>Passes on the failure of another use case's result, with its kind.</summary>
    public static Result<T> Gagal<TLain>(Result<TLain> gagal) =>
        gagal.IsSuccess ? throw new ArgumentException("The result succeeded.", nameof(gagal)) : new(default, gagal.Error, gagal.Jenis);
}
