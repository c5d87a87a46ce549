using Sakip.Domain.Anggaran;

namespace Sakip.Domain.Tests.Anggaran;

/// <summary>The DIPA code path: each level's shape, the parent as the prefix, and what is said of a bad code.</summary>
public class KodeAnggaranTests
{
    [Theory]
    [InlineData("076.01.WA", TingkatAnggaran.Program, null, "076.01.WA")]
    [InlineData("076.01.wa.6871", TingkatAnggaran.Kegiatan, "076.01.WA", "6871")]
    [InlineData(" 076.01.WA.6871.QGE ", TingkatAnggaran.Kro, "076.01.WA.6871", "QGE")]
    [InlineData("076.01.WA.6871.QGE.001", TingkatAnggaran.Ro, "076.01.WA.6871.QGE", "001")]
    [InlineData("076.01.WA.6871.QGE.002.051", TingkatAnggaran.Komponen, "076.01.WA.6871.QGE.002", "051")]
    [InlineData("076.01.WA.6871.QGE.002.051.BA", TingkatAnggaran.SubKomponen, "076.01.WA.6871.QGE.002.051", "BA")]
    [InlineData("076.01.WA.6871.QGE.002.051.A.521211", TingkatAnggaran.Akun, "076.01.WA.6871.QGE.002.051.A", "521211")]
    public void AGoodCode_HasItsLevel_ItsParentAndItsLastPart(string teks, TingkatAnggaran tingkat, string? induk, string bagian)
    {
        Assert.True(KodeAnggaran.TryBaca(teks, out var kode, out var kesalahan), kesalahan);
        Assert.Equal((tingkat, induk, bagian), (kode.Tingkat, kode.Induk?.Kode, kode.Bagian));
        Assert.Equal(teks.Trim().ToUpperInvariant(), kode.ToString());
    }

    [Theory]
    [InlineData("6871", "kode '6871' harus diawali kode program seperti 076.01.WA (bagian anggaran 3 angka, unit eselon I 2 angka, program 2 huruf)")]
    [InlineData("", "kode '' harus diawali kode program seperti 076.01.WA (bagian anggaran 3 angka, unit eselon I 2 angka, program 2 huruf)")]
    [InlineData("76.01.WA", "kode '76.01.WA' harus diawali kode program seperti 076.01.WA (bagian anggaran 3 angka, unit eselon I 2 angka, program 2 huruf)")]
    [InlineData("076.01.W1", "kode '076.01.W1' harus diawali kode program seperti 076.01.WA (bagian anggaran 3 angka, unit eselon I 2 angka, program 2 huruf)")]
    [InlineData("076.01.WA.687", "bagian ke-4 kode '076.01.WA.687' ('687') harus 4 angka kode kegiatan, misalnya 6871")]
    [InlineData("076.01.WA.6871.Q6E", "bagian ke-5 kode '076.01.WA.6871.Q6E' ('Q6E') harus 3 huruf kode KRO, misalnya QGE")]
    [InlineData("076.01.WA.6871.QGE.1", "bagian ke-6 kode '076.01.WA.6871.QGE.1' ('1') harus 3 angka kode RO, misalnya 001")]
    [InlineData("076.01.WA.6871.QGE.001.51", "bagian ke-7 kode '076.01.WA.6871.QGE.001.51' ('51') harus 3 angka kode komponen, misalnya 051")]
    [InlineData("076.01.WA.6871.QGE.001.051.ABC", "bagian ke-8 kode '076.01.WA.6871.QGE.001.051.ABC' ('ABC') harus 1 atau 2 huruf kode sub-komponen, misalnya A atau BA")]
    [InlineData("076.01.WA.6871.QGE.001.051.A.52121", "bagian ke-9 kode '076.01.WA.6871.QGE.001.051.A.52121' ('52121') harus 6 angka kode akun, misalnya 521211")]
    [InlineData("076.01.WA.6871.QGE.001.051.A.521211.1", "kode '076.01.WA.6871.QGE.001.051.A.521211.1' lebih panjang dari program, kegiatan, KRO, RO, komponen, sub-komponen dan akun")]
    [InlineData("076.01.WA..QGE", "bagian ke-4 kode '076.01.WA..QGE' ('') harus 4 angka kode kegiatan, misalnya 6871")]
    public void ABadCode_IsRefusedSayingWhichPartAndWhy(string teks, string pesan)
    {
        Assert.False(KodeAnggaran.TryBaca(teks, out _, out var kesalahan));
        Assert.Equal(pesan, kesalahan);
        Assert.Throws<ArgumentException>(() => KodeAnggaran.Dari(teks));
    }

    [Fact]
    public void ALine_LiesUnderItsAncestors_AndNotUnderACodeThatOnlyStartsTheSame()
    {
        var akun = KodeAnggaran.Dari("076.01.WA.6871.QGE.001.051.A.521211");
        Assert.True(akun.Di(KodeAnggaran.Dari("076.01.WA.6871")));
        Assert.True(akun.Di(akun));
        Assert.False(KodeAnggaran.Dari("076.01.WA.6871.QGE.001.051.AB").Di(KodeAnggaran.Dari("076.01.WA.6871.QGE.001.051.A")));
        Assert.Equal(
            [TingkatAnggaran.SubKomponen, TingkatAnggaran.Komponen, TingkatAnggaran.Ro, TingkatAnggaran.Kro, TingkatAnggaran.Kegiatan, TingkatAnggaran.Program],
            Naik(akun).Select(k => k.Tingkat));
    }

    private static IEnumerable<KodeAnggaran> Naik(KodeAnggaran kode)
    {
        for (var k = kode.Induk; k is { } kk; k = kk.Induk)
        {
            yield return kk;
        }
    }
}
