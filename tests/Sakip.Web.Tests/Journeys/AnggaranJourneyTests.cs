using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Sakip.Web.Tests.Journeys;

/// <summary>
/// The finance officer of KPU Kota Bandar Lampung opens the budget year: 99,94 % absorbed, 22
/// revisions, the logistics tree; a file with a bad amount is refused with its row and column and
/// nothing changes; the DIPA with two kegiatan's pagu moved is taken as a revision, which the
/// revision log shows line by line; the December SIMONIKA report is recorded.
/// </summary>
public class AnggaranJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static string Demo()
    {
        using var sumber = typeof(App.AppServiceCollectionExtensions).Assembly.GetManifestResourceStream("Sakip.Demo.anggaran_1871_2024.csv")!;
        using var baca = new StreamReader(sumber);
        return baca.ReadToEnd();
    }

    private static string? Foto => Environment.GetEnvironmentVariable("SAKIP_FOTO");

    private static async Task FotoAsync(IPage page, string nama)
    {
        if (Foto is { } dir)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(dir, nama + ".png"), FullPage = true });
        }
    }

    [Theory]
    [InlineData(1366)]
    [InlineData(390)]
    public Task SeeTheBudgetYear_ImportARevision_RecordSimonika(int lebar) => browser.RunAsync($"{nameof(SeeTheBudgetYear_ImportARevision_RecordSimonika)}-{lebar}", async page =>
    {
        await page.SetViewportSizeAsync(lebar, 900);
        await browser.MasukAsync(page, "operator.1871");
        await page.GetByRole(AriaRole.Link, new() { Name = "Anggaran", Exact = true }).ClickAsync();
        await Expect(page.Locator("#penyerapan-total")).ToHaveTextAsync("99,94 %");
        await Expect(page.Locator("#pagu-terbilang")).ToContainTextAsync("Pagu Hibah APBD Rp 37.000.000.000,- (Tiga Puluh Tujuh Miliar Rupiah)");
        await Expect(page.Locator("table#pohon-anggaran")).ToContainTextAsync("Rp 3.311.624.999");
        await Expect(page.Locator("svg.grafik")).ToHaveCountAsync(1);
        await Expect(page.Locator("table#indikator-anggaran")).ToContainTextAsync("Jumlah revisi yang dilakukan terhadap rencana kerja");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= lebar, "halaman anggaran melebar");
        var revisiAwal = int.Parse(await page.Locator("#jumlah-revisi").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(revisiAwal >= 22);
        await FotoAsync(page, $"anggaran-{lebar}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Impor realisasi atau revisi" }).ClickAsync();
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= lebar, "halaman impor anggaran melebar");
        var berkas = page.GetByLabel("Berkas DIPA (CSV atau XLSX, paling besar 8 MB)");
        await berkas.SetInputFilesAsync(new FilePayload { Name = "salah.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(Demo().Replace("Teknis Penyelenggaraan Pemilu/Pemilihan,rm,21563780000", "Teknis Penyelenggaraan Pemilu/Pemilihan,rm,dua puluh satu miliar", StringComparison.Ordinal)) });
        await page.Locator("#impor-anggaran").ClickAsync();
        await Expect(page.Locator("#ringkasan-kesalahan")).ToContainTextAsync("salah.csv, baris 3, kolom pagu: 'dua puluh satu miliar' bukan jumlah rupiah");
        await Expect(page.Locator("#ringkasan-kesalahan")).ToContainTextAsync("tidak ada yang disimpan");
        await FotoAsync(page, $"anggaran-impor-salah-{lebar}");

        // Two kegiatan's pagu moved within the program: a revision, with its particulars.
        var geser = lebar * 1000;
        var revisi = Demo()
            .Replace("Teknis Penyelenggaraan Pemilu/Pemilihan,rm,21563780000,", $"Teknis Penyelenggaraan Pemilu/Pemilihan,rm,{21563780000 - geser},", StringComparison.Ordinal)
            .Replace("Penyelenggaraan Pemilu\",rm,866381000,", $"Penyelenggaraan Pemilu\",rm,{866381000 + geser},", StringComparison.Ordinal);
        await berkas.SetInputFilesAsync(new FilePayload { Name = "revisi.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(revisi) });
        await page.GetByLabel("Jenis revisi").First.SelectOptionAsync("pok");
        await page.GetByLabel("Tanggal revisi").First.FillAsync("2024-12-20");
        await page.GetByLabel("Alasan revisi").First.FillAsync("Pergeseran antarkegiatan untuk penyusunan dokumen perencanaan");
        await page.Locator("#impor-anggaran").ClickAsync();
        await Expect(page.Locator("#pesan-anggaran")).ToContainTextAsync($"revisi ke-{revisiAwal + 1}: 30 baris");
        await Expect(page.Locator("#pesan-anggaran")).ToContainTextAsync("pagu 2 baris berubah");
        await Expect(page.Locator("#jumlah-revisi")).ToHaveTextAsync((revisiAwal + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(page.Locator("table#riwayat-revisi")).ToContainTextAsync($"076.01.CQ.6867 (APBN (Rupiah Murni)): ");
        await Expect(page.Locator("table#riwayat-revisi")).ToContainTextAsync("Pergeseran antarkegiatan untuk penyusunan dokumen perencanaan");
        await Expect(page.Locator("#penyerapan-total")).ToHaveTextAsync("99,94 %");
        await Expect(page.Locator("table#ringkasan-anggaran")).ToContainTextAsync("Rp 45.080.156.000");

        await page.GetByLabel("Bulan yang dilaporkan").SelectOptionAsync("12");
        await page.GetByLabel("Tanggal dikirim (kosongkan bila belum)").FillAsync("2025-01-09");
        await page.GetByLabel("Dinyatakan valid").CheckAsync();
        await page.Locator("#catat-simonika").ClickAsync();
        await Expect(page.Locator("#pesan-anggaran")).ToContainTextAsync("Laporan SIMONIKA Desember 2024 dicatat: tepat waktu, valid.");
        await Expect(page.Locator("#kepatuhan-simonika")).ToContainTextAsync("12 dari 12 (100,00 %)");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= lebar, "halaman anggaran melebar");

        // Sasaran 4 linked to the Pemilu's voting lines: the efficiency table gains its row; a code not in the DIPA is refused.
        await page.GetByLabel("Sasaran", new() { Exact = true }).SelectOptionAsync("4");
        await page.GetByLabel("Kode baris anggaran, dipisah koma (kosongkan untuk melepas)").FillAsync("076.01.CQ.6872, 076.01.CQ.9999");
        await page.Locator("#tautkan-sasaran").ClickAsync();
        await Expect(page.Locator("#ringkasan-kesalahan")).ToContainTextAsync("Kode 076.01.CQ.9999 bukan baris DIPA 2024 yang berlaku.");
        await page.GetByLabel("Kode baris anggaran, dipisah koma (kosongkan untuk melepas)").FillAsync("076.01.CQ.6872");
        await page.Locator("#tautkan-sasaran").ClickAsync();
        await Expect(page.Locator("#pesan-anggaran")).ToContainTextAsync("ditautkan ke 1 baris anggaran");
        await Expect(page.Locator("table#efisiensi")).ToContainTextAsync("Terwujudnya Pemilu Serentak yang aman dan damai");
        await FotoAsync(page, $"anggaran-revisi-{lebar}");
    });
}
