namespace Sakip.App;

/// <summary>Text cut to a length for a message or a column, marked as cut with an ellipsis.</summary>
public static class TeksRingkas
{
    /// <summary>
    /// <paramref name="teks"/> when it has at most <paramref name="panjang"/> characters, else its
    /// first characters and "…" in <paramref name="panjang"/> characters in all; null is empty.
    /// </summary>
    public static string Potong(string? teks, int panjang) =>
        teks is null ? string.Empty : teks.Length <= panjang ? teks : teks[..(panjang - 1)] + "…";
}
