using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Sakip.Web.Tests.Journeys;

/// <summary>
/// The organisation Bab I prints (issue 10, item 4): the operator records a new ASN, is told beside
/// the field what is wrong with the NIP, sees the count follow the list, corrects the SAKIP team,
/// and finds both in the LKjIP; the pimpinan reads it all and is offered no form.
/// </summary>
public class OrganisasiJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(1366)]
    [InlineData(390)]
    public Task Operator_RecordsAPerson_AndCorrectsTheTeam_TheReportFollows(int lebar) => browser.RunAsync($"{nameof(Operator_RecordsAPerson_AndCorrectsTheTeam_TheReportFollows)}-{lebar}", async page =>
    {
        await page.SetViewportSizeAsync(lebar, 900);
        await browser.MasukAsync(page, "operator.1871");
        await page.GotoAsync(browser.BaseUrl + "/Organisasi?satker=1871&tahun=2024");
        var jumlah = page.Locator("#jumlah-pegawai");
        await Expect(jumlah).ToContainTextAsync("orang, terdiri atas 5 anggota KPU");
        var sebelum = await page.Locator("table:has(caption:text-matches('^Aparatur Sipil Negara')) tbody tr").CountAsync();

        var nama = $"Rina Wulandari {lebar}, S.E.";
        await page.Locator("#tambah-pegawai").ClickAsync();
        await page.GetByLabel("Jenis").SelectOptionAsync("Asn");
        await page.GetByLabel("Nama (dengan gelar)").FillAsync(nama);
        await page.GetByLabel("Jabatan").FillAsync("Staf Sekretariat KPU Kota Bandar Lampung");
        await page.GetByLabel("NIP (18 angka; spasi boleh)").FillAsync("19950201 202403 2 00");
        await page.GetByLabel("Mulai bertugas di satker ini (SPMT)").FillAsync("2024-03-01");
        await page.Locator("#simpan-pegawai").ClickAsync();
        await Expect(page.Locator("#ringkasan-kesalahan")).ToContainTextAsync("NIP harus 18 angka; tertulis 17.");
        await Expect(page.Locator("span[data-valmsg-for='Isian.Nip']")).ToContainTextAsync("NIP harus 18 angka");
        await Expect(page.GetByLabel("Nama (dengan gelar)")).ToHaveValueAsync(nama);

        var nip = lebar == 390 ? "19950201 202403 2 001" : "19950202 202403 2 002";
        await page.GetByLabel("NIP (18 angka; spasi boleh)").FillAsync(nip);
        await page.Locator("#simpan-pegawai").ClickAsync();
        await Expect(page.Locator(".pesan-sukses")).ToHaveTextAsync($"{nama} disimpan.");
        await Expect(page.Locator("table:has(caption:text-matches('^Aparatur Sipil Negara')) tbody tr")).ToHaveCountAsync(sebelum + 1);
        await Expect(page.Locator("table:has(caption:text-matches('^Aparatur Sipil Negara')) tbody")).ToContainTextAsync(nip.Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= lebar, "halaman organisasi melebar");

        // The SAKIP team: the first member of the evaluation team becomes "Ketua Tim".
        await page.Locator("table:has(caption:text-matches('^Susunan tim')) a").Nth(6).ClickAsync();
        await page.GetByLabel("Kedudukan dalam tim (Ketua, Sekretaris, Anggota ...)").FillAsync($"Ketua Tim {lebar}");
        await page.Locator("#simpan-anggota").ClickAsync();
        await Expect(page.Locator(".pesan-sukses")).ToContainTextAsync("disimpan di tim SAKIP 2024.");
        await Expect(page.Locator("#keputusan-tim")).ToContainTextAsync("Nomor 14 Tahun 2024 tanggal 26 Januari 2024");

        // The report's HTML carries the new person, the count from the list, and the team as corrected.
        var html = await page.APIRequest.GetAsync(browser.BaseUrl + "/Capaian?handler=Lkjip&format=html&satker=1871&tahun=2024");
        Assert.True(html.Ok);
        var teks = await html.TextAsync();
        Assert.Contains(System.Net.WebUtility.HtmlEncode(nama), teks, StringComparison.Ordinal);
        Assert.Contains($"Ketua Tim {lebar}", teks, StringComparison.Ordinal);
        Assert.Contains(System.Text.RegularExpressions.Regex.Match(await jumlah.InnerTextAsync(), @"(\d+) orang").Groups[1].Value + " orang: 5 anggota KPU", teks, StringComparison.Ordinal);
    });

    [Fact]
    public Task Pimpinan_ReadsTheOrganisation_WithoutForms_AndIsRefusedTheForm() => browser.RunAsync(nameof(Pimpinan_ReadsTheOrganisation_WithoutForms_AndIsRefusedTheForm), async page =>
    {
        await browser.MasukAsync(page, "pimpinan.1871");
        await page.GetByRole(AriaRole.Link, new() { Name = "Organisasi", Exact = true }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Organisasi dan Pegawai");
        await Expect(page.Locator("#keputusan-tim")).ToContainTextAsync("Nomor 14 Tahun 2024");
        await Expect(page.Locator("#tambah-pegawai, #tambah-divisi, #tambah-anggota")).ToHaveCountAsync(0);

        var jawaban = await page.GotoAsync(browser.BaseUrl + "/Organisasi/Pegawai?satker=1871&tahun=2024");
        Assert.Equal(403, jawaban!.Status);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Anda tidak berhak mengelola data organisasi dan pegawai KPU Kota Bandar Lampung.");
    });
}
