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

    [Fact]
    public async Task APrintedEvaluation_IsImportedFromFiles_AndPrintedWithItsFindings()
    {
        await EvaluasiUji.BuatAsync(fixture);
        var dir = Directory.CreateTempSubdirectory("sakip-evaluasi-");
        try
        {
            var hasil = Path.Combine(dir.FullName, "tabel20.csv");
            var rekomendasi = Path.Combine(dir.FullName, "tabel21.csv");
            await File.WriteAllTextAsync(hasil, "komponen,nilai,huruf\n1,23.10,A\n2,17.47,BB\n3,11.55,BB\n4,17.00,B\ntotal,73.75,BB\n");
            await File.WriteAllTextAsync(rekomendasi, "komponen,rekomendasi,tindak_lanjut\n3,Publikasikan Laporan Kinerja,Diunggah ke laman\n");

            var (kode, output, err) = await Run("evaluasi", "impor", "--satker", "1871", "--tahun", "2020", "--templat", "88-2021", "--hasil", hasil, "--rekomendasi", rekomendasi, "--sumber", "LKjIP 2024, Tabel 20");
            Assert.True(kode == 0, err);
            Assert.Contains("Evaluasi SAKIP 1871 tahun 2020 dicatat: nilai tercetak 73,75, 1 rekomendasi.", output, StringComparison.Ordinal);
            Assert.Contains("Temuan: Nilai komponen berjumlah 69,12, tetapi nilai evaluasi tercetak 73,75 (selisih 4,63).", output, StringComparison.Ordinal);

            var (_, json, _) = await Run("evaluasi", "--satker", "1871", "--tahun", "2020", "--format", "json");
            using var doc = JsonDocument.Parse(json);
            var tercetak = doc.RootElement.GetProperty("tercetak");
            Assert.Equal((73.75m, "BB", 3), (tercetak.GetProperty("nilai").GetDecimal(), tercetak.GetProperty("predikat").GetString(), tercetak.GetProperty("temuan").GetArrayLength()));
            Assert.Contains("Temuan: Komponen Pengukuran Kinerja", (await Run("evaluasi", "--satker", "1871", "--tahun", "2020")).Out, StringComparison.Ordinal);

            await File.WriteAllTextAsync(hasil, "kode,jawaban\n1.a.1,A\n");
            var (gagal, _, pesan) = await Run("evaluasi", "impor", "--satker", "1871", "--tahun", "2019", "--templat", "88-2021", "--hasil", hasil, "--sumber", "LHE");
            Assert.Equal((1, true), (gagal, pesan.Contains("tabel20.csv, baris 1: kepala kolom harus memuat komponen,nilai", StringComparison.Ordinal)));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task ATemplateFile_IsStored_ThenRefusedUnderAShippedCode()
    {
        await EvaluasiUji.BuatAsync(fixture);
        var berkas = Path.Combine(Path.GetTempPath(), $"lke-kpu-{Guid.NewGuid():N}.json");
        try
        {
            var t = App.Evaluasi.TemplatLkeJson.Bawaan("88-2021").Nilai! with { Kode = "kpu-cli", Nama = "LKE KPU", TahunAwal = 2040 };
            await File.WriteAllTextAsync(berkas, App.Evaluasi.TemplatLkeJson.Tulis(t));
            var (kode, output, err) = await Run("evaluasi", "templat", "impor", "--file", berkas);
            Assert.True(kode == 0, err);
            Assert.Equal("Templat kpu-cli disimpan: 80 kriteria.", output.Trim());

            await File.WriteAllTextAsync(berkas, App.Evaluasi.TemplatLkeJson.Tulis(t with { Kode = "12-2015" }));
            var (gagal, _, pesan) = await Run("evaluasi", "templat", "impor", "--file", berkas);
            Assert.Equal((1, true), (gagal, pesan.Contains("Kode 12-2015 milik templat bawaan Sakip", StringComparison.Ordinal)));
        }
        finally
        {
            File.Delete(berkas);
        }
    }
}
