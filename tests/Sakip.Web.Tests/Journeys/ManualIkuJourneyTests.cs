using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Sakip.Web.Tests.Journeys;

/// <summary>
/// The links the LKjIP's Bab II and Bab III draw on (issue 10, item 4): the operator writes an
/// indicator's manual, is told beside the field what is missing, links it to the Renstra indicator
/// it carries forward and to a national priority, and finds both in the report.
/// </summary>
public class ManualIkuJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(1366, "5.2", "Persentase kesesuaian antara renstra")]
    [InlineData(390, "2.4", "Persentase pelaksanaan pelayanan administrasi perkantoran")]
    public Task Operator_LinksAnIndicatorToTheRenstra_AndTheReportComparesThem(int lebar, string kode, string indikatorRenstra) => browser.RunAsync($"{nameof(Operator_LinksAnIndicatorToTheRenstra_AndTheReportComparesThem)}-{lebar}", async page =>
    {
        await page.SetViewportSizeAsync(lebar, 900);
        await browser.MasukAsync(page, "operator.1871");
        await page.GotoAsync(browser.BaseUrl + "/ManualIku?satker=1871&tahun=2024");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Tulis manual indikator {kode}" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync($"Manual indikator {kode}");

        var pilihan = await page.Locator("#renstra option", new() { HasTextString = indikatorRenstra }).GetAttributeAsync("value");
        await page.GetByLabel("Indikator Renstra yang diturunkan").SelectOptionAsync(pilihan!);
        await page.GetByLabel("Prioritas Nasional (kode dan nama)").FillAsync("07.01.01.01 PRO-P: Penguatan Penyelenggara Pemilu");
        await page.Locator("#simpan-manual").ClickAsync();
        await Expect(page.Locator("#ringkasan-kesalahan")).ToContainTextAsync("Isi definisi operasional.");
        await Expect(page.GetByLabel("Indikator Renstra yang diturunkan")).ToHaveValueAsync(pilihan!);
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= lebar, "halaman manual IKU melebar");

        await page.GetByLabel("Definisi operasional").FillAsync("Bagian dokumen perencanaan yang disusun tepat waktu dan sesuai Renstra.");
        await page.Locator("#simpan-manual").ClickAsync();
        await Expect(page.Locator(".pesan-sukses")).ToHaveTextAsync($"Manual indikator {kode} disimpan.");

        var html = await page.APIRequest.GetAsync(browser.BaseUrl + "/Capaian?handler=Lkjip&format=html&satker=1871&tahun=2024");
        Assert.True(html.Ok);
        var teks = System.Net.WebUtility.HtmlDecode(await html.TextAsync());
        Assert.Contains("07.01.01.01 PRO-P: Penguatan Penyelenggara Pemilu", teks, StringComparison.Ordinal);
        Assert.Contains("Perbandingan dengan Target Renstra", teks, StringComparison.Ordinal);
        Assert.Contains(indikatorRenstra, teks, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("dari target akhir itu.", teks, StringComparison.Ordinal);
    });
}
