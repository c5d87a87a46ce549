using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Sakip.Web.Tests.Journeys;

/// <summary>
/// Issue 7 in a real browser, on a desktop and on a phone: a value past its range is refused with
/// the message beside the field; a province operator reads a kab/kota's realisasi without a form;
/// signing out ends the session even for a copied cookie. With <c>SAKIP_TANGKAPAN=dir</c> each step
/// is kept as a screenshot for review.
/// </summary>
public class KepercayaanJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static async Task TangkapAsync(IPage page, string nama)
    {
        if (Environment.GetEnvironmentVariable("SAKIP_TANGKAPAN") is { Length: > 0 } dir)
        {
            Directory.CreateDirectory(dir);
            await page.ScreenshotAsync(new() { Path = Path.Combine(dir, nama + ".png"), FullPage = true });
        }
    }

    [Theory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task Operator_AHugeNumber_IsRefusedBesideTheField_AndNothingIsSaved(int lebar)
    {
        var page = await browser.Browser.NewPageAsync(new() { Locale = "id-ID", ViewportSize = new() { Width = lebar, Height = 900 } });
        await browser.MasukAsync(page, "operator.1871");
        await page.GotoAsync(browser.BaseUrl + "/Realisasi/Isi?indikator=" + await browser.App.IndikatorAsync("1871", "1.5") + "&periode=1");

        await page.GetByLabel("Realisasi (persen)").FillAsync("7922816251426433759354395033");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan draf" }).ClickAsync();

        await Expect(page.Locator("[data-valmsg-for='Input.Nilai']")).ToContainTextAsync("terlalu besar");
        await Expect(page.Locator("#status-realisasi")).ToHaveTextAsync("belum diisi");
        await TangkapAsync(page, $"angka-raksasa-{lebar}");
        await page.CloseAsync();
    }

    [Theory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task ProvinceOperator_ReadsAKabKotaRealisasi_WithoutAForm(int lebar)
    {
        var page = await browser.Browser.NewPageAsync(new() { Locale = "id-ID", ViewportSize = new() { Width = lebar, Height = 900 } });
        await browser.MasukAsync(page, "operator.18");
        await page.GotoAsync(browser.BaseUrl + "/Realisasi?satker=1871&tahun=2024");
        await TangkapAsync(page, $"provinsi-daftar-{lebar}");
        await page.GotoAsync(browser.BaseUrl + "/Realisasi/Isi?indikator=" + await browser.App.IndikatorAsync("1871", "1.5") + "&periode=1");

        await Expect(page.Locator("#status-realisasi")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Simpan draf" })).ToHaveCountAsync(0);
        await TangkapAsync(page, $"provinsi-isi-{lebar}");
        await page.CloseAsync();
    }

    [Fact]
    public async Task SignOut_EndsTheSession_ACopiedCookieOpensNothing()
    {
        var context = await browser.Browser.NewContextAsync(new() { Locale = "id-ID" });
        var page = await context.NewPageAsync();
        await browser.MasukAsync(page, "pemantau.1871");
        var cookies = await context.CookiesAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Masuk ke Sakip" })).ToBeVisibleAsync();

        var salinan = await browser.Browser.NewContextAsync(new() { Locale = "id-ID" });
        await salinan.AddCookiesAsync(cookies.Select(c => new Cookie { Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path }));
        var lain = await salinan.NewPageAsync();
        await lain.GotoAsync(browser.BaseUrl + "/Capaian?satker=1871&tahun=2024");
        await Expect(lain.GetByRole(AriaRole.Heading, new() { Name = "Masuk ke Sakip" })).ToBeVisibleAsync();
        await TangkapAsync(lain, "keluar-cookie-disalin");
        await salinan.CloseAsync();
        await context.CloseAsync();
    }

    [Fact]
    public async Task PimpinanWhoSubmitted_SeesWhyTheyCannotVerify_AndHasNoVerifyButton()
    {
        var page = await browser.Browser.NewPageAsync(new() { Locale = "id-ID", ViewportSize = new() { Width = 390, Height = 900 } });
        await browser.MasukAsync(page, "admin.1871");
        await page.GotoAsync(browser.BaseUrl + "/Pengguna");
        var baris = page.Locator("tr", new() { Has = page.GetByText("pimpinan.1871", new() { Exact = true }) });
        await baris.GetByLabel("Peran").SelectOptionAsync("Operator");
        await baris.GetByRole(AriaRole.Button, new() { Name = "Tambah" }).ClickAsync();
        await Expect(page.Locator("tr", new() { Has = page.GetByText("pimpinan.1871", new() { Exact = true }) })).ToContainTextAsync("Operator pada 1871");
        var sendiri = page.Locator("tr", new() { Has = page.GetByText("admin.1871", new() { Exact = true }) });
        await Expect(sendiri).ToContainTextAsync("Hak akses akun Anda sendiri diubah oleh pengelola pengguna lain.");
        await TangkapAsync(page, "pengguna-390");
        await page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();

        await browser.MasukAsync(page, "pimpinan.1871");
        await page.GotoAsync(browser.BaseUrl + "/Realisasi/Isi?indikator=" + await browser.App.IndikatorAsync("1871", "2.1") + "&periode=1");
        await page.GetByLabel("Realisasi (laporan)").FillAsync("1");
        await page.GetByLabel("Berkas bukti").SetInputFilesAsync(new FilePayload
        {
            Name = "laporan.pdf",
            MimeType = "application/pdf",
            Buffer = System.Text.Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajukan untuk verifikasi" }).ClickAsync();

        await Expect(page.Locator("#status-realisasi")).ToHaveTextAsync("menunggu verifikasi pimpinan");
        await Expect(page.Locator("#alasan-verifikasi")).ToContainTextAsync("tidak dapat memverifikasinya sendiri");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Verifikasi" })).ToHaveCountAsync(0);
        await TangkapAsync(page, "pemisahan-tugas-390");
        await page.CloseAsync();
    }
}
