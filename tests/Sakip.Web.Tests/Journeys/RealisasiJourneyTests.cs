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

    [Fact]
    public Task Operator_FillsTheExcelTemplate_PreviewsErrorsThenSavesAll() => browser.RunAsync(nameof(Operator_FillsTheExcelTemplate_PreviewsErrorsThenSavesAll), async page =>
    {
        await browser.MasukAsync(page, "operator.1871");
        await page.GotoAsync(browser.BaseUrl + "/Realisasi?satker=1871&tahun=2024");
        await page.GetByRole(AriaRole.Link, new() { Name = "Isi lewat Excel (unduh templat, unggah isian)" }).ClickAsync();

        var unduhan = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Unduh templat Excel" }).ClickAsync());
        Assert.Equal("realisasi-1871-2024-KPU-KOTA-v1.xlsx", unduhan.SuggestedFilename);
        var templat = await File.ReadAllBytesAsync((await unduhan.PathAsync())!);
        var lembar = Sakip.App.Excel.PembacaXlsx.Baca(templat).Single(l => l.Nama == Sakip.App.Import.TemplatRealisasi.TataLetakTemplat.NamaLembar);
        int Baris(string kode) => Enumerable.Range(6, lembar.BarisTerakhir).First(b => lembar.Sel(1, b).Teks == kode);

        await page.GetByLabel("Berkas isian (XLSX, paling besar 20 MB)").SetInputFilesAsync(new FilePayload
        {
            Name = "isian-salah.xlsx",
            MimeType = Sakip.App.Import.Bukti.JenisBerkas.Xlsx,
            Buffer = Sakip.Testing.XlsxUji.Isi(templat, lembar.Nama, ("R" + Baris("3.2"), "delapan puluh"), ("R" + Baris("2.1"), 1m)),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Periksa" }).ClickAsync();
        await Expect(page.Locator("#kesalahan-berkas")).ToContainTextAsync($"isian-salah.xlsx, baris {Baris("3.2")}, kolom R");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Simpan 1 perubahan" })).ToHaveCountAsync(0);

        await page.GetByLabel("Berkas isian (XLSX, paling besar 20 MB)").SetInputFilesAsync(new FilePayload
        {
            Name = "isian.xlsx",
            MimeType = Sakip.App.Import.Bukti.JenisBerkas.Xlsx,
            Buffer = Sakip.Testing.XlsxUji.Isi(templat, lembar.Nama, ("R" + Baris("3.2"), "80,5 %"), ("R" + Baris("2.1"), 1m)),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Periksa" }).ClickAsync();
        await Expect(page.Locator("#pratinjau tbody tr")).ToHaveCountAsync(2);
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan 2 perubahan" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("2 realisasi dari berkas Excel disimpan sebagai draf");
        var baris = page.Locator("table tbody tr", new() { Has = page.Locator("th", new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^3\\.2$") }) });
        await Expect(baris).ToContainTextAsync("80,5 %");
        await Expect(baris).ToContainTextAsync("draf");
    });
}
