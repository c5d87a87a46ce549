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

    [Fact]
    public Task Operator_PreparesANewPkWithAMonthlyIndicator_PimpinanSigns_OperatorSubmitsJanuary() => browser.RunAsync(nameof(Operator_PreparesANewPkWithAMonthlyIndicator_PimpinanSigns_OperatorSubmitsJanuary), async page =>
    {
        await browser.MasukAsync(page, "operator.1871");
        await page.GotoAsync(browser.BaseUrl + "/PerjanjianKinerja?satker=1871&tahun=2025");
        await page.GetByRole(AriaRole.Link, new() { Name = "Susun Perjanjian Kinerja baru (kosong atau dari RKT)" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Buat draf" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Pilih pihak pertama dari pegawai KPU Kota Bandar Lampung.");
        await page.GetByLabel("Pihak pertama (Ketua, atau Sekretaris)").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Tempat penandatanganan").FillAsync("Bandar Lampung");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buat draf" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Draf Perjanjian Kinerja dibuat.");

        await page.GetByRole(AriaRole.Link, new() { Name = "Tambah indikator" }).ClickAsync();
        await page.GetByLabel("Sasaran baru").FillAsync("Tertib administrasi keuangan");
        await page.GetByLabel("Uraian indikator").FillAsync("Persentase laporan keuangan bulanan tepat waktu");
        await page.GetByLabel("Target (mis. 95 %, 12 kali, 80 - 90 %, BB)").FillAsync("95 %");
        await page.GetByLabel("Diukur").SelectOptionAsync("Bulan");
        await page.GetByLabel("Realisasi setahun dari periodenya").SelectOptionAsync("RataRata");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan indikator" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Indikator disimpan.");
        var baris = page.Locator("table tbody tr", new() { Has = page.Locator("th", new() { HasTextString = "1.1" }) });
        await Expect(baris).ToContainTextAsync("(bulanan)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();

        await browser.MasukAsync(page, "pimpinan.1871");
        await page.GotoAsync(browser.BaseUrl + "/PerjanjianKinerja?satker=1871&tahun=2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tandatangani versi 1" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();

        await browser.MasukAsync(page, "operator.1871");
        await page.GotoAsync(browser.BaseUrl + "/Realisasi?satker=1871&tahun=2025");
        var realisasi = page.Locator("table tbody tr", new() { Has = page.Locator("th", new() { HasTextString = "1.1" }) });
        await Expect(realisasi.GetByRole(AriaRole.Link)).ToHaveCountAsync(12);
        await realisasi.GetByRole(AriaRole.Link, new() { Name = "Januari 2025" }).ClickAsync();
        await page.GetByLabel("Realisasi (persen)").FillAsync("96 %");
        await page.GetByLabel("Analisis: penyebab, kendala dan upaya").FillAsync("Laporan Januari terkirim tanggal 8.");
        await page.GetByLabel("Berkas bukti").SetInputFilesAsync(new FilePayload
        {
            Name = "laporan-januari.pdf",
            MimeType = "application/pdf",
            Buffer = System.Text.Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajukan untuk verifikasi" }).ClickAsync();
        await Expect(page.Locator("#status-realisasi")).ToHaveTextAsync("menunggu verifikasi pimpinan");
    });
}
