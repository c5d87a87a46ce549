using System.Globalization;
using Sakip.Domain.Kategori;

namespace Sakip.Domain.Tests.Kategori;

public class SkalaKategoriTests
{
    private static decimal D(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("0", "Gagal")]
    [InlineData("54.99", "Gagal")]
    [InlineData("54.994", "Gagal")]
    [InlineData("54.995", "Cukup Baik")]
    [InlineData("55", "Cukup Baik")]
    [InlineData("75", "Cukup Baik")]
    [InlineData("75.5", "Cukup Baik")]
    [InlineData("75.99", "Cukup Baik")]
    [InlineData("76", "Baik")]
    [InlineData("90", "Baik")]
    [InlineData("90.5", "Baik")]
    [InlineData("91", "Sangat Baik")]
    [InlineData("100", "Sangat Baik")]
    [InlineData("105", "Sangat Baik")]
    [InlineData("183.33", "Sangat Baik")]
    public void Seed4_ClosesGapsWithInclusiveLowerBounds(string capaian, string kategori) =>
        Assert.Equal(kategori, SkalaKategori.Seed4.Kategorikan(D(capaian)).Nama);

    [Theory]
    [InlineData("0", "Sangat Kurang")]
    [InlineData("50.99", "Sangat Kurang")]
    [InlineData("51", "Kurang")]
    [InlineData("65.99", "Kurang")]
    [InlineData("66", "Cukup")]
    [InlineData("75.5", "Cukup")]
    [InlineData("76", "Baik")]
    [InlineData("90.5", "Baik")]
    [InlineData("91", "Sangat Baik")]
    [InlineData("183.33", "Sangat Baik")]
    public void Lima_CommonFiveLevels(string capaian, string kategori) =>
        Assert.Equal(kategori, SkalaKategori.Lima.Kategorikan(D(capaian)).Nama);

    [Fact]
    public void UserDefinedScale_UsesItsBounds()
    {
        var skala = new SkalaKategori("khusus", [new(100m, "Tercapai"), new(0m, "Belum Tercapai")]);

        Assert.Equal("Tercapai", skala.Kategorikan(100m).Nama);
        Assert.Equal("Belum Tercapai", skala.Kategorikan(99.99m).Nama);
    }

    [Fact]
    public void Scale_BoundsNotDescending_IsRejected() =>
        Assert.Throws<ArgumentException>(() => new SkalaKategori("salah", [new(50m, "A"), new(60m, "B")]));

    [Theory]
    [InlineData("seed4")]
    [InlineData("LIMA")]
    public void Bawaan_KnowsBuiltInNames(string nama) => Assert.NotNull(SkalaKategori.Bawaan(nama));

    [Fact]
    public void Bawaan_UnknownName_IsNull() => Assert.Null(SkalaKategori.Bawaan("tujuh"));
}
