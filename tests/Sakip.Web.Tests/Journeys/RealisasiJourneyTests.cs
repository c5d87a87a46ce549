using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Sakip.Web.Tests.Journeys;

/// <summary>The monthly cycle in a real browser: the operator enters realisasi with evidence and submits, the pimpinan verifies, the dashboard moves.</summary>
public class RealisasiJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public Task Operator_SubmitsWithEvidence_PimpinanVerifies_DashboardShowsTheNewCapaian() => browser.RunAsync(nameof(Operator_SubmitsWithEvidence_PimpinanVerifies_DashboardShowsTheNewCapaian), async page =>
    {
        await browser.MasukAsync(page, "operator.1871");
        await page.GetByRole(AriaRole.Link, new() { Name = "Realisasi", Exact = true }).ClickAsync();
        var baris = page.Locator("table tbody tr", new() { Has = page.Locator("th", new() { HasTextString = "1.5" }) });
        await Expect(baris).ToContainTextAsync("belum diisi");
        await baris.GetByRole(AriaRole.Link, new() { Name = "2024" }).ClickAsync();

        await page.GetByLabel("Realisasi (persen)").FillAsync("100 %");
        await page.GetByLabel("Analisis: penyebab, kendala dan upaya").FillAsync("Seluruh calon peserta difasilitasi sesuai jadwal.");
        await page.GetByLabel("Berkas bukti").SetInputFilesAsync(new FilePayload
        {
            Name = "berita-acara-fasilitasi.pdf",
            MimeType = "application/pdf",
            Buffer = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajukan untuk verifikasi" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Realisasi diajukan untuk diverifikasi pimpinan.");
        await Expect(page.Locator("#status-realisasi")).ToHaveTextAsync("menunggu verifikasi pimpinan");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "berita-acara-fasilitasi.pdf" })).ToBeVisibleAsync();
        var alamat = page.Url;

        await page.GotoAsync(browser.BaseUrl + "/Capaian?satker=1871&tahun=2024");
        var dasbor = page.Locator("table.pengukuran tbody tr", new() { Has = page.Locator("th", new() { HasTextString = "1.5" }) });
        await Expect(dasbor).ToContainTextAsync("realisasi belum diisi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();

        await browser.MasukAsync(page, "pimpinan.1871");
        await page.GotoAsync(alamat);
        await page.GetByRole(AriaRole.Button, new() { Name = "Verifikasi" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Realisasi diverifikasi; capaian diperbarui.");

        await page.GetByRole(AriaRole.Link, new() { Name = "Capaian Kinerja" }).ClickAsync();
        await Expect(dasbor.Locator("td.angka")).ToContainTextAsync("100,00 %");
        await Expect(page.Locator(".kartu").Nth(4)).ToContainTextAsync("2");
    });
}
