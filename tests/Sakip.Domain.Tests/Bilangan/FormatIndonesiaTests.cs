using Sakip.Domain.Bilangan;

namespace Sakip.Domain.Tests.Bilangan;

public class FormatIndonesiaTests
{
    [Theory]
    [InlineData("52.04", "52,04 %")]
    [InlineData("0.16", "0,16 %")]
    [InlineData("143.75", "143,75 %")]
    [InlineData("183.3333333", "183,33 %")]
    [InlineData("66.225", "66,23 %")]
    [InlineData("1234.5", "1.234,50 %")]
    public void Persen_TwoDecimalsWithComma(string nilai, string teks) =>
        Assert.Equal(teks, FormatIndonesia.Persen(decimal.Parse(nilai, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("3315671000", "Rp 3.315.671.000")]
    [InlineData("1234.5", "Rp 1.234,50")]
    [InlineData("0", "Rp 0")]
    [InlineData("-1500", "-Rp 1.500")]
    public void Rupiah_ThousandsDots(string nilai, string teks) =>
        Assert.Equal(teks, FormatIndonesia.Rupiah(decimal.Parse(nilai, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("1234567.891", 2, "1.234.567,89")]
    [InlineData("0.5", 0, "1")]
    [InlineData("790125", 0, "790.125")]
    public void Angka_GroupsAndRounds(string nilai, int desimal, string teks) =>
        Assert.Equal(teks, FormatIndonesia.Angka(decimal.Parse(nilai, System.Globalization.CultureInfo.InvariantCulture), desimal));

    [Theory]
    [InlineData("12", "12")]
    [InlineData("0.16", "0,16")]
    [InlineData("1234.50", "1.234,5")]
    public void AngkaRingkas_DropsTrailingZeros(string nilai, string teks) =>
        Assert.Equal(teks, FormatIndonesia.AngkaRingkas(decimal.Parse(nilai, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Tanggal_IndonesianMonthName() =>
        Assert.Equal("20 Februari 2025", FormatIndonesia.Tanggal(new DateOnly(2025, 2, 20)));

    [Fact]
    public void FormatThenBaca_RoundTrips()
    {
        foreach (var n in new[] { 0m, 0.16m, 52.04m, 1234567.89m, 790125m })
        {
            Assert.Equal(n, AngkaIndonesia.Baca(FormatIndonesia.Angka(n)).Nilai);
        }
    }

    [Theory]
    [InlineData("52.035", "52,04 %")]
    [InlineData(null, "-")]
    public void APercentageThatMayBeUnknown_IsADash(string? nilai, string teks) =>
        Assert.Equal(teks, FormatIndonesia.PersenAtauKosong(nilai is null ? null : decimal.Parse(nilai, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(409093L, "409.093")]
    [InlineData(0L, "0")]
    [InlineData(null, "-")]
    public void ACountThatMayBeUnreported_IsADash(long? nilai, string teks) => Assert.Equal(teks, FormatIndonesia.JumlahAtauKosong(nilai));
}
