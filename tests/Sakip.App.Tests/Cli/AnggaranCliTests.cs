using System.Text.Json;
using Sakip.Cli;
using Sakip.Testing;

namespace Sakip.App.Tests.Cli;

/// <summary><c>sakip anggaran</c> prints every node, the totals per source and the revision count; <c>sakip anggaran impor</c> imports with a progress bar.</summary>
public sealed class AnggaranCliTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sakip-anggaran-").FullName;

    public async Task InitializeAsync() => await fixture.MuatDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private async Task<(int Kode, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var kode = await SakipCli.RunAsync(args, output, error, fixture.Configuration);
        return (kode, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Anggaran_PrintsEveryNode_TheTotalsPerSource_AndTheRevisionCount()
    {
        var (kode, output, _) = await Run("anggaran", "--satker", "1871", "--tahun", "2024");

        Assert.Equal(0, kode);
        Assert.Matches(@"│ Jumlah\s+│ Hibah APBD\s+│ hibah\s+│ Rp 37\.000\.000\.000 │ Rp 36\.995\.953\.999 │ 99,99 %", output);
        Assert.Matches(@"│ Jumlah\s+│ Seluruhnya\s+│\s+│ Rp 82\.080\.156\.000 │ Rp 82\.032\.075\.479 │ 99,94 %", output);
        Assert.Matches(@"│\s+BC\s+│ Penyediaan Perlengkapan Pemungutan Suara", output);
        Assert.Contains("Jumlah revisi: 22.", output, StringComparison.Ordinal);

        var (kodeJson, json, _) = await Run("anggaran", "--satker", "1871", "--tahun", "2024", "--format", "json");
        Assert.Equal(0, kodeJson);
        using var dok = JsonDocument.Parse(json);
        Assert.Equal(22, dok.RootElement.GetProperty("jumlahRevisi").GetInt32());
        Assert.Equal(99.94m, dok.RootElement.GetProperty("jumlah").GetProperty("penyerapan").GetDecimal());
        Assert.Equal(45_080_156_000m, dok.RootElement.GetProperty("perSumber").GetProperty("rm").GetProperty("pagu").GetDecimal());
        Assert.Equal(28, dok.RootElement.GetProperty("baris").GetArrayLength()); // 30 lines; the program and kegiatan 6869 are in both sources

        Assert.Equal(2, (await Run("anggaran", "--satker", "1871", "--format", "pdf")).Kode);
        var (kodeKosong, _, err) = await Run("anggaran", "--satker", "1871", "--tahun", "2023");
        Assert.Equal(1, kodeKosong);
        Assert.Contains("DIPA 2023 KPU Kota Bandar Lampung belum dimuat", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Impor_TakesARevisionWithItsParticulars_ShowsProgress_AndRefusesABadFileByRowAndColumn()
    {
        using var sumber = typeof(AppServiceCollectionExtensions).Assembly.GetManifestResourceStream("Sakip.Demo.anggaran_18_2024.csv")!;
        var asli = await new StreamReader(sumber).ReadToEndAsync();
        var path = Path.Combine(folder, "dipa-18.csv");
        await File.WriteAllTextAsync(path, asli.Replace("Rp 12.823.045.000,-", "Rp 12.900.000.000,-", StringComparison.Ordinal));

        var tanpaRevisi = await Run("anggaran", "impor", "--satker", "18", "--tahun", "2024", "--file", path);
        Assert.Equal(1, tanpaRevisi.Kode);
        Assert.Contains("Pagu 1 baris berbeda dari DIPA yang berlaku (DIPA awal): 076.01.WA (APBN (Rupiah Murni)) Rp 12.823.045.000 menjadi Rp 12.900.000.000.", tanpaRevisi.Err, StringComparison.Ordinal);

        var (kode, output, err) = await Run("anggaran", "impor", "--satker", "18", "--tahun", "2024", "--file", path, "--revisi-jenis", "kanwil", "--revisi-tanggal", "2024-07-01", "--revisi-alasan", "Tambahan pagu dukungan manajemen");
        Assert.Equal(0, kode);
        Assert.StartsWith("revisi ke-1: 2 baris; pagu Rp 51.119.609.000, realisasi Rp 0 (0,00 %).", output, StringComparison.Ordinal);
        Assert.Contains("  pagu 076.01.WA (APBN (Rupiah Murni)): Rp 12.823.045.000 -> Rp 12.900.000.000", output, StringComparison.Ordinal);
        Assert.Contains("100 %", err, StringComparison.Ordinal);

        var salah = Path.Combine(folder, "salah.csv");
        await File.WriteAllTextAsync(salah, asli.Replace("Rp 38.219.609.000,-", "38,2 miliar", StringComparison.Ordinal));
        var gagal = await Run("anggaran", "impor", "--satker", "18", "--tahun", "2024", "--file", salah);
        Assert.Equal(1, gagal.Kode);
        Assert.Contains("salah.csv, baris 2, kolom pagu: '38,2 miliar' bukan jumlah rupiah", gagal.Err, StringComparison.Ordinal);
        Assert.Equal(2, (await Run("anggaran", "impor", "--satker", "18", "--tahun", "2024", "--file", salah, "--revisi-jenis", "lain")).Kode);
    }
}
