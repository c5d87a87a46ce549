using System.Text.Json;
using Sakip.Cli;

namespace Sakip.App.Tests.Cli;

/// <summary><c>sakip evaluasi hitung</c> and <c>sakip evaluasi templat periksa</c> work on files alone, without a database.</summary>
public sealed class EvaluasiCliTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sakip-evaluasi-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static async Task<(int Kode, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var kode = await SakipCli.RunAsync(args, output, error);
        return (kode, output.ToString(), error.ToString());
    }

    private string Berkas(string nama, string isi)
    {
        var path = Path.Combine(folder, nama);
        File.WriteAllText(path, isi);
        return path;
    }

    [Fact]
    public async Task Hitung_PerSubComponent_PrintsEveryValue_TheTotal_AndThePredikat_AsJson()
    {
        var path = Berkas("jawaban.csv", "kode,jawaban\n1.a,100 %\n1.b,\"83,33 %\"\n1.c,100\n2.a,100\n2.b,50\n2.c,0\n3.a,100\n3.b,100\n3.c,100\n4.a,100\n4.b,100\n4.c,100\n");
        var (kode, output, err) = await Run("evaluasi", "hitung", "--input", path, "--metode", "subkomponen");
        Assert.True(kode == 0, err);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(("88-2021", "subkomponen", 64.4m, "B", "Baik"), (root.GetProperty("templat").GetString(), root.GetProperty("metode").GetString(), root.GetProperty("nilai").GetDecimal(), root.GetProperty("predikat").GetString(), root.GetProperty("sebutan").GetString()));
        var komponen = root.GetProperty("komponen").EnumerateArray().ToList();
        // 1: 4,8 + 6,3 + 12 (BB, B, BB); 2: 4,8 + 4,5 + 0 (BB, C, E); 3 and 4 all BB.
        Assert.Equal([23.1m, 9.3m, 12m, 20m], komponen.Select(k => k.GetProperty("nilai").GetDecimal()));
        Assert.Equal(["BB", "C", "BB", "BB"], komponen.Select(k => k.GetProperty("huruf").GetString()));
        Assert.Equal(["BB", "B", "BB"], komponen[0].GetProperty("subkomponen").EnumerateArray().Select(s => s.GetProperty("huruf").GetString()));
    }

    [Fact]
    public async Task Hitung_AsTable_NamesTheScaleOfTheComponentLetters()
    {
        var path = Berkas("jawaban.csv", "kode,jawaban\n" + string.Join("\n", App.Evaluasi.TemplatLkeJson.Bawaan("88-2021").Nilai!.SemuaKriteria.Select(x => x.Kriteria.Kode + ",BB")));
        var (kode, output, _) = await Run("evaluasi", "hitung", "--input", path, "--format", "table");
        Assert.Equal(0, kode);
        Assert.Contains("NILAI EVALUASI", output, StringComparison.Ordinal);
        Assert.Contains("Predikat BB (Sangat Baik).", output, StringComparison.Ordinal);
        Assert.Contains("skala predikat PermenPANRB 88/2021", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hitung_WithBadRowsOrUnanswered_ListsThem_AndExits1()
    {
        var (kode, _, err) = await Run("evaluasi", "hitung", "--input", Berkas("salah.csv", "kode,jawaban\n1.a.1,ZZ\n"));
        Assert.Equal(1, kode);
        Assert.Contains("Kesalahan salah.csv: Jawaban 'ZZ' untuk kriteria 1.a.1 tidak ada di skala AA sampai E (AA, A, BB, B, CC, C, D, E).", err, StringComparison.Ordinal);
        Assert.Contains("79 kriteria belum dijawab", err, StringComparison.Ordinal);
        Assert.Contains("Nilai evaluasi tidak dihitung.", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--metode", "rata", "Metode penilaian harus 'kriteria' atau 'subkomponen'")]
    [InlineData("--templat", "2030", "Templat LKE '2030' tidak dikenal")]
    [InlineData("--format", "xml", "opsi '--format' harus json atau table")]
    public async Task Hitung_BadOptions_ExitWith2(string opsi, string nilai, string pesan)
    {
        var (kode, _, err) = await Run("evaluasi", "hitung", "--input", Berkas("a.csv", "kode,jawaban\n"), opsi, nilai);
        Assert.Equal(2, kode);
        Assert.Contains(pesan, err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TemplatPeriksa_AcceptsTheShippedFile_AndRefusesABadOne()
    {
        await using (var aliran = typeof(App.Evaluasi.TemplatLkeJson).Assembly.GetManifestResourceStream("Sakip.Lke.lke-88-2021.json")!)
        await using (var tulis = File.Create(Path.Combine(folder, "lke.json")))
        {
            await aliran.CopyToAsync(tulis);
        }

        var (kode, output, _) = await Run("evaluasi", "templat", "periksa", "--file", Path.Combine(folder, "lke.json"));
        Assert.Equal((0, "Templat 88-2021 sah: 4 komponen, 12 subkomponen, 80 kriteria."), (kode, output.Trim()));

        var (salah, _, err) = await Run("evaluasi", "templat", "periksa", "--file", Berkas("buruk.json", "{\"kode\":\"x\",\"nama\":\"x\",\"tahunAwal\":2025,\"komponen\":[]}"));
        Assert.Equal(1, salah);
        Assert.Contains("Berkas buruk.json: Templat x tidak memiliki komponen.", err, StringComparison.Ordinal);
    }
}
