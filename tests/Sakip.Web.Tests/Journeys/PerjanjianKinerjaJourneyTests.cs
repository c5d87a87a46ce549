using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Sakip.Web.Tests.Journeys;

/// <summary>A PK perubahan in a real browser: the operator drafts it and changes a target, the pimpinan signs, the dashboard follows.</summary>
public class PerjanjianKinerjaJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public Task Operator_RevisesThePk_PimpinanSigns_MeasurementFollowsTheNewVersion_OldStaysReadable() => browser.RunAsync(nameof(Operator_RevisesThePk_PimpinanSigns_MeasurementFollowsTheNewVersion_OldStaysReadable), async page =>
    {
        await browser.MasukAsync(page, "operator.1871");
        await page.GetByRole(AriaRole.Link, new() { Name = "Perjanjian Kinerja", Exact = true }).ClickAsync();
        await page.GetByLabel("Alasan perubahan").FillAsync("Penyesuaian target revisi anggaran setelah Pemilu.");
        await page.GetByLabel("Berlaku mulai").FillAsync("2024-07-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buat perubahan (versi 2)" }).ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("Perjanjian Kinerja 2024 KPU Kota Bandar Lampung, versi 2");
        await Expect(page.Locator("#status-pk")).ToHaveTextAsync("draf");
        await page.GetByLabel("Target 5.1").FillAsync("dua puluh");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan target" }).ClickAsync();
        await Expect(page.Locator(".salah-isian")).ToContainTextAsync("5.1: 'dua puluh' bukan angka");
        await page.GetByLabel("Target 5.1").FillAsync("24 kali");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan target" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Target disimpan.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();

        await browser.MasukAsync(page, "pimpinan.1871");
        await page.GotoAsync(browser.BaseUrl + "/PerjanjianKinerja?satker=1871&tahun=2024");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tandatangani versi 2" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Perjanjian Kinerja ditandatangani");
        await Expect(page.Locator("tbody tr").First).ToContainTextAsync("2 (berlaku)");

        await page.GetByRole(AriaRole.Link, new() { Name = "Capaian Kinerja" }).ClickAsync();
        await Expect(page.Locator(".keterangan-pk")).ToContainTextAsync("versi 2 (perubahan: Penyesuaian target revisi anggaran setelah Pemilu.)");
        var revisi = page.Locator("table.pengukuran tbody tr", new() { Has = page.Locator("th", new() { HasTextString = "5.1" }) });
        await Expect(revisi).ToContainTextAsync("24 kali");
        await Expect(revisi.Locator("td.angka")).ToContainTextAsync("91,67 %");

        await page.GotoAsync(browser.BaseUrl + "/PerjanjianKinerja?satker=1871&tahun=2024");
        await page.Locator("tbody tr").Nth(1).GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Perjanjian Kinerja 2024 KPU Kota Bandar Lampung, versi 1");
        await Expect(page.Locator("tbody tr", new() { Has = page.Locator("th", new() { HasTextString = "5.1" }) })).ToContainTextAsync("12 kali");
    });
}
