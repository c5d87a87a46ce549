using Sakip.App.Keamanan;

namespace Sakip.App.Tests.Keamanan;

public class AturanKataSandiTests
{
    [Theory]
    [InlineData("KataSandiKuat2024", "budi", 0)]
    [InlineData("pendek1", "budi", 1)]
    [InlineData("hanyahurufsaja", "budi", 1)]
    [InlineData("123456789012345", "budi", 1)]
    [InlineData("budi12345678901", "budi", 1)]
    [InlineData("password1234", "budi", 1)]
    [InlineData("", "budi", 2)]
    public void Periksa_ReportsEachBrokenRule(string sandi, string nama, int jumlahSalah) =>
        Assert.Equal(jumlahSalah, AturanKataSandi.Periksa(sandi, nama).Count);
}
