using Sakip.Domain.Kepemiluan;

namespace Sakip.Domain.Tests.Kepemiluan;

public class KodeWilayahTests
{
    [Theory]
    [InlineData("18", TingkatWilayah.Provinsi, "18", null)]
    [InlineData("1871", TingkatWilayah.KabupatenKota, "18.71", "18")]
    [InlineData("18.71.01", TingkatWilayah.Kecamatan, "18.71.01", "1871")]
    [InlineData("1871011003", TingkatWilayah.Kelurahan, "18.71.01.1003", "187101")]
    [InlineData(" 1871011003001 ", TingkatWilayah.Tps, "18.71.01.1003.001", "1871011003")]
    public void AWellFormedCode_HasItsLevelDotsAndParent(string teks, TingkatWilayah tingkat, string bertitik, string? induk)
    {
        Assert.True(KodeWilayah.TryBaca(teks, out var kode, out var kesalahan));
        Assert.Null(kesalahan);
        Assert.Equal(tingkat, kode.Tingkat);
        Assert.Equal(bertitik, kode.Bertitik);
        Assert.Equal(induk, kode.Induk?.Kode);
    }

    [Theory]
    [InlineData("", "kode wilayah kosong")]
    [InlineData("18A1", "hanya boleh berisi angka")]
    [InlineData("187", "berisi 3 angka")]
    [InlineData("18710110030", "berisi 11 angka")]
    [InlineData("-1871", "hanya boleh berisi angka")]
    public void AMalformedCode_IsRefusedWithAReason(string teks, string pesan)
    {
        Assert.False(KodeWilayah.TryBaca(teks, out _, out var kesalahan));
        Assert.Contains(pesan, kesalahan, StringComparison.Ordinal);
    }

    [Fact]
    public void ACodeLiesInItsAncestors_AndNotInItsNeighbours()
    {
        var tps = KodeWilayah.Dari("1871011003001");
        Assert.True(tps.Di(KodeWilayah.Dari("18")));
        Assert.True(tps.Di(KodeWilayah.Dari("187101")));
        Assert.True(tps.Di(tps));
        Assert.False(tps.Di(KodeWilayah.Dari("187102")));
        Assert.False(KodeWilayah.Dari("18").Di(tps));
        Assert.Equal("187101", tps.Potong(TingkatWilayah.Kecamatan).Kode);
    }
}
