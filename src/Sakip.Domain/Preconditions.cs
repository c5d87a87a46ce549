namespace Sakip.Domain;

/// <summary>
/// The one place where argument checks of the domain types live. A failed check is a bug in the
/// caller (inputs from users are validated and reported before they reach the engine), so it throws.
/// </summary>
public static class Preconditions
{
    /// <summary>Throws <see cref="ArgumentException"/> when <paramref name="condition"/> is false.</summary>
    public static void CheckArgument(bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless min &lt;= value &lt;= max.</summary>
    public static void CheckRange(decimal value, decimal min, decimal max, string paramName)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Nilai harus antara {min} dan {max}.");
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless min &lt;= value &lt;= max.</summary>
    public static void CheckRange(int value, int min, int max, string paramName)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Nilai harus antara {min} dan {max}.");
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> when the text is null, empty or white space.</summary>
    public static string CheckNotBlank(string? value, string paramName)
    {
        CheckArgument(!string.IsNullOrWhiteSpace(value), paramName, "Teks tidak boleh kosong.");
        return value!;
    }
}
