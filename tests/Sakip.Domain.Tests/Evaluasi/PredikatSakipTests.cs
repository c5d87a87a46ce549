using System.Globalization;
using Sakip.Domain.Evaluasi;

namespace Sakip.Domain.Tests.Evaluasi;

public class PredikatSakipTests
{
    [Theory]
    [InlineData("100", Predikat.AA)]
    [InlineData("90.01", Predikat.AA)]
    [InlineData("90", Predikat.A)]
    [InlineData("80.01", Predikat.A)]
    [InlineData("80", Predikat.BB)]
    [InlineData("73.75", Predikat.BB)]
    [InlineData("70", Predikat.B)]
    [InlineData("69.12", Predikat.B)]
    [InlineData("60", Predikat.CC)]
    [InlineData("50", Predikat.C)]
    [InlineData("30.01", Predikat.C)]
    [InlineData("30", Predikat.D)]
    [InlineData("0", Predikat.D)]
    public void DariSkor_ExclusiveLowerBounds(string skor, Predikat predikat) =>
        Assert.Equal(predikat, PredikatSakip.DariSkor(decimal.Parse(skor, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("-0.01")]
    [InlineData("100.01")]
    public void DariSkor_OutsideZeroToHundred_IsRejected(string skor) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PredikatSakip.DariSkor(decimal.Parse(skor, CultureInfo.InvariantCulture)));

    [Fact]
    public void Sebutan_EveryPredikatHasAName()
    {
        Assert.Equal("Sangat Baik", Predikat.BB.Sebutan());
        Assert.All(Enum.GetValues<Predikat>(), p => Assert.False(string.IsNullOrEmpty(p.Sebutan())));
    }
}
