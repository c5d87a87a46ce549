using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Sakip.Web.Tests.Journeys;

/// <summary>
/// The province's evaluator reads the demo's 2023 evaluation of Bandar Lampung as the seed prints
/// it, with the finding that its components add up to 69,12 rather than 73,75; sees the 2024
/// roll-up of the province with Kota Metro below BB; and records a past evaluation of a kabupaten
/// from CSV, first refused for a wrong header (nothing written), then accepted.
/// </summary>
public class EvaluasiTercetakJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(1366, 2022)]
    [InlineData(390, 2021)]
    public Task ThePrintedEvaluation_ItsFinding_TheRollUp_AndAnImport(int lebar, int tahun) => browser.RunAsync($"{nameof(ThePrintedEvaluation_ItsFinding_TheRollUp_AndAnImport)}-{lebar}", async page =>
    {
        await page.SetViewportSizeAsync(lebar, 900);
        await browser.MasukAsync(page, "evaluator.18");
        await page.GotoAsync($"{browser.BaseUrl}/Evaluasi?satker=1871&tahun=2023");
        await Expect(page.Locator("#sumber-tercetak")).ToContainTextAsync("Tabel 20");
        await Expect(page.Locator("#nilai-akhir")).ToHaveTextAsync("73,75 (BB, Sangat Baik)");
        await Expect(page.Locator("#komponen-tercetak")).ToContainTextAsync("23,10");
        await Expect(page.Locator("#temuan-tercetak")).ToContainTextAsync("Nilai komponen berjumlah 69,12, tetapi nilai evaluasi tercetak 73,75 (selisih 4,63).");
        await Expect(page.Locator("#unduh-lhe")).ToHaveCountAsync(0);
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= lebar, "halaman evaluasi tercetak melebar");

        await page.GotoAsync($"{browser.BaseUrl}/Evaluasi/Rekap?satker=18&tahun=2024");
        await Expect(page.Locator("#ringkasan-rekap")).ToContainTextAsync("2 dari 16 satker sudah memiliki nilai akhir; 1 di bawah target BB.");
        await Expect(page.Locator("table#rekap-evaluasi")).ToContainTextAsync("KPU Kota Metro");

        await page.GotoAsync($"{browser.BaseUrl}/Evaluasi?satker=1801&tahun={tahun}");
        await page.Locator("#impor-tercetak").ClickAsync();
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= lebar, "halaman impor melebar");
        await page.GetByLabel("Dokumen sumber").FillAsync($"LHE Inspektorat Utama KPU {tahun + 1}");
        await page.GetByLabel("Berkas nilai (CSV, paling besar 256 KB)").SetInputFilesAsync(new FilePayload { Name = "hasil.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes("kode,jawaban\n1.a.1,A\n") });
        await page.Locator("#impor-evaluasi").ClickAsync();
        await Expect(page.Locator("#ringkasan-kesalahan")).ToContainTextAsync("hasil.csv, baris 1: kepala kolom harus memuat komponen,nilai");

        await page.GetByLabel("Dokumen sumber").FillAsync($"LHE Inspektorat Utama KPU {tahun + 1}");
        await page.GetByLabel("Berkas nilai (CSV, paling besar 256 KB)").SetInputFilesAsync(new FilePayload
        {
            Name = "hasil.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes("komponen,nilai,huruf\n1,21,\n2,21,\n3,\"10,5\",\n4,\"17,5\",\ntotal,70,B\n"),
        });
        await page.GetByLabel("Berkas rekomendasi (CSV, boleh dikosongkan)").SetInputFilesAsync(new FilePayload
        {
            Name = "rekomendasi.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes("komponen,rekomendasi,unit\n2,Ukur kinerja pegawai setiap bulan,Subbagian Perencanaan\n"),
        });
        await page.Locator("#impor-evaluasi").ClickAsync();
        await Expect(page.Locator(".pesan-sukses")).ToHaveTextAsync($"Evaluasi SAKIP tahun {tahun} dicatat sebagaimana tercetak: nilai 70,00, 1 rekomendasi; angkanya konsisten.");
        await Expect(page.Locator("#temuan-tercetak")).ToContainTextAsync("Komponen tercetak berjumlah sama dengan total");
        await Expect(page.Locator("#rekomendasi-1")).ToContainTextAsync("Ukur kinerja pegawai setiap bulan");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= lebar, "halaman evaluasi tercetak melebar");
    });
}
