using Sakip.Domain.Evaluasi;

namespace Sakip.Domain.Tests.Evaluasi;

/// <summary>A printed result is checked against itself; the seed's Tabel 20 (2023, 73,75 BB) is the acceptance case.</summary>
public class PemeriksaanNilaiTercetakTests
{
    [Fact]
    public void TheSeedsTabel20_ComponentsAddTo69_12_NotThePrinted73_75_AndTwoLettersAreNotTheScales()
    {
        KomponenTercetak[] seed =
        [
            new("PERENCANAAN KINERJA", 30, 23.10m, "A"),
            new("PENGUKURAN KINERJA", 30, 17.47m, "BB"),
            new("PELAPORAN KINERJA", 15, 11.55m, "BB"),
            new("EVALUASI AKUNTABILITAS KINERJA INTERNAL", 25, 17.00m, "B"),
        ];
        Assert.Equal(
            [
                "Nilai komponen berjumlah 69,12, tetapi nilai evaluasi tercetak 73,75 (selisih 4,63).",
                "Komponen PERENCANAAN KINERJA: 23,10 dari bobot 30 = 77,00 %, yang menurut skala predikat adalah BB; tercetak A.",
                "Komponen PENGUKURAN KINERJA: 17,47 dari bobot 30 = 58,23 %, yang menurut skala predikat adalah CC; tercetak BB.",
            ],
            PemeriksaanNilaiTercetak.Periksa(seed, 73.75m, "BB"));
    }

    [Theory]
    [InlineData("80", "BB", 0)]
    [InlineData("80", "A", 1)]
    [InlineData("80.01", "A", 0)]
    public void TheTotalsPredikat_IsItsOwn(string total, string predikat, int temuan)
    {
        var t = decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(temuan, PemeriksaanNilaiTercetak.Periksa([new("SEMUA", 100, t, null)], t, predikat).Count);
    }

    [Fact]
    public void WeightsNot100_AndAValueAboveItsWeight_AreFindings() =>
        Assert.Equal(
            ["Bobot komponen berjumlah 90, bukan 100.", "Komponen X: nilai 31,00 di luar rentang 0 sampai bobotnya 30."],
            PemeriksaanNilaiTercetak.Periksa([new("X", 30, 31, null), new("Y", 60, 40, null)], 71, null));
}
