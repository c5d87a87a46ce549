using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sakip.Cli;
using Sakip.Testing;

namespace Sakip.App.Tests.Cli;

/// <summary>The CLI end to end: arguments in, text and exit code out, on the fixture's database.</summary>
public class SakipCliTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public async Task InitializeAsync() => await fixture.MuatDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<(int Kode, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var kode = await SakipCli.RunAsync(args, output, error, fixture.Configuration);
        return (kode, output.ToString(), error.ToString());
    }

    private static decimal? Capaian(JsonElement root, string kode) =>
        root.GetProperty("indikators").EnumerateArray().Single(i => i.GetProperty("kode").GetString() == kode).GetProperty("capaian") is { ValueKind: JsonValueKind.Number } n
            ? n.GetDecimal()
            : null;

    [Fact]
    public async Task Capaian_Json_HasTheDocumentedShape()
    {
        var (kode, output, err) = await Run("capaian", "--satker", "1871", "--tahun", "2024", "--format", "json");

        Assert.Equal(0, kode);
        Assert.Empty(err);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("1871", root.GetProperty("satker").GetString());
        Assert.Equal(2024, root.GetProperty("tahun").GetInt32());
        var pertama = root.GetProperty("indikators")[0];
        foreach (var nama in new[] { "kode", "sasaran", "uraian", "target", "realisasi", "capaian", "alasan", "kategori" })
        {
            Assert.True(pertama.TryGetProperty(nama, out _), nama);
        }

        Assert.Equal(143.75m, Capaian(root, "1.2"));
        Assert.Equal(183.33m, Capaian(root, "5.1"));
        Assert.Equal(111.11m, Capaian(root, "2.4"));
        Assert.Equal(66.23m, Capaian(root, "3.1"));
        Assert.Equal(116.67m, Capaian(root, "2.3"));
        Assert.Null(Capaian(root, "1.5"));
        Assert.Equal("realisasi belum diisi", root.GetProperty("indikators").EnumerateArray().Single(i => i.GetProperty("kode").GetString() == "1.5").GetProperty("alasan").GetString());
        Assert.Equal(5, root.GetProperty("sasarans").GetArrayLength());
        Assert.Equal(109.81m, root.GetProperty("capaian").GetDecimal());
        Assert.Equal(6, root.GetProperty("jumlahDiAtas100").GetInt32());
        Assert.Equal(5, root.GetProperty("jumlahSama100").GetInt32());
        Assert.Equal(2, root.GetProperty("jumlahDiBawah100").GetInt32());
    }

    [Theory]
    [InlineData("--rumus-turun", "t/r", "177.78")]
    [InlineData("--batas", "100", "100")]
    public async Task Capaian_PolicyOptions_ChangeTheDptIndicator(string opsi, string nilai, string expected)
    {
        var (kode, output, _) = await Run("capaian", "--satker", "1871", "--tahun", "2024", "--format", "json", opsi, nilai);

        Assert.Equal(0, kode);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Capaian(json.RootElement, "1.2"));
    }

    [Fact]
    public async Task Capaian_Table_ShowsIndonesianFiguresAndThePolicy()
    {
        var (kode, output, _) = await Run("capaian", "--satker", "1871", "--tahun", "2024");

        Assert.Equal(0, kode);
        Assert.Contains("143,75 %", output, StringComparison.Ordinal);
        Assert.Contains("0,16 %", output, StringComparison.Ordinal);
        Assert.Contains("Capaian keseluruhan: 109,81 % (Sangat Baik)", output, StringComparison.Ordinal);
        Assert.Contains("Di atas 100 %: 6; sama dengan 100 %: 5; di bawah 100 %: 2", output, StringComparison.Ordinal);
        Assert.Contains("Kebijakan:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Capaian_Csv_HasAHeaderAndOneLinePerIndicator()
    {
        var (kode, output, _) = await Run("capaian", "--satker", "1871", "--tahun", "2024", "--format", "csv");

        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(0, kode);
        Assert.Equal("kode,sasaran,uraian,target,realisasi,capaian,kategori,alasan", lines[0]);
        Assert.Equal(17, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("1.2,1,", StringComparison.Ordinal) && l.Contains(",143.75,Sangat Baik,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DokumenTriwulan_WritesTheQuarterlyReport_FromTheData()
    {
        var berkas = Path.Combine(Path.GetTempPath(), $"sakip-tw-{Guid.NewGuid():N}.html");
        try
        {
            var (kode, output, err) = await Run("dokumen", "triwulan", "--satker", "1871", "--tahun", "2024", "--triwulan", "2", "--format", "html", "-o", berkas);

            Assert.True(kode == 0, err);
            Assert.Contains(berkas, output, StringComparison.Ordinal);
            var html = await File.ReadAllTextAsync(berkas);
            Assert.Contains("LAPORAN CAPAIAN KINERJA TRIWULAN II TAHUN 2024", html, StringComparison.Ordinal);
            Assert.Contains("Capaian per Indikator sampai Triwulan II", html, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(berkas);
        }
    }

    [Theory]
    [InlineData(new[] { "capaian", "--satker", "9999", "--tahun", "2024" }, 1, "Satker dengan kode '9999' tidak ditemukan.")]
    [InlineData(new[] { "capaian", "--satker", "1871", "--tahun", "dua ribu" }, 2, "opsi '--tahun' harus tahun empat angka")]
    [InlineData(new[] { "capaian", "--tahun", "2024" }, 2, "opsi '--satker' wajib diisi")]
    [InlineData(new[] { "capaian", "--satker", "1871", "--tahun", "2024", "--format", "xml" }, 2, "opsi '--format' harus table, json atau csv")]
    [InlineData(new[] { "capaian", "--satker", "1871", "--tahun", "2024", "--batas", "90" }, 2, "Nilai '90' untuk --batas tidak dikenal")]
    [InlineData(new[] { "capaian", "--satker", "1871", "--tahun", "2024", "--ngawur" }, 2, "perintah atau opsi tidak dikenal: '--ngawur'")]
    [InlineData(new[] { "dokumen", "triwulan", "--satker", "1871", "--tahun", "2024", "--triwulan", "5" }, 1, "Triwulan harus 1, 2, 3 atau 4.")]
    [InlineData(new[] { "dokumen", "triwulan", "--satker", "1871", "--tahun", "2024" }, 1, "Triwulan harus 1, 2, 3 atau 4.")]
    [InlineData(new[] { "predikat" }, 2, "opsi '--skor' wajib diisi")]
    [InlineData(new[] { "predikat", "--skor", "101" }, 2, "--skor harus antara 0 dan 100")]
    [InlineData(new[] { "predikat", "--skor", "tinggi" }, 2, "'tinggi' bukan angka")]
    public async Task BadInput_IsAnIndonesianMessageAndANonZeroExit(string[] args, int expectedKode, string pesan)
    {
        var (kode, _, err) = await Run(args);

        Assert.Equal(expectedKode, kode);
        Assert.Contains(pesan, err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("73,75", "BB")]
    [InlineData("90", "A")]
    [InlineData("90,01", "AA")]
    [InlineData("69.12", "B")]
    [InlineData("30", "D")]
    public async Task Predikat_PrintsTheGrade(string skor, string predikat)
    {
        var (kode, output, _) = await Run("predikat", "--skor", skor);

        Assert.Equal(0, kode);
        Assert.Equal(predikat, output.Trim());
    }

    [Fact]
    public async Task Hitung_ValidRowsComputed_BadRowsListedWithLineNumbers()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rows-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, "id,target,realisasi,arah,jenis\ndpt,\"0,16 %\",\"0,09 %\",turun,persen\nsalah,abc,1,naik,angka\nakip,B,BB,naik,predikat\n");
        try
        {
            var (kode, output, err) = await Run("capaian", "hitung", "--input", path, "--rumus-turun", "t/r");

            Assert.Equal(1, kode);
            using var json = JsonDocument.Parse(output);
            var rows = json.RootElement.EnumerateArray().ToList();
            Assert.Equal(2, rows.Count);
            Assert.Equal(177.78m, rows[0].GetProperty("capaian").GetDecimal());
            Assert.Equal("Sangat Baik", rows[0].GetProperty("kategori").GetString());
            Assert.Equal(JsonValueKind.Null, rows[0].GetProperty("alasan").ValueKind);
            Assert.Equal(116.67m, rows[1].GetProperty("capaian").GetDecimal());
            Assert.Contains("baris 3, kolom target: 'abc' bukan angka", err, StringComparison.Ordinal);
            Assert.Contains(Path.GetFileName(path), err, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Hitung_MissingFile_IsAClearError()
    {
        var (kode, _, err) = await Run("capaian", "hitung", "--input", "/tidak/ada.csv");

        Assert.Equal(1, kode);
        Assert.Contains("berkas '/tidak/ada.csv' tidak ditemukan", err, StringComparison.Ordinal);
    }
}

/// <summary><c>sakip audit verify</c> on an untouched and on a tampered trail (a fixture of its own).</summary>
public class AuditCliTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private async Task<(int Kode, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var kode = await SakipCli.RunAsync(args, output, error, fixture.Configuration);
        return (kode, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task AuditVerify_PassesUntouched_FailsNamingTheRowAlteredInSql()
    {
        await fixture.MuatDemoAsync();

        var (kode, output, _) = await Run("audit", "verify");
        Assert.Equal(0, kode);
        Assert.StartsWith("Jejak audit utuh:", output, StringComparison.Ordinal);

        var id = await fixture.ExecuteDbContextAsync(db => db.JejakAudits.MaxAsync(a => a.Id));
        await fixture.ExecuteDbContextAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"JejakAudits\" SET \"Perubahan\" = '{{}}' WHERE \"Id\" = {0}", id - 3));

        var (rusak, _, err) = await Run("audit", "verify");
        Assert.Equal(1, rusak);
        Assert.Contains($"baris {id - 3}", err, StringComparison.Ordinal);
        Assert.Contains("telah diubah", err, StringComparison.Ordinal);
    }
}
