using Microsoft.Playwright;
using Sakip.App.Entities;
using static Microsoft.Playwright.Assertions;

namespace Sakip.Web.Tests.Journeys;

/// <summary>
/// The AKIP evaluation's rounds (issue 11, item 3): the evaluator opens it; the operator answers a
/// criterion (told beside the choices when none is picked) and submits the self-assessment; the
/// evaluator scores, sees the criterion where he differs by two grades or more flagged, submits,
/// and fixes the final value and predikat.
/// </summary>
public class EvaluasiJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private async Task KeluarLaluMasukAsync(IPage page, string namaPengguna)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Masuk$"));
        await browser.MasukAsync(page, namaPengguna);
    }

    [Theory]
    [InlineData(1366, 2024)]
    [InlineData(390, 2023)]
    public Task TheRounds_SelfAssessment_Evaluator_Final(int lebar, int tahun) => browser.RunAsync($"{nameof(TheRounds_SelfAssessment_Evaluator_Final)}-{lebar}", async page =>
    {
        await page.SetViewportSizeAsync(lebar, 900);
        var alamat = $"{browser.BaseUrl}/Evaluasi?satker=1871&tahun={tahun}";
        await browser.App.HapusEvaluasiDemoAsync(); // the demo's own 2023 and 2024 evaluations, so these years start empty
        await browser.MasukAsync(page, "evaluator.1871");
        await page.GotoAsync(alamat);
        await Expect(page.Locator("#evaluasi-kosong")).ToContainTextAsync("belum dibuka");
        await page.Locator("#buka-evaluasi").ClickAsync();
        await Expect(page.Locator(".pesan-sukses")).ToContainTextAsync($"Evaluasi SAKIP tahun {tahun} dibuka");

        // The operator answers 1.a.1 himself; the rest of his round is filled for the test.
        await KeluarLaluMasukAsync(page, "operator.1871");
        await page.GotoAsync(alamat);
        await Expect(page.Locator("#kriteria-1\\.a\\.3")).ToContainTextAsync("Sakip mencatat: Renstra 2020-2024 tercatat");
        await page.Locator("#kriteria-1\\.a\\.3").GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Locator("#fakta-sakip")).ToContainTextAsync("Renstra 2020-2024 tercatat");
        await page.GoBackAsync();
        await page.Locator("#kriteria-1\\.a\\.1").GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Kriteria 1.a.1");
        await page.Locator("#simpan-jawaban").ClickAsync();
        await Expect(page.Locator("#ringkasan-kesalahan")).ToContainTextAsync("Pilih jawaban kriteria 1.a.1: AA, A, BB, B, CC, C, D, E.");
        await page.Locator("input[name='Isian.Jawaban'][value='A']").CheckAsync();
        await page.GetByLabel("Catatan dan bukti (tautan dokumen, nomor keputusan)").FillAsync("Keputusan KPU Nomor 5/PR.03-1-Kpt/03/KPU/I/2018.");
        await page.Locator("#simpan-jawaban").ClickAsync();
        await Expect(page.Locator(".pesan-sukses")).ToHaveTextAsync("Jawaban 1.a.1 disimpan.");
        await Expect(page.Locator("#kriteria-1\\.a\\.1")).ToContainTextAsync("Keputusan KPU Nomor 5");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= lebar, "halaman evaluasi melebar");

        // He attaches the decree as evidence: a text file is refused by its content, the PDF is kept and listed.
        await page.Locator("#kriteria-1\\.a\\.1").GetByRole(AriaRole.Link).ClickAsync();
        await page.GetByLabel("Lampirkan berkas bukti", new() { Exact = false }).SetInputFilesAsync(new FilePayload { Name = "sk.pdf", MimeType = "application/pdf", Buffer = System.Text.Encoding.UTF8.GetBytes("bukan pdf") });
        await page.Locator("#lampirkan-bukti").ClickAsync();
        await Expect(page.Locator("#ringkasan-kesalahan")).ToContainTextAsync("Berkas 'sk.pdf' bukan PDF, JPEG, PNG, XLSX atau DOCX");
        await page.GetByLabel("Lampirkan berkas bukti", new() { Exact = false }).SetInputFilesAsync(new FilePayload { Name = "sk-renstra.pdf", MimeType = "application/pdf", Buffer = System.Text.Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n") });
        await page.Locator("#lampirkan-bukti").ClickAsync();
        await Expect(page.Locator(".pesan-sukses")).ToHaveTextAsync("1 berkas bukti dilampirkan pada 1.a.1.");
        await Expect(page.Locator("#daftar-bukti")).ToContainTextAsync("sk-renstra.pdf");
        var unduh = await page.APIRequest.GetAsync(browser.BaseUrl + await page.Locator("#daftar-bukti a").First.GetAttributeAsync("href"));
        Assert.Equal("application/pdf", unduh.Headers["content-type"]);
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= lebar, "halaman jawab melebar");
        await page.GotoAsync(alamat);
        await Expect(page.Locator("#kriteria-1\\.a\\.1")).ToContainTextAsync("1 berkas bukti");

        await browser.App.JawabEvaluasiAsync("1871", tahun, JenisPutaran.Mandiri, "BB", "1.a.1");
        await page.ReloadAsync();
        await page.Locator("#ajukan-putaran").ClickAsync();
        await Expect(page.Locator(".pesan-sukses")).ToHaveTextAsync("Evaluasi mandiri diajukan; evaluator dapat mulai menilai.");
        await Expect(page.Locator("#ajukan-putaran")).ToHaveCountAsync(0);

        // The evaluator scores 1.a.1 three grades below the satker's own answer: it is flagged.
        await KeluarLaluMasukAsync(page, "evaluator.1871");
        await browser.App.JawabEvaluasiAsync("1871", tahun, JenisPutaran.Evaluator, "BB", "1.a.1");
        await page.GotoAsync(alamat);
        await page.Locator("#kriteria-1\\.a\\.1").GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Locator("#putaran-sebelumnya")).ToContainTextAsync("A — Keputusan KPU Nomor 5");
        await page.Locator("input[name='Isian.Jawaban'][value='CC']").CheckAsync();
        await page.Locator("#simpan-jawaban").ClickAsync();
        await Expect(page.Locator("#kriteria-1\\.a\\.1")).ToContainTextAsync("selisih 2 tingkat atau lebih");
        await page.Locator("#ajukan-putaran").ClickAsync();
        await Expect(page.Locator(".pesan-sukses")).ToContainTextAsync("Penilaian evaluator diajukan");

        // The final round starts from the evaluator's answers and fixes the value: 80 less 20 % of 1/6 of 6 points.
        await page.Locator("#ajukan-putaran").ClickAsync();
        await Expect(page.Locator(".pesan-sukses")).ToHaveTextAsync("Nilai akhir evaluasi ditetapkan.");
        await Expect(page.Locator("#nilai-akhir")).ToHaveTextAsync("79,80 (BB, Sangat Baik)");
        var lhe = await page.APIRequest.GetAsync(browser.BaseUrl + await page.Locator("#unduh-lhe").GetAttributeAsync("href"));
        Assert.True(lhe.Ok);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", lhe.Headers["content-type"]);
        var html = await page.APIRequest.GetAsync($"{browser.BaseUrl}/Evaluasi?handler=Lhe&format=html&satker=1871&tahun={tahun}");
        Assert.Contains("menunjukkan nilai 79,80 dengan predikat BB", await html.TextAsync(), StringComparison.Ordinal);

        // The roll-up lists the satker with its value, and the distribution of predikat.
        await page.Locator("a#rekap-evaluasi").ClickAsync();
        await Expect(page.Locator("table#rekap-evaluasi")).ToContainTextAsync("79,80");
        await Expect(page.Locator("#ringkasan-rekap")).ToContainTextAsync("1 dari 1 satker sudah memiliki nilai akhir; 0 di bawah target BB.");
        await Expect(page.Locator("svg.grafik")).ToHaveCountAsync(1);
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= lebar, "halaman evaluasi melebar");
    });

    [Theory]
    [InlineData(1366, 2022)]
    [InlineData(390, 2021)]
    public Task ARecommendation_IsFollowedUp_Returned_Accepted_AndShownTheNextYear(int lebar, int tahun) => browser.RunAsync($"{nameof(ARecommendation_IsFollowedUp_Returned_Accepted_AndShownTheNextYear)}-{lebar}", async page =>
    {
        await page.SetViewportSizeAsync(lebar, 900);
        var alamat = $"{browser.BaseUrl}/Evaluasi?satker=1871&tahun={tahun}";
        await browser.MasukAsync(page, "evaluator.1871");
        await page.GotoAsync(alamat);
        await page.Locator("#buka-evaluasi").ClickAsync();
        await page.Locator("#tambah-rekomendasi").ClickAsync();
        await page.Locator("#simpan-rekomendasi").ClickAsync();
        await Expect(page.Locator("#ringkasan-kesalahan")).ToContainTextAsync("Isi rekomendasi.");
        await page.GetByLabel("Komponen").SelectOptionAsync("3");
        await page.GetByLabel("Rekomendasi").FillAsync($"Publikasikan Laporan Kinerja {tahun} di laman satker.");
        await page.GetByLabel("Jatuh tempo").FillAsync($"{tahun + 1}-03-31");
        await page.Locator("#simpan-rekomendasi").ClickAsync();
        await Expect(page.Locator(".pesan-sukses")).ToHaveTextAsync("Rekomendasi disimpan.");
        await Expect(page.Locator("#rekomendasi-1")).ToContainTextAsync("Pelaporan Kinerja");

        // The satker writes its follow-up and submits it.
        await KeluarLaluMasukAsync(page, "operator.1871");
        await page.GotoAsync(alamat);
        await page.Locator("#rekomendasi-1").GetByRole(AriaRole.Link, new() { Name = "Tindak lanjut rekomendasi 1" }).ClickAsync();
        await page.GetByLabel("Tindak lanjut (apa yang dilakukan, dengan tautan buktinya)").FillAsync("Diunggah ke laman JDIH satker.");
        await page.GetByLabel("Lampirkan berkas bukti", new() { Exact = false }).SetInputFilesAsync(new FilePayload { Name = "tangkapan-laman.pdf", MimeType = "application/pdf", Buffer = System.Text.Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n") });
        await page.Locator("#ajukan-tindak-lanjut").ClickAsync();
        await Expect(page.Locator(".pesan-sukses")).ToHaveTextAsync("Tindak lanjut diajukan untuk diterima evaluator.");
        await Expect(page.Locator("#rekomendasi-1")).ToContainTextAsync("diajukan, menunggu penerimaan");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= lebar, "halaman evaluasi melebar");

        // The evaluator returns it (a note is required), the satker completes it, the evaluator accepts.
        await KeluarLaluMasukAsync(page, "evaluator.1871");
        await page.GotoAsync(alamat);
        await page.Locator("#rekomendasi-1").GetByRole(AriaRole.Link, new() { Name = "Tindak lanjut rekomendasi 1" }).ClickAsync();
        await Expect(page.Locator("#bukti-tindak-lanjut")).ToContainTextAsync("tangkapan-laman.pdf");
        await page.Locator("#kembalikan-tindak-lanjut").ClickAsync();
        await Expect(page.Locator("#ringkasan-kesalahan")).ToContainTextAsync("Isi catatan.");
        await page.GetByLabel("Catatan evaluator (wajib bila dikembalikan)").FillAsync("Lampirkan tautan halamannya.");
        await page.Locator("#kembalikan-tindak-lanjut").ClickAsync();
        await Expect(page.Locator(".pesan-sukses")).ToHaveTextAsync("Tindak lanjut dikembalikan kepada satker.");

        await KeluarLaluMasukAsync(page, "operator.1871");
        await page.GotoAsync(alamat);
        await Expect(page.Locator("#rekomendasi-1")).ToContainTextAsync("Catatan evaluator: Lampirkan tautan halamannya.");
        await page.Locator("#rekomendasi-1").GetByRole(AriaRole.Link, new() { Name = "Tindak lanjut rekomendasi 1" }).ClickAsync();
        await page.GetByLabel("Tindak lanjut (apa yang dilakukan, dengan tautan buktinya)").FillAsync("Diunggah: https://jdih.kpu.go.id/lampung/bandarlampung");
        await page.Locator("#ajukan-tindak-lanjut").ClickAsync();

        await KeluarLaluMasukAsync(page, "evaluator.1871");
        await page.GotoAsync(alamat);
        await page.Locator("#rekomendasi-1").GetByRole(AriaRole.Link, new() { Name = "Tindak lanjut rekomendasi 1" }).ClickAsync();
        await page.Locator("#terima-tindak-lanjut").ClickAsync();
        await Expect(page.Locator(".pesan-sukses")).ToHaveTextAsync("Tindak lanjut diterima; rekomendasi selesai.");
        await Expect(page.Locator("#rekomendasi-1")).ToContainTextAsync("selesai");

        // Next year's evaluation page shows it, done.
        await page.GotoAsync($"{browser.BaseUrl}/Evaluasi?satker=1871&tahun={tahun + 1}");
        await Expect(page.Locator("#rekomendasi-sebelumnya")).ToContainTextAsync($"Rekomendasi evaluasi tahun {tahun}");
        await Expect(page.Locator("table:has(caption:text-is('Rekomendasi evaluasi SAKIP tahun " + tahun + "'))")).ToContainTextAsync("selesai");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= lebar, "halaman evaluasi melebar");
    });
}
