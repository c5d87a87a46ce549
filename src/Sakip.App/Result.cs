namespace Sakip.App;

/// <summary>
/// The outcome of a use case: a value, or a business error in Bahasa Indonesia that the caller
/// shows to the user. Exceptions are for bugs only (STYLE.md B3).
/// </summary>
public sealed record Result<T>
{
    private Result(T? value, string? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public string? Error { get; }

    public bool IsSuccess => Error is null;

    public static Result<T> Ok(T value) => new(value, null);

    public static Result<T> Fail(string error) => new(default, error);
}
