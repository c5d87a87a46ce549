using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Sakip.Cli;

namespace Sakip.App.Tests.Cli;

/// <summary><c>sakip kepemiluan periksa</c>: the checks and roll-ups of a file, without a database.</summary>
public sealed class KepemiluanCliTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sakip-kepemiluan-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static async Task<(int Kode, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var kode = await SakipCli.RunAsync(args, output, error, new ConfigurationBuilder().Build());
        return (kode, output.ToString(), error.ToString());
    }

    private string Demo(string nama)
    {
        var path = Path.Combine(folder, nama);
        using var sumber = typeof(Sakip.App.AppServiceCollectionExtensions).Assembly.GetManifestResourceStream("Sakip.Demo." + nama)!;
        using var tujuan = File.Create(path);
        sumber.CopyTo(tujuan);
        return path;
    }

    [Fact]
    public async Task Periksa_TheWalikotaFile_PrintsParticipationPerKecamatan_AndTheWarnings()
    {
        var (kode, output, err) = await Run("kepemiluan", "periksa", "--file", Demo("kepemiluan_1871_pilkada_2024_walikota.csv"), "--jenis", "pilkada");
        Assert.Equal(0, kode);
        Assert.Empty(err);
        Assert.Contains("KOTA BANDAR LAMPUNG │ 786.182 │ 409.093  │ 52,04 %", output, StringComparison.Ordinal);
        Assert.Contains("Temuan: 0 kesalahan, 2 peringatan.", output, StringComparison.Ordinal);
        Assert.Contains("[peringatan] Surat suara diterima mencakup DPT dan cadangan | 18.71.03 TANJUNGKARANG BARAT | kolom surat_suara_diterima,dpt: surat suara diterima 45.702 kurang dari DPT 44.641 + cadangan 2,5 % 1.117 = 45.758 (kurang 56).", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Periksa_Json_CarriesEveryRegionAndFinding_AndErrorsExitWith1()
    {
        var (kode, output, err) = await Run("kepemiluan", "periksa", "--file", Demo("kepemiluan_1871_pemilu_2024.csv"), "--format", "json");
        Assert.Equal(1, kode);
        Assert.Empty(err);
        using var json = JsonDocument.Parse(output);
        var kota = json.RootElement.GetProperty("wilayahs").EnumerateArray().Single(w => w.GetProperty("kode").GetString() == "1871");
        Assert.Equal(75.94m, kota.GetProperty("partisipasi").GetDecimal());
        Assert.Equal(21, json.RootElement.GetProperty("wilayahs").GetArrayLength());
        Assert.Equal(5, json.RootElement.GetProperty("temuans").GetArrayLength());
        Assert.Equal("PenggunaDpk", json.RootElement.GetProperty("temuans")[2].GetProperty("aturan").GetString());
    }

    [Fact]
    public async Task Periksa_ABadFile_NamesFileRowAndColumn()
    {
        var path = Path.Combine(folder, "salah.csv");
        var isi = File.ReadAllLines(Demo("kepemiluan_1871_pilkada_2024_gubernur.csv"));
        isi[3] = isi[3].Replace(",22101,", ",22.10,", StringComparison.Ordinal);
        await File.WriteAllLinesAsync(path, isi);
        var (kode, _, err) = await Run("kepemiluan", "periksa", "--file", path);
        Assert.Equal(1, kode);
        Assert.Equal("Kesalahan: salah.csv, baris 4, kolom dpt_l: '22.10' bukan bilangan bulat yang sah; tulis 1234 atau 1.234", err.Trim());
    }

    [Fact]
    public async Task Sintetis_ThenPeriksaWithTheLabels_FindsExactlyTheInjectedErrors()
    {
        var path = Path.Combine(folder, "aceh.csv");
        var (kode, output, _) = await Run("kepemiluan", "sintetis", "--file", path, "--provinsi", "1", "--benih", "3");
        Assert.Equal(0, kode);
        Assert.Matches(@"^[\d.]+ TPS dari 1 provinsi ditulis ke .*aceh\.csv; kesalahan sisipan di .*aceh\.csv\.label\.csv\.$", output.Trim());
        var sisipan = File.ReadAllLines(path + ".label.csv").Length - 1;

        var (kodePeriksa, _, err) = await Run("kepemiluan", "periksa", "--file", path, "--label", path + ".label.csv", "--format", "json");
        Assert.Equal(1, kodePeriksa);
        Assert.Equal($"Pencocokan: {sisipan} kesalahan sisipan, {sisipan} ditemukan tepat, 0 ditemukan dengan aturan lain atau tambahan, 0 terlewat, 0 wilayah bertemuan tanpa sisipan.", err.Trim());
        Assert.Equal(2, (await Run("kepemiluan", "sintetis", "--file", path, "--provinsi", "39")).Kode);
    }

    [Theory]
    [InlineData("--format", "xml", "opsi '--format' harus table atau json; tertulis 'xml'.")]
    [InlineData("--jenis", "pilpres", "opsi '--jenis' harus pemilu atau pilkada; tertulis 'pilpres'.")]
    public async Task Periksa_BadOptions_AreUsageErrors(string opsi, string nilai, string pesan)
    {
        var (kode, _, err) = await Run("kepemiluan", "periksa", "--file", Demo("kepemiluan_1871_pemilu_2024.csv"), opsi, nilai);
        Assert.Equal(2, kode);
        Assert.Equal("Kesalahan: " + pesan, err.Trim());
    }
}
