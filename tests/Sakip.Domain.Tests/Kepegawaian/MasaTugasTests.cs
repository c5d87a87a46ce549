using Sakip.Domain.Kepegawaian;

namespace Sakip.Domain.Tests.Kepegawaian;

public class MasaTugasTests
{
    [Theory]
    [InlineData(null, null, 2024, true)]
    [InlineData("2022-01-03", null, 2024, true)]
    [InlineData("2024-12-31", null, 2024, true)]
    [InlineData("2025-01-01", null, 2024, false)]
    [InlineData(null, "2024-12-31", 2024, true)]
    [InlineData(null, "2024-12-30", 2024, false)]
    [InlineData("2009-03-12", "2025-06-30", 2024, true)]
    [InlineData("2009-03-12", "2023-06-30", 2024, false)]
    [InlineData("2009-03-12", "2023-06-30", 2022, true)]
    [InlineData("2024-02-01", "2024-11-30", 2024, false)]
    public void BertugasAkhirTahun_CountsThoseServingOn31December(string? mulai, string? selesai, int tahun, bool bertugas)
    {
        Assert.Equal(bertugas, MasaTugas.BertugasAkhirTahun(Tanggal(mulai), Tanggal(selesai), tahun));
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("2024-01-01", null, null)]
    [InlineData(null, "2024-01-01", null)]
    [InlineData("2024-01-01", "2024-01-01", null)]
    [InlineData("2024-01-02", "2024-01-01", "Tanggal selesai bertugas tidak boleh sebelum tanggal mulai bertugas.")]
    public void Periksa_TheLastDayMayNotPrecedeTheFirst(string? mulai, string? selesai, string? pesan)
    {
        Assert.Equal(pesan, MasaTugas.Periksa(Tanggal(mulai), Tanggal(selesai)));
    }

    private static DateOnly? Tanggal(string? iso) => iso is null ? null : DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
