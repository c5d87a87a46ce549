namespace Sakip.App.Tests;

/// <summary>Text cut to a length keeps its length and says it was cut.</summary>
public class TeksRingkasTests
{
    [Theory]
    [InlineData(null, 5, "")]
    [InlineData("", 5, "")]
    [InlineData("abcde", 5, "abcde")]
    [InlineData("abcdef", 5, "abcd…")]
    [InlineData("1871", 41, "1871")]
    public void Potong(string? teks, int panjang, string hasil)
    {
        Assert.Equal(hasil, TeksRingkas.Potong(teks, panjang));
        Assert.True(TeksRingkas.Potong(teks, panjang).Length <= panjang);
    }
}
