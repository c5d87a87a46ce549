using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Sakip.Web.Tests.Journeys;

/// <summary>
/// The data officer of KPU Kota Bandar Lampung imports the Pilkada wali kota file: a file with a
/// bad cell is refused with its row and column and nothing changes; the corrected file is taken,
/// its findings are listed, the kecamatan are drilled into, and the participation indicator bound
/// to the contest takes its variables from the data (52,04 %), with a link back to the rows; the
/// operator binds one variable to the governor contest from the realisasi page.
/// </summary>
public class KepemiluanJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static byte[] Berkas(Func<string, string>? ubah = null)
    {
        using var sumber = typeof(App.AppServiceCollectionExtensions).Assembly.GetManifestResourceStream("Sakip.Demo.kepemiluan_1871_pilkada_2024_walikota.csv")!;
        using var baca = new StreamReader(sumber);
        return Encoding.UTF8.GetBytes((ubah ?? (t => t))(baca.ReadToEnd()));
    }

    [Theory]
    [InlineData(1366)]
    [InlineData(390)]
    public Task ImportThePilkadaFile_SeeTheFindings_SeeTheParticipationIndicatorUpdate(int lebar) => browser.RunAsync($"{nameof(ImportThePilkadaFile_SeeTheFindings_SeeTheParticipationIndicatorUpdate)}-{lebar}", async page =>
    {
        await browser.App.RealisasiDrafAsync("1871", "3.1", 51m);
        var indikator = await browser.App.IndikatorAsync("1871", "3.1");
        await page.SetViewportSizeAsync(lebar, 900);
        await browser.MasukAsync(page, "operator.1871");
        await page.GetByRole(AriaRole.Link, new() { Name = "Data Kepemiluan" }).ClickAsync();
        await Expect(page.Locator("table#daftar-kontes")).ToContainTextAsync("52,04 %");
        await Expect(page.Locator("table#riwayat")).ToContainTextAsync("partisipasi tertulis 71,6 %, sedangkan pengguna hak pilih / DPT = 455.975 / 622.829 = 73,21 %");
        await Expect(page.Locator("table#riwayat")).ToContainTextAsync("(selisih 9.000)");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= lebar, "halaman data kepemiluan melebar");
        await page.GetByRole(AriaRole.Link, new() { Name = "Pemilihan Wali Kota dan Wakil Wali Kota Bandar Lampung", Exact = true }).ClickAsync();
        await Expect(page.Locator("#partisipasi")).ToContainTextAsync("52,04 %");
        await page.GetByRole(AriaRole.Link, new() { Name = "Impor ulang" }).ClickAsync();
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= lebar, "halaman impor melebar");

        await page.GetByLabel("Berkas data (CSV atau XLSX, paling besar 32 MB)").SetInputFilesAsync(new FilePayload
        {
            Name = "walikota.csv",
            MimeType = "text/csv",
            Buffer = Berkas(t => t.Replace("187110,RAJABASA,kecamatan,20526,", "187110,RAJABASA,kecamatan,20.52,", StringComparison.Ordinal)),
        });
        await page.Locator("#impor-data").ClickAsync();
        await Expect(page.Locator("#ringkasan-kesalahan")).ToContainTextAsync("walikota.csv, baris 11, kolom dpt_l: '20.52' bukan bilangan bulat yang sah; tulis 1234 atau 1.234");
        await Expect(page.Locator("#ringkasan-kesalahan")).ToContainTextAsync("tidak ada yang disimpan");

        await page.GetByLabel("Berkas data (CSV atau XLSX, paling besar 32 MB)").SetInputFilesAsync(new FilePayload { Name = "walikota.csv", MimeType = "text/csv", Buffer = Berkas() });
        await page.Locator("#impor-data").ClickAsync();
        await Expect(page.Locator("#pesan-impor")).ToContainTextAsync("21 baris menggantikan impor sebelumnya; partisipasi 52,04 %; 0 kesalahan dan 15 peringatan ditemukan");
        await Expect(page.Locator("#pesan-impor")).ToContainTextAsync("Indikator 3.1 Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan: pengguna = 409.093, dpt = 786.182.");
        await Expect(page.Locator("#temuan")).ToContainTextAsync("surat suara diterima 45.702 kurang dari DPT 44.641 + cadangan 2,5 % 1.117 = 45.758 (kurang 56).");
        await Expect(page.Locator("#temuan")).ToContainTextAsync("Pemilihan Gubernur dan Wakil Gubernur Lampung 19.520 (selisih -424).");
        await Expect(page.Locator("#pangsa-dpk")).ToHaveTextAsync("0,09 %");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= lebar, "halaman rekap melebar");

        await page.Locator("table#wilayah-anak").GetByText("RAJABASA").ScrollIntoViewIfNeededAsync();
        await Expect(page.Locator("#w-187110")).ToContainTextAsync("46,96 %");
        await page.Locator("#temuan a", new() { HasText = "TANJUNGKARANG BARAT" }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("wilayah=1871#w-187103$"));

        await page.GotoAsync($"{browser.BaseUrl}/Realisasi/Isi?indikator={indikator}&periode=1");
        await Expect(page.Locator("#nilai-dari-data")).ToHaveTextAsync("52,04 %");
        await Expect(page.Locator("#beda-dari-data")).ToHaveCountAsync(0);
        await Expect(page.Locator("#var-pengguna")).ToHaveValueAsync("409.093");
        await Expect(page.Locator("#var-dpt")).ToHaveValueAsync("786.182");

        // The operator binds dpt to the governor contest instead (the same DPT): the realisasi follows.
        await page.GetByLabel("Variabel", new() { Exact = true }).SelectOptionAsync("dpt");
        await page.GetByLabel("Pemilihan (kosongkan untuk melepas ikatan)").SelectOptionAsync("pilkada-2024|gubernur-18");
        await page.GetByLabel("Angka", new() { Exact = true }).SelectOptionAsync("dpt");
        await page.Locator("#ikat-data").ClickAsync();
        await Expect(page.Locator(".pesan-sukses")).ToContainTextAsync("Variabel dpt diikat pada data kepemiluan. Indikator 3.1 Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan: pengguna = 409.093, dpt = 786.182.");
        await Expect(page.Locator("table#variabel-dari-data")).ToContainTextAsync("Pemilihan Gubernur dan Wakil Gubernur Lampung");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= lebar, "halaman realisasi melebar");
        await page.Locator("table#variabel-dari-data a").First.ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Pemilihan Wali Kota dan Wakil Wali Kota Bandar Lampung");
    });
}
