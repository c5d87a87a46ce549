using Sakip.Domain.Kepemiluan;

namespace Sakip.Domain.Tests.Kepemiluan;

/// <summary>The seed's Tabel 30 rows checked: the printed percentage against the counts, and the users against the imported data.</summary>
public class PartisipasiTercetakTests
{
    public static TheoryData<long, long, string?, long?, string[]> Baris => new()
    {
        { 632079, 418916, "66.28", null, [] },
        { 638174, 565463, "88.6", null, [] },
        { 647278, 447445, "69.13", null, [] },
        { 622829, 455975, "71.6", null, ["partisipasi tertulis 71,6 %, sedangkan pengguna hak pilih / DPT = 455.975 / 622.829 = 73,21 %"] },
        { 622829, 455975, "71.600000", null, ["partisipasi tertulis 71,6 %, sedangkan pengguna hak pilih / DPT = 455.975 / 622.829 = 73,21 %"] },
        { 790125, 600050, "75.94", 600050L, [] },
        {
            786182, 400093, "52.04", 409093L,
            [
                "partisipasi tertulis 52,04 %, sedangkan pengguna hak pilih / DPT = 400.093 / 786.182 = 50,89 %",
                "pengguna hak pilih tertulis 400.093, sedangkan data Pilkada uji berjumlah 409.093 (selisih 9.000)",
            ]
        },
        { 100, 52, null, null, [] },
        { 0, 52, "52", null, [] },
        { 3, 1, "33.33", null, [] },
        { 3, 2, "66.66", null, ["partisipasi tertulis 66,66 %, sedangkan pengguna hak pilih / DPT = 2 / 3 = 66,67 %"] },
    };

    [Theory]
    [MemberData(nameof(Baris))]
    public void ARowAsPrinted_IsCheckedAgainstItsCounts_AndTheImportedData(long dpt, long pengguna, string? persen, long? data, string[] temuan)
    {
        var baris = new PartisipasiTercetak(2024, "Uji", JenisPemilihan.Pilkada, dpt, pengguna, persen is null ? null : decimal.Parse(persen, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(temuan, baris.Periksa(data, "Pilkada uji"));
    }

    [Fact]
    public void Participation_IsUsersOverDpt() =>
        Assert.Equal(455975m * 100 / 622829, new PartisipasiTercetak(2018, "Pilkada Tahun 2018", JenisPemilihan.Pilkada, 622829, 455975, 71.6m).Partisipasi);
}
