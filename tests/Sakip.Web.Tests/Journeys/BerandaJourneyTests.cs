using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Sakip.Web.Tests.Journeys;

/// <summary>
/// Every user lands on their own satker with what waits for them (issue 9): the operator sees the
/// realisasi to fill, the pimpinan the one waiting for verification, the province its own satker;
/// on a phone the home page does not scroll sideways.
/// </summary>
public class BerandaJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public Task Operator_LandsOnHisSatker_FillsWhatWaits_AndThePimpinanFindsItToVerify() => browser.RunAsync(nameof(Operator_LandsOnHisSatker_FillsWhatWaits_AndThePimpinanFindsItToVerify), async page =>
    {
        await browser.MasukAsync(page, "operator.1871");
        await Expect(page.Locator("h1")).ToHaveTextAsync("KPU Kota Bandar Lampung · 2024");
        var isi = page.Locator("section.tugas", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Realisasi yang perlu diisi" }) });
        var tugas = isi.GetByRole(AriaRole.Link, new() { NameString = "1.5 " });
        await Expect(tugas).ToHaveCountAsync(1);
        await tugas.ClickAsync();

        await page.GetByLabel("Realisasi (persen)").FillAsync("100 %");
        await page.GetByLabel("Berkas bukti").SetInputFilesAsync(new FilePayload
        {
            Name = "berita-acara.pdf",
            MimeType = "application/pdf",
            Buffer = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajukan untuk verifikasi" }).ClickAsync();
        await Expect(page.Locator("#status-realisasi")).ToHaveTextAsync("menunggu verifikasi pimpinan");
        await page.GetByRole(AriaRole.Link, new() { Name = "Beranda", Exact = true }).ClickAsync();
        await Expect(isi.GetByRole(AriaRole.Link, new() { NameString = "1.5 " })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();

        await browser.MasukAsync(page, "pimpinan.1871");
        var verifikasi = page.Locator("section.tugas", new() { Has = page.GetByRole(AriaRole.Heading, new() { NameString = "Realisasi yang menunggu verifikasi Anda" }) });
        await Expect(verifikasi.GetByRole(AriaRole.Link, new() { NameString = "1.5 " })).ToHaveCountAsync(1);

        // The same item reaches the pimpinan as a notification: a count in the menu, a list, a link.
        var menu = page.Locator("nav").GetByRole(AriaRole.Link, new() { NameString = "Pemberitahuan" });
        await Expect(menu).ToHaveTextAsync("Pemberitahuan 1 belum dibaca");
        await menu.ClickAsync();
        var pemberitahuan = page.GetByRole(AriaRole.Button, new() { NameString = "operator.1871 mengajukan realisasi 1.5 " });
        await pemberitahuan.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Verifikasi" })).ToBeVisibleAsync();
        await Expect(menu).ToHaveTextAsync("Pemberitahuan");
        await page.GetByLabel("Catatan").FillAsync("Lampirkan berita acara yang ditandatangani.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kembalikan" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();

        // The operator is told it came back, with the note.
        await browser.MasukAsync(page, "operator.1871");
        await menu.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { NameString = "mengembalikan realisasi 1.5 " })).ToContainTextAsync("Lampirkan berita acara yang ditandatangani.");
    });

    [Theory]
    [InlineData(1366)]
    [InlineData(390)]
    public Task TheProvince_LandsOnTheProvince_AndThePageFitsThePhone(int lebar) => browser.RunAsync($"{nameof(TheProvince_LandsOnTheProvince_AndThePageFitsThePhone)}-{lebar}", async page =>
    {
        await page.SetViewportSizeAsync(lebar, 844);
        await browser.MasukAsync(page, "operator.18");

        await Expect(page.Locator("h1")).ToHaveTextAsync("KPU Provinsi Lampung · 2024");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Yang menunggu Anda" })).ToBeVisibleAsync();
        await Expect(page.Locator("nav").GetByRole(AriaRole.Link, new() { Name = "Realisasi", Exact = true })).ToHaveAttributeAsync("href", "/Realisasi?satker=18");
        await Expect(page.Locator("nav").GetByRole(AriaRole.Link, new() { Name = "Jejak Audit" })).ToHaveCountAsync(0);
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= lebar, "the home page scrolls sideways");
    });

    [Theory]
    [InlineData("/")]
    [InlineData("/Capaian")]
    [InlineData("/Realisasi")]
    public Task OnAPhone_TheMainPages_DoNotScrollSideways(string alamat) => browser.RunAsync($"{nameof(OnAPhone_TheMainPages_DoNotScrollSideways)}{alamat.Replace('/', '-')}", async page =>
    {
        await page.SetViewportSizeAsync(390, 844);
        await browser.MasukAsync(page, "operator.1871");
        await page.GotoAsync(browser.BaseUrl + alamat);

        var lebar = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(lebar <= 390, $"{alamat} is {lebar} px wide on a 390 px phone");
    });
}
