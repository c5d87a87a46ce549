using Sakip.Domain.Bilangan;

namespace Sakip.Domain.Tests.Bilangan;

public class TerbilangTests
{
    [Theory]
    [InlineData(0, "Nol")]
    [InlineData(1, "Satu")]
    [InlineData(10, "Sepuluh")]
    [InlineData(11, "Sebelas")]
    [InlineData(12, "Dua Belas")]
    [InlineData(19, "Sembilan Belas")]
    [InlineData(20, "Dua Puluh")]
    [InlineData(21, "Dua Puluh Satu")]
    [InlineData(100, "Seratus")]
    [InlineData(115, "Seratus Lima Belas")]
    [InlineData(250, "Dua Ratus Lima Puluh")]
    [InlineData(1000, "Seribu")]
    [InlineData(1250, "Seribu Dua Ratus Lima Puluh")]
    [InlineData(11000, "Sebelas Ribu")]
    [InlineData(100000, "Seratus Ribu")]
    [InlineData(1000000, "Satu Juta")]
    [InlineData(2024, "Dua Ribu Dua Puluh Empat")]
    [InlineData(790125, "Tujuh Ratus Sembilan Puluh Ribu Seratus Dua Puluh Lima")]
    public void Angka_Words(long nilai, string kata) => Assert.Equal(kata, Terbilang.Angka(nilai));

    [Theory]
    [InlineData(37000000000, "Tiga Puluh Tujuh Miliar Rupiah")]
    [InlineData(3315671000, "Tiga Miliar Tiga Ratus Lima Belas Juta Enam Ratus Tujuh Puluh Satu Ribu Rupiah")]
    [InlineData(1000000000000, "Satu Triliun Rupiah")]
    public void Rupiah_Words(long nilai, string kata) => Assert.Equal(kata, Terbilang.Rupiah(nilai));

    [Theory]
    [InlineData("37000000000", "Rp 37.000.000.000,- (Tiga Puluh Tujuh Miliar Rupiah)")]
    [InlineData("0", "Rp 0,- (Nol Rupiah)")]
    [InlineData("1234.50", "Rp 1.234,50")]
    [InlineData("-5", "-Rp 5")]
    public void RupiahResmi_FiguresThenWords_AsFormalTextWritesThem(string nilai, string teks) =>
        Assert.Equal(teks, Terbilang.RupiahResmi(decimal.Parse(nilai, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Angka_Fraction_IsRejected() => Assert.Throws<ArgumentException>(() => Terbilang.Angka(1.5m));
}
