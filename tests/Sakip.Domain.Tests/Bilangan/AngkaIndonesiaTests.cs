using Sakip.Domain.Bilangan;

namespace Sakip.Domain.Tests.Bilangan;

public class AngkaIndonesiaTests
{
    public static TheoryData<string, decimal, string?> Angka => new()
    {
        { "1.234.567,89", 1234567.89m, null },
        { "52,04 %", 52.04m, Satuan.Persen },
        { "52,04%", 52.04m, Satuan.Persen },
        { "0,16 %", 0.16m, Satuan.Persen },
        { "Rp 3.315.671.000", 3315671000m, Satuan.Rupiah },
        { "Rp3.315.671.000,-", 3315671000m, Satuan.Rupiah },
        { "Rp 37.000.000.000,00", 37000000000m, Satuan.Rupiah },
        { "12 kali", 12m, "kali" },
        { "4 TW", 4m, "triwulan" },
        { "4 tw", 4m, "triwulan" },
        { "1 Laporan", 1m, "laporan" },
        { "12 lap", 12m, "laporan" },
        { "0.2%", 0.2m, Satuan.Persen },
        { "1.234", 1234m, null },
        { "0.234", 0.234m, null },
        { "1.5", 1.5m, null },
        { "12,5", 12.5m, null },
        { "0,160", 0.16m, null },
        { "1,234.56", 1234.56m, null },
        { "1,234,567", 1234567m, null },
        { "790125", 790125m, null },
        { "100%", 100m, Satuan.Persen },
        { "-5", -5m, null },
        { " 22 kali ", 22m, "kali" },
    };

    [Theory]
    [MemberData(nameof(Angka))]
    public void Baca_IndonesianAndEnglishStyles_ReadsValueAndUnit(string teks, decimal nilai, string? satuan)
    {
        var hasil = AngkaIndonesia.Baca(teks);

        Assert.True(hasil.Berhasil, hasil.Kesalahan);
        Assert.Equal(nilai, hasil.Nilai);
        Assert.Null(hasil.NilaiAtas);
        Assert.Equal(satuan, hasil.Satuan);
    }

    [Theory]
    [InlineData("80-90", 80, 90, null)]
    [InlineData("80 - 90 %", 80, 90, Satuan.Persen)]
    [InlineData("80%-90%", 80, 90, Satuan.Persen)]
    [InlineData("7 - 8 bulan", 7, 8, "bulan")]
    [InlineData("7,5 s.d. 8,5", 7.5, 8.5, null)]
    [InlineData("90-80", 80, 90, null)]
    public void Baca_Band_ReadsBothBounds(string teks, double bawah, double atas, string? satuan)
    {
        var hasil = AngkaIndonesia.Baca(teks);

        Assert.True(hasil.Berhasil, hasil.Kesalahan);
        Assert.Equal((decimal)bawah, hasil.Nilai);
        Assert.Equal((decimal)atas, hasil.NilaiAtas);
        Assert.Equal(satuan, hasil.Satuan);
    }

    [Theory]
    [InlineData("1,234", "ambigu")]
    [InlineData("", "kosong")]
    [InlineData("   ", "kosong")]
    [InlineData("abc", "bukan angka")]
    [InlineData("1.23.4", "ribuan")]
    [InlineData("1.234,5,6", "lebih dari sekali")]
    [InlineData("12 kali 3", "satuan")]
    [InlineData("12,", "tidak lengkap")]
    [InlineData("Rp 5 %", "satuan ganda")]
    [InlineData("80 % - 90 kali", "berbeda")]
    public void Baca_BadText_ExplainsWhy(string teks, string bagianPesan)
    {
        var hasil = AngkaIndonesia.Baca(teks);

        Assert.False(hasil.Berhasil);
        Assert.Null(hasil.Nilai);
        Assert.Contains(bagianPesan, hasil.Kesalahan, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_NumberWithUnit_IsRefused()
    {
        Assert.False(AngkaIndonesia.TryParse("12 kali", out _, out var salah));
        Assert.Contains("angka saja", salah, StringComparison.Ordinal);
        Assert.True(AngkaIndonesia.TryParse("1.234,5", out var nilai, out _));
        Assert.Equal(1234.5m, nilai);
    }
}
