using System.Text.Json;
using Sakip.App.Tests.Features.Evaluasi;
using Sakip.Cli;
using Sakip.Testing;

namespace Sakip.App.Tests.Cli;

/// <summary><c>sakip evaluasi --satker --tahun</c> prints a stored evaluation: its rounds, and each round's values once complete.</summary>
public class EvaluasiTersimpanCliTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private async Task<(int Kode, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var kode = await SakipCli.RunAsync(args, output, error, fixture.Configuration);
        return (kode, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task AFinishedEvaluation_AsJsonAndTable_AndTheRefusals()
    {
        var p = await EvaluasiUji.BuatAsync(fixture);
        await EvaluasiUji.SelesaikanAsync(fixture, p, 2024, k => k == "2.a.1" ? "CC" : "BB");

        var (kode, output, err) = await Run("evaluasi", "--satker", "1871", "--tahun", "2024", "--format", "json");
        Assert.True(kode == 0, err);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(("1871", 79.6m, "BB"), (root.GetProperty("satker").GetString(), root.GetProperty("nilaiAkhir").GetDecimal(), root.GetProperty("predikatAkhir").GetString()));
        var putaran = root.GetProperty("putaran").EnumerateArray().ToList();
        Assert.Equal(["Evaluasi mandiri", "Penilaian evaluator", "Nilai akhir"], putaran.Select(x => x.GetProperty("putaran").GetString()));
        Assert.Equal([80m, 79.6m, 79.6m], putaran.Select(x => x.GetProperty("hasil").GetProperty("nilai").GetDecimal()));

        var (kodeTabel, tabel, _) = await Run("evaluasi", "--satker", "1871", "--tahun", "2024");
        Assert.Equal(0, kodeTabel);
        Assert.Contains("- Nilai akhir: ", tabel, StringComparison.Ordinal);
        Assert.Contains("NILAI EVALUASI", tabel, StringComparison.Ordinal);

        var (belum, _, pesan) = await Run("evaluasi", "--satker", "1871", "--tahun", "2030");
        Assert.Equal((1, true), (belum, pesan.Contains("Evaluasi SAKIP KPU Kota Bandar Lampung tahun 2030 belum dibuka.", StringComparison.Ordinal)));
        Assert.Equal(2, (await Run("evaluasi")).Kode);
        Assert.Equal(2, (await Run("evaluasi", "--satker", "1871", "--tahun", "dua")).Kode);
    }
}
