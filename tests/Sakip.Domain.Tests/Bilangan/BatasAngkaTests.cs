using Sakip.Domain.Bilangan;

namespace Sakip.Domain.Tests.Bilangan;

/// <summary>The documented range of every number read (issue 7, item 3), at each edge and for each kind.</summary>
public class BatasAngkaTests
{
    public static TheoryData<string, JenisAngka, string?> Tepi => new()
    {
        { "1000000000000", JenisAngka.Hitungan, null },
        { "1000000000000.000001", JenisAngka.Hitungan, "terlalu besar; angka paling besar 1.000.000.000.000" },
        { "-1000000000001", JenisAngka.Hitungan, "terlalu besar; angka paling besar 1.000.000.000.000" },
        { "10000", JenisAngka.Persen, null },
        { "10000.1", JenisAngka.Persen, "terlalu besar; persentase paling besar 10.000 %" },
        { "1000000000000000", JenisAngka.Rupiah, null },
        { "1000000000000001", JenisAngka.Rupiah, "terlalu besar; jumlah rupiah paling besar Rp 1.000.000.000.000.000" },
        { "7922816251426433759354395033", JenisAngka.Rupiah, "terlalu besar; jumlah rupiah paling besar Rp 1.000.000.000.000.000" },
        { "0.123456", JenisAngka.Persen, null },
        { "0.1234567", JenisAngka.Persen, "terlalu banyak angka di belakang koma; paling banyak 6" },
        { "0", JenisAngka.Hitungan, null },
    };

    [Theory]
    [MemberData(nameof(Tepi))]
    public void Periksa_AtTheEdges_NamesTheBoundOrPasses(string nilai, JenisAngka jenis, string? pesan) =>
        Assert.Equal(pesan, BatasAngka.Periksa(decimal.Parse(nilai, System.Globalization.CultureInfo.InvariantCulture), jenis));

    [Theory]
    [InlineData(null, JenisAngka.Hitungan)]
    [InlineData("kali", JenisAngka.Hitungan)]
    [InlineData("%", JenisAngka.Persen)]
    [InlineData("persen", JenisAngka.Persen)]
    [InlineData("Rp", JenisAngka.Rupiah)]
    [InlineData("rupiah", JenisAngka.Rupiah)]
    public void JenisDari_TheUnit_GivesTheKind(string? satuan, JenisAngka jenis) => Assert.Equal(jenis, BatasAngka.JenisDari(satuan));

    [Theory]
    [InlineData("10.001 %", null, "'10.001 %': terlalu besar; persentase paling besar 10.000 %")]
    [InlineData("10.001", "persen", "'10.001': terlalu besar; persentase paling besar 10.000 %")]
    [InlineData("10.001", null, null)]
    [InlineData("Rp 2.000.000.000.000.000", null, "'Rp 2.000.000.000.000.000': terlalu besar; jumlah rupiah paling besar Rp 1.000.000.000.000.000")]
    [InlineData("2.000.000.000.000.000", null, "'2.000.000.000.000.000': terlalu besar; angka paling besar 1.000.000.000.000.000")]
    [InlineData("2.000.000.000.000", "orang", "'2.000.000.000.000': terlalu besar; angka paling besar 1.000.000.000.000")]
    [InlineData("80-20.000 %", null, "'80-20.000 %': terlalu besar; persentase paling besar 10.000 %")]
    [InlineData("1,1234567", null, "'1,1234567': terlalu banyak angka di belakang koma; paling banyak 6")]
    [InlineData("１２３", null, "'１２３' bukan angka")]
    [InlineData("٣", null, "'٣' bukan angka")]
    public void Baca_ChecksTheRangeOfTheUnitWrittenOrGiven(string teks, string? satuanBawaan, string? pesan) =>
        Assert.Equal(pesan, AngkaIndonesia.Baca(teks, satuanBawaan).Kesalahan);

    [Fact]
    public void Baca_ALongText_IsRefusedAndQuotedCut()
    {
        var teks = new string('9', 100_000);

        var hasil = AngkaIndonesia.Baca(teks);

        Assert.Equal($"'{new string('9', 40)}…' (100.000 karakter) terlalu panjang untuk sebuah angka (paling panjang 64 karakter)", hasil.Kesalahan);
    }
}
