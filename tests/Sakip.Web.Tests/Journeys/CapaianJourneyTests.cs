using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Sakip.Web.Tests.Journeys;

/// <summary>The first journey of a planning officer: open Sakip, choose a satker and year, read the measurement, print it.</summary>
public class CapaianJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public Task Officer_OpensSakip_SeesBandarLampung2024ComputedFromData() => browser.RunAsync(nameof(Officer_OpensSakip_SeesBandarLampung2024ComputedFromData), async page =>
    {
        await page.GotoAsync(browser.BaseUrl + "/");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Masuk\\?kembali="));
        await browser.MasukAsync(page, "operator.1871");
        await Expect(page).ToHaveTitleAsync("Beranda KPU Kota Bandar Lampung 2024 · Sakip");
        await page.GetByRole(AriaRole.Link, new() { Name = "Capaian Kinerja", Exact = true }).ClickAsync();

        await Expect(page).ToHaveTitleAsync("Capaian Kinerja KPU Kota Bandar Lampung 2024 · Sakip");
        var dpt = page.Locator("table.pengukuran tbody tr", new() { Has = page.Locator("th", new() { HasTextString = "1.2" }) });
        await Expect(dpt.Locator("td.angka")).ToContainTextAsync("143,75 %");
        await Expect(page.Locator(".kartu").First).ToContainTextAsync("109,81 %");
        await Expect(page.Locator("svg.grafik g.batang")).ToHaveCountAsync(16);
        await Expect(page.Locator("svg.grafik").First.Locator("line.garis100")).ToHaveCountAsync(1);
        await Expect(page.Locator("svg.grafik").First.Locator("rect.k0").First).ToBeVisibleAsync();
    });

    [Fact]
    public Task Officer_SwitchesToTheProvinceWithTheKeyboard_AndPicksTheSekretarisAgreement() => browser.RunAsync(nameof(Officer_SwitchesToTheProvinceWithTheKeyboard_AndPicksTheSekretarisAgreement), async page =>
    {
        await browser.MasukAsync(page, "operator.18");
        await page.GetByRole(AriaRole.Link, new() { Name = "Capaian Kinerja", Exact = true }).ClickAsync();

        await page.Locator("#satker").FocusAsync();
        await page.Locator("#satker").SelectOptionAsync("18");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("2024");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("#judul-pk")).ToHaveTextAsync("KPU Provinsi Lampung · 2024");
        await Expect(page.Locator("table.pengukuran tbody tr:not(.baris-sasaran)")).ToHaveCountAsync(10);
        await page.Locator("#pk").SelectOptionAsync("SEKRETARIS");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tampilkan" }).ClickAsync();

        await Expect(page.Locator("table.pengukuran tbody tr:not(.baris-sasaran)")).ToHaveCountAsync(18);
        await Expect(page.Locator(".keterangan-pk")).ToContainTextAsync("MASHUR SAMPURNA JAYA");
        await Expect(page.Locator("table.pengukuran")).ToContainTextAsync("realisasi belum diisi");
    });

    [Fact]
    public Task Officer_TypesAYearWithoutData_IsToldWhichYearsExist() => browser.RunAsync(nameof(Officer_TypesAYearWithoutData_IsToldWhichYearsExist), async page =>
    {
        await browser.MasukAsync(page, "pimpinan.1871");
        await page.GotoAsync(browser.BaseUrl + "/Capaian?satker=1871&tahun=2024");
        await page.Locator("#tahun").FillAsync("2021");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tampilkan" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Belum ada Perjanjian Kinerja tahun 2021");
        await page.GetByRole(AriaRole.Link, new() { Name = "2024" }).ClickAsync();
        await Expect(page.Locator("#judul-pk")).ToHaveTextAsync("KPU Kota Bandar Lampung · 2024");
    });

    [Fact]
    public Task Officer_PrintsTheDashboard_ToAnA4Pdf() => browser.RunAsync(nameof(Officer_PrintsTheDashboard_ToAnA4Pdf), async page =>
    {
        await browser.MasukAsync(page, "pemantau.1871");
        await page.GotoAsync(browser.BaseUrl + "/Capaian?satker=1871&tahun=2024");
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(page.Locator("form.pilih")).ToBeHiddenAsync();
        await Expect(page.Locator(".keluar")).ToBeHiddenAsync();
        await Expect(page.Locator(".kop-cetak")).ToContainTextAsync("KPU KOTA BANDAR LAMPUNG");
        await Expect(page.Locator(".tanda-tangan-cetak")).ToBeVisibleAsync();
        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = true });
        Assert.True(pdf.Length > 10_000);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
    });

    [Fact]
    public Task OperatorOfAnotherSatker_IsRefused_AndSeesOnlyHisOwnSatker() => browser.RunAsync(nameof(OperatorOfAnotherSatker_IsRefused_AndSeesOnlyHisOwnSatker), async page =>
    {
        await browser.MasukAsync(page, "operator.1801");
        await Expect(page.Locator("h1")).ToHaveTextAsync("KPU Kabupaten Lampung Barat · " + DateTime.UtcNow.AddHours(7).Year);
        await page.GetByRole(AriaRole.Link, new() { Name = "Capaian Kinerja", Exact = true }).ClickAsync();
        await Expect(page.Locator("#satker option")).ToHaveCountAsync(1);
        await Expect(page.Locator("#satker option")).ToHaveTextAsync("1801 · KPU Kabupaten Lampung Barat (belum ada PK)");

        var respons = await page.GotoAsync(browser.BaseUrl + "/Capaian?satker=1871&tahun=2024");

        Assert.Equal(403, respons!.Status);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Anda tidak berhak melihat data KPU Kota Bandar Lampung.");
        await Expect(page.Locator("table.pengukuran")).ToHaveCountAsync(0);
    });

    [Fact]
    public Task User_SignsOut_AndTheDashboardAsksToSignInAgain() => browser.RunAsync(nameof(User_SignsOut_AndTheDashboardAsksToSignInAgain), async page =>
    {
        await browser.MasukAsync(page, "evaluator.1871");
        await page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Masuk$"));
        await page.GotoAsync(browser.BaseUrl + "/Capaian");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Masuk\\?kembali="));
    });

    [Fact]
    public Task TheOfficer_DownloadsTheLkjipAndThePk_AsWordFilesBuiltFromTheData() => browser.RunAsync(nameof(TheOfficer_DownloadsTheLkjipAndThePk_AsWordFilesBuiltFromTheData), async page =>
    {
        await browser.MasukAsync(page, "operator.1871");
        await page.GotoAsync(browser.BaseUrl + "/Capaian");
        var unduh = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Laporan Kinerja (LKjIP) dari data ini (Word)" }).ClickAsync());
        Assert.Equal("lkjip-1871-2024.docx", unduh.SuggestedFilename);
        var jalur = await unduh.PathAsync();
        using (var dok = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(jalur, false))
        {
            Assert.Contains("BAB III AKUNTABILITAS KINERJA", dok.MainDocumentPart!.Document.InnerText, StringComparison.Ordinal);
        }

        await page.GotoAsync(browser.BaseUrl + "/PerjanjianKinerja");
        await page.Locator("main a[href^='/PerjanjianKinerja/Lihat?id=']").First.ClickAsync();
        var pk = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Unduh dokumen Perjanjian Kinerja (Word)" }).ClickAsync());
        Assert.StartsWith("perjanjian-kinerja-1871-2024-", pk.SuggestedFilename, StringComparison.Ordinal);
    });
}
