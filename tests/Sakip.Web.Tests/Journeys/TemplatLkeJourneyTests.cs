using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Sakip.Web.Tests.Journeys;

/// <summary>
/// The administrator of KPU RI copies the 88/2021 LKE into a KPU version, edits it in the browser
/// (a criterion reworded, a weight that breaks the total refused with nothing saved, a criterion
/// added), and an evaluator opening a later year gets the new version by default.
/// </summary>
public class TemplatLkeJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(1366, 2031)]
    [InlineData(390, 2036)]
    public Task TheAdministrator_CopiesAndEditsATemplate_WhichServesItsYears(int lebar, int tahun) => browser.RunAsync($"{nameof(TheAdministrator_CopiesAndEditsATemplate_WhichServesItsYears)}-{lebar}", async page =>
    {
        await page.SetViewportSizeAsync(lebar, 900);
        var kode = $"kpu-{tahun}";
        await browser.MasukAsync(page, "admin.00");
        await page.GotoAsync($"{browser.BaseUrl}/Evaluasi?satker=00&tahun={tahun}");
        await page.Locator("#kelola-templat").ClickAsync();
        await Expect(page.Locator("#daftar-templat")).ToContainTextAsync("88-2021");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= lebar, "daftar templat melebar");

        await page.Locator("#salin-templat").ClickAsync();
        await Expect(page.Locator("#ringkasan-kesalahan")).ToContainTextAsync("Isi kode templat");
        await page.GetByLabel("Kode versi baru").FillAsync(kode);
        await page.GetByLabel("Nama", new() { Exact = true }).FillAsync($"LKE KPU {tahun}");
        await page.GetByLabel("Tahun pertama yang dilayani").FillAsync(tahun.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#salin-templat").ClickAsync();
        await Expect(page.Locator(".pesan-sukses")).ToContainTextAsync($"Templat {kode} disimpan sebagai salinan");

        // A weight that breaks the total is refused and nothing is saved.
        await page.Locator("#baris-1-a-1 textarea").FillAsync("Renstra KPU tersedia dan ditetapkan tepat waktu");
        await page.Locator("#baris-1 input[name$='.Bobot']").FillAsync("35");
        await page.Locator("#simpan-templat").ClickAsync();
        await Expect(page.Locator("#ringkasan-kesalahan")).ToContainTextAsync("100");
        await page.Locator("#baris-1 input[name$='.Bobot']").FillAsync("30");
        await page.Locator("#baris-1-a-7 textarea").FillAsync("Rencana Aksi dipublikasikan di laman satker");
        await page.Locator("#simpan-templat").ClickAsync();
        await Expect(page.Locator(".pesan-sukses")).ToHaveTextAsync($"Templat {kode} disimpan.");
        await Expect(page.Locator("#baris-1-a-7 textarea")).ToHaveValueAsync("Rencana Aksi dipublikasikan di laman satker");
        await Expect(page.Locator("#baris-1-a-8 textarea")).ToHaveValueAsync(string.Empty);
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= lebar, "penyunting templat melebar");

        // The province's evaluator opening that year gets it by default, with the new criterion.
        await page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();
        await browser.MasukAsync(page, "evaluator.18");
        await page.GotoAsync($"{browser.BaseUrl}/Evaluasi?satker=1801&tahun={tahun}");
        await Expect(page.Locator("#templat")).ToHaveValueAsync(kode);
        await page.Locator("#buka-evaluasi").ClickAsync();
        await Expect(page.Locator("#kriteria-1\\.a\\.7")).ToContainTextAsync("Rencana Aksi dipublikasikan di laman satker");
    });
}
