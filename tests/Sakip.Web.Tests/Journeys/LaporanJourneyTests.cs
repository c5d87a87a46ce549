using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Sakip.Web.Tests.Journeys;

/// <summary>
/// The LKjIP from draft to publication (issue 10): the planning officer writes the narrative, the
/// check catches a figure that contradicts the data, she fixes it and sends it; the APIP reviewer
/// leaves a note and signs; the pimpinan approves; she publishes; anyone downloads the frozen files.
/// </summary>
public class LaporanJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private async Task KeluarLaluMasukAsync(IPage page, string namaPengguna)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Masuk$"));
        await browser.MasukAsync(page, namaPengguna);
    }

    [Fact]
    public Task TheReport_IsWritten_Checked_Reviewed_Approved_Published_AndDownloaded() => browser.RunAsync(nameof(TheReport_IsWritten_Checked_Reviewed_Approved_Published_AndDownloaded), async page =>
    {
        await browser.MasukAsync(page, "operator.1871");
        await page.GetByRole(AriaRole.Link, new() { Name = "Laporan Kinerja", Exact = true }).ClickAsync();
        await Expect(page.Locator("#laporan-kosong")).ToHaveTextAsync("Belum ada Laporan Kinerja tahun 2024.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buat Laporan Kinerja 2024" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Laporan Kinerja 2024, versi 1");
        await Expect(page.Locator("#status-laporan")).ToHaveTextAsync("draf");

        // The check lists what is missing, each with a link to where it is fixed.
        await page.GetByRole(AriaRole.Button, new() { Name = "Periksa" }).ClickAsync();
        await Expect(page.Locator("ul.temuan")).ToContainTextAsync("Bagian Kata Pengantar belum diisi.");

        // Every part is written; the conclusions first with an overall figure that is not the data's.
        var bagian = await page.Locator("#bagian-naratif a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
        Assert.True(bagian.Length > 3);
        foreach (var href in bagian)
        {
            await page.GotoAsync(browser.BaseUrl + href);
            var teks = href.EndsWith("bagian=penutup", StringComparison.Ordinal)
                ? "Capaian kinerja keseluruhan sebesar 50 %.\n\n- Pertahankan **partisipasi**."
                : "Uraian bagian ini ditulis oleh penyusun.\n\n1. Butir pertama\n2. Butir _kedua_";
            await page.GetByLabel("Teks").FillAsync(teks);
            await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
            await Expect(page.Locator(".pesan-sukses")).ToContainTextAsync("disimpan.");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Periksa" }).ClickAsync();
        var salah = page.Locator("ul.temuan li.menghalangi");
        await Expect(salah).ToHaveCountAsync(1);
        await Expect(salah).ToContainTextAsync("tertulis 50 % untuk capaian kinerja keseluruhan, padahal datanya: 109,81 %");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajukan untuk direviu APIP" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("tertulis 50 %");
        await salah.GetByRole(AriaRole.Link, new() { Name = "Perbaiki 50 % di Bab IV Penutup (simpulan dan langkah ke depan)" }).ClickAsync();
        await page.GetByLabel("Teks").FillAsync("Capaian kinerja keseluruhan sebesar 109,81 %.\n\n- Pertahankan **partisipasi**.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajukan untuk direviu APIP" }).ClickAsync();
        await Expect(page.Locator(".pesan-sukses")).ToHaveTextAsync("Laporan Kinerja diajukan untuk direviu APIP.");
        await Expect(page.Locator("#status-laporan")).ToHaveTextAsync("dalam reviu");
        var alamat = page.Url;

        // The APIP reviewer reads it, leaves a note on a part, and signs the review statement.
        await KeluarLaluMasukAsync(page, "evaluator.1871");
        await page.GotoAsync(alamat);
        await page.GetByLabel("Bagian").SelectOptionAsync(new SelectOptionValue { Label = "Bab I Pendahuluan" });
        await page.GetByLabel("Catatan", new() { Exact = true }).FillAsync("Lengkapi struktur organisasi tahun depan.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan catatan" }).ClickAsync();
        await Expect(page.Locator("#bagian-naratif")).ToContainTextAsync("1 catatan reviu");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tandatangani Pernyataan Telah Direviu" }).ClickAsync();
        await Expect(page.Locator("#status-laporan")).ToHaveTextAsync("direviu");

        // The pimpinan approves.
        await KeluarLaluMasukAsync(page, "pimpinan.1871");
        await page.GotoAsync(alamat);
        await page.GetByRole(AriaRole.Button, new() { Name = "Setujui Laporan Kinerja" }).ClickAsync();
        await Expect(page.Locator("#status-laporan")).ToHaveTextAsync("disetujui");

        // The planning officer publishes; the Word file carries the content's SHA-256 in its footer.
        await KeluarLaluMasukAsync(page, "operator.1871");
        await page.GotoAsync(alamat);
        await page.GetByRole(AriaRole.Button, new() { Name = "Terbitkan" }).ClickAsync();
        await Expect(page.Locator(".pesan-sukses")).ToContainTextAsync("Laporan Kinerja diterbitkan");
        var sidik = (await page.Locator("#sidik-isi").TextContentAsync())!.Trim();
        Assert.Matches("^[0-9a-f]{64}$", sidik);
        var word = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Word", Exact = true }).ClickAsync());
        Assert.Equal("lkjip-1871-2024-v1.docx", word.SuggestedFilename);
        using (var dok = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(await word.PathAsync(), false))
        {
            Assert.Contains(sidik, string.Concat(dok.MainDocumentPart!.FooterParts.Select(f => f.Footer!.InnerText)), StringComparison.Ordinal);
            Assert.Contains("Capaian kinerja keseluruhan sebesar 109,81 %.", dok.MainDocumentPart.Document.InnerText, StringComparison.Ordinal);
        }

        // Anyone, without signing in, finds it on the public page and downloads the PDF.
        await page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();
        await page.GotoAsync(browser.BaseUrl + "/publik/1871/2024");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Dokumen kinerja KPU Kota Bandar Lampung · 2024");
        await Expect(page.Locator("main")).ToContainTextAsync(sidik);
        var pdf = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "lkjip-1871-2024-v1.pdf" }).ClickAsync());
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(await pdf.PathAsync()), 0, 4));
    });
}
