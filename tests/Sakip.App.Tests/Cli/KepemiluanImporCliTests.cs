using Microsoft.EntityFrameworkCore;
using Sakip.Cli;
using Sakip.Testing;

namespace Sakip.App.Tests.Cli;

/// <summary><c>sakip kepemiluan impor</c>: the file checked whole, then written, with a progress bar on the error stream.</summary>
public sealed class KepemiluanImporCliTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sakip-impor-").FullName;

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

    private string Demo(string nama, Func<string, string>? ubah = null)
    {
        using var sumber = typeof(App.AppServiceCollectionExtensions).Assembly.GetManifestResourceStream("Sakip.Demo." + nama)!;
        using var baca = new StreamReader(sumber);
        var path = Path.Combine(folder, nama);
        File.WriteAllText(path, (ubah ?? (t => t))(baca.ReadToEnd()));
        return path;
    }

    [Fact]
    public async Task Impor_OfASyntheticProvinceByKpuRi_StoresExactlyTheInjectedErrors()
    {
        var path = Path.Combine(folder, "aceh.csv");
        Assert.Equal(0, (await Run("kepemiluan", "sintetis", "--file", path, "--provinsi", "1", "--benih", "9")).Kode);
        var sisipan = File.ReadLines(path + ".label.csv").Count() - 1;

        var (kode, output, err) = await Run("kepemiluan", "impor", "--satker", "00", "--acara", "pemilu-2024", "--kontes", "ppwp", "--file", path, "--label", path + ".label.csv");

        Assert.Equal(0, kode);
        var baris = File.ReadLines(path).Count() - 1;
        Assert.StartsWith($"Pemilihan Presiden dan Wakil Presiden: {baris} baris diimpor; partisipasi ", output, StringComparison.Ordinal);
        Assert.Contains($"Pencocokan: {sisipan} kesalahan sisipan, {sisipan} ditemukan tepat, 0 ditemukan dengan aturan lain atau tambahan, 0 terlewat, 0 wilayah bertemuan tanpa sisipan.", err, StringComparison.Ordinal);
        Assert.Equal(baris, await fixture.ExecuteDbContextAsync(db => db.AngkaKepemiluans.CountAsync(a => a.KodeWilayah.StartsWith("11"))));
    }

    [Fact]
    public async Task Riwayat_RecordsThePrintedHistory_AndPrintsWhatDoesNotAgree()
    {
        var path = Demo("kepemiluan_1871_riwayat.csv");
        var (kode, output, _) = await Run("kepemiluan", "riwayat", "--satker", "1871", "--file", path);
        Assert.Equal(0, kode);
        Assert.Equal(
            [
                "6 pemilihan dicatat; 3 temuan.",
                "  - Pilkada Tahun 2018 (2018): partisipasi tertulis 71,6 %, sedangkan pengguna hak pilih / DPT = 455.975 / 622.829 = 73,21 %.",
                "  - Pilkada Serentak Tahun 2024 (2024): partisipasi tertulis 52,04 %, sedangkan pengguna hak pilih / DPT = 400.093 / 786.182 = 50,89 %.",
                "  - Pilkada Serentak Tahun 2024 (2024): pengguna hak pilih tertulis 400.093, sedangkan data Pemilihan Wali Kota dan Wakil Wali Kota Bandar Lampung di Sakip berjumlah 409.093 (selisih 9.000).",
            ],
            output.TrimEnd().Split(Environment.NewLine));
        var salah = Path.Combine(folder, "salah.csv");
        await File.WriteAllTextAsync(salah, "tahun,pemilihan,jenis,dpt,pengguna,persen_tercetak,sumber\n2018,Pilkada,pilkada,abc,1,,X\n");
        var (kodeSalah, _, err) = await Run("kepemiluan", "riwayat", "--satker", "1871", "--file", salah);
        Assert.Equal(1, kodeSalah);
        Assert.Contains("salah.csv, baris 2, kolom dpt: 'abc' bukan jumlah bulat", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Impor_ReplacesTheSatkersImport_ShowsProgress_AndSaysWhatBecameOfTheBoundIndicators()
    {
        var (kode, output, err) = await Run("kepemiluan", "impor", "--satker", "1871", "--acara", "pilkada-2024", "--kontes", "walikota-1871", "--file", Demo("kepemiluan_1871_pilkada_2024_walikota.csv"));
        Assert.Equal(0, kode);
        Assert.Equal(
            [
                "Pemilihan Wali Kota dan Wakil Wali Kota Bandar Lampung: 21 baris menggantikan impor sebelumnya; partisipasi 52,04 %; 0 kesalahan, 15 peringatan.",
                "Indikator 1.2 Persentase Pemilih yang berhak memilih Tetapi Tidak Masuk dalam Daftar Pemilih Tetap: realisasi tidak diperbarui karena realisasi periode 2024 sudah diverifikasi.",
                "Indikator 3.1 Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan: realisasi tidak diperbarui karena realisasi periode 2024 sudah diverifikasi.",
            ],
            output.TrimEnd().Split(Environment.NewLine));
        Assert.EndsWith("[####################] 100 % Mengimpor kepemiluan_1871_pilkada_2024_walikota.csv", err.TrimEnd(), StringComparison.Ordinal);
        var pengimpor = await fixture.ExecuteDbContextAsync(db => db.ImporKepemiluans.Where(i => i.Kontes.Kode == "walikota-1871").Select(i => i.Pengimpor).SingleAsync());
        Assert.Equal("Sistem (baris perintah)", pengimpor);
    }

    [Fact]
    public async Task Impor_ABadFile_WritesNothing_AndNamesEveryCell()
    {
        var sebelum = await fixture.ExecuteDbContextAsync(db => db.ImporKepemiluans.Where(i => i.Kontes.Kode == "gubernur-18").Select(i => i.Sha256).SingleAsync());
        var path = Demo("kepemiluan_1871_pilkada_2024_gubernur.csv", t => t.Replace("187101,KEDATON,kecamatan,19054,", "187101,KEDATON,kecamatan,-19054,", StringComparison.Ordinal).Replace("187102,", "317102,", StringComparison.Ordinal));
        var (kode, output, err) = await Run("kepemiluan", "impor", "--satker", "1871", "--acara", "pilkada-2024", "--kontes", "gubernur-18", "--file", path);
        Assert.Equal(1, kode);
        Assert.Empty(output);
        Assert.Contains("Kesalahan: Berkas kepemiluan_1871_pilkada_2024_gubernur.csv tidak diimpor: 2 kesalahan.", err, StringComparison.Ordinal);
        Assert.Contains("  - Berkas: kepemiluan_1871_pilkada_2024_gubernur.csv, baris 2, kolom dpt_l: '-19054' negatif", err, StringComparison.Ordinal);
        Assert.Contains("  - Berkas: kepemiluan_1871_pilkada_2024_gubernur.csv, baris 3, kolom kode_wilayah: wilayah 31.71.02 di luar wilayah KPU Kota Bandar Lampung (1871)", err, StringComparison.Ordinal);
        Assert.Equal(sebelum, await fixture.ExecuteDbContextAsync(db => db.ImporKepemiluans.Where(i => i.Kontes.Kode == "gubernur-18").Select(i => i.Sha256).SingleAsync()));
    }

    [Fact]
    public async Task Kontes_RecordsAnEventAndItsContest_ThenIkatBindsAVariable()
    {
        var (kode, output, err) = await Run("kepemiluan", "kontes", "--acara", "pilkada-2029", "--nama-acara", "Pemilihan Serentak 2029", "--jenis", "pilkada", "--tanggal", "2029-11-28", "--kontes", "walikota-1871", "--nama", "Pemilihan Wali Kota Bandar Lampung 2029", "--wilayah", "1871", "--calon", "Satu – Dua", "--calon", "Tiga – Empat");
        Assert.Equal((0, string.Empty), (kode, err));
        Assert.Equal("Pemilihan walikota-1871 dicatat pada acara pilkada-2029 (acara baru).", output.Trim());
        Assert.Equal(2, await fixture.ExecuteDbContextAsync(db => db.KontesPemilus.Where(k => k.Acara.Kode == "pilkada-2029").SelectMany(k => k.Calons).CountAsync()));
        Assert.Equal("Kesalahan: opsi '--tanggal' harus berbentuk 2024-11-27; tertulis '28/11/2029'.", (await Run("kepemiluan", "kontes", "--acara", "x", "--tanggal", "28/11/2029", "--kontes", "y", "--nama", "Y")).Err.Trim());

        var ikat = await Run("kepemiluan", "ikat", "--satker", "1871", "--tahun", "2024", "--indikator", "1.2", "--variabel", "dptb", "--acara", "pilkada-2024", "--kontes", "walikota-1871", "--wilayah", "1871", "--kolom", "pengguna_dptb");
        Assert.Equal(0, ikat.Kode);
        Assert.StartsWith("Indikator 1.2 Persentase Pemilih yang berhak memilih Tetapi Tidak Masuk dalam Daftar Pemilih Tetap: variabel dptb diikat pada data kepemiluan.", ikat.Out, StringComparison.Ordinal);
        Assert.Contains("realisasi tidak diperbarui karena realisasi periode 2024 sudah diverifikasi.", ikat.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Impor_AnUnknownSatkerOrEvent_IsSaid()
    {
        var path = Demo("kepemiluan_1871_pemilu_2024.csv");
        Assert.Equal("Kesalahan: satker '9999' tidak ditemukan.", (await Run("kepemiluan", "impor", "--satker", "9999", "--acara", "pemilu-2024", "--file", path)).Err.Trim());
        Assert.StartsWith("Kesalahan: Acara pemilihan 'pemilu-2029' tidak ada; yang ada: pemilu-2024, pilkada-2024", (await Run("kepemiluan", "impor", "--satker", "1871", "--acara", "pemilu-2029", "--file", path)).Err.Trim(), StringComparison.Ordinal);
    }
}
