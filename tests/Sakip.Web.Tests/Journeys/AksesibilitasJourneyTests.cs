namespace Sakip.Web.Tests.Journeys;

/// <summary>
/// Every demo account, signed in, follows every link of its menu (and the pages one click below
/// the lists, a Laporan Kinerja's parts and public page, the Manual IKU, the organisation's forms, the evaluation's pages and the election data): each page passes axe-core's WCAG 2.1 A and AA rules with no serious or critical
/// violation, and on a 390 px phone none scrolls sideways.
/// </summary>
public class AksesibilitasJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>Links found on these pages are followed one level (the first of each kind).</summary>
    private static readonly string[] Turunan = ["/Realisasi/Isi", "/PerjanjianKinerja/Lihat", "/PerjanjianKinerja/RencanaAksi", "/Pengguna/Tambah", "/Realisasi/Unggah", "/PerjanjianKinerja/Buat", "/Laporan/Lihat", "/Laporan/Naratif", "/publik/", "/ManualIku?", "/ManualIku/Ubah", "/Organisasi/Divisi", "/Organisasi/Pegawai", "/Organisasi/Tim", "/Organisasi/Anggota", "/Evaluasi/Rekap", "/Evaluasi/Jawab", "/Evaluasi/Rekomendasi", "/Evaluasi/TindakLanjut", "/Evaluasi/Impor", "/Evaluasi/Templat", "/Kepemiluan/Rekap", "/Kepemiluan/Impor"];

    [Theory]
    [InlineData("operator.1871")]
    [InlineData("pimpinan.1871")]
    [InlineData("admin.1871")]
    [InlineData("evaluator.1871")]
    [InlineData("pemantau.1871")]
    [InlineData("operator.18")]
    [InlineData("pimpinan.18")]
    [InlineData("operator.1801")]
    [InlineData("evaluator.18")]
    [InlineData("admin.00")]
    public Task EveryPageOfTheMenu_PassesAxe_AndFitsAPhone(string akun) => browser.RunAsync($"{nameof(EveryPageOfTheMenu_PassesAxe_AndFitsAPhone)}-{akun}", async page =>
    {
        await browser.App.LaporanAsync("1871");
        await browser.App.EvaluasiAsync("1871");
        await Axe.SiapkanAsync(page);
        await browser.MasukAsync(page, akun);
        var menu = await page.Locator("nav[aria-label='Navigasi utama'] a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
        var alamat = new List<string>(menu.Append("/Akun").Distinct(StringComparer.Ordinal));
        var temuan = new List<string>();
        for (var i = 0; i < alamat.Count; i++)
        {
            await page.SetViewportSizeAsync(1366, 900);
            var jawaban = await page.GotoAsync(browser.BaseUrl + alamat[i]);
            Assert.True(jawaban?.Ok, $"{akun}: {alamat[i]} menjawab {jawaban?.Status}");
            var hasil = await Axe.PeriksaAsync(page);
            Assert.True(hasil.Lulus > 0, $"axe-core tidak memeriksa apa pun pada {alamat[i]}");
            temuan.AddRange(hasil.Pelanggaran
                .Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{alamat[i]}: {v.Id} ({v.Impact}) {v.Help} di {string.Join(", ", v.Target)}"));

            await page.SetViewportSizeAsync(390, 844);
            var lebar = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            if (lebar > 390)
            {
                temuan.Add($"{alamat[i]}: {lebar} px lebar pada ponsel 390 px");
            }

            if (menu.Contains(alamat[i]) || alamat[i].StartsWith("/Laporan/Lihat", StringComparison.Ordinal) || alamat[i].StartsWith("/ManualIku?", StringComparison.Ordinal))
            {
                foreach (var awalan in Turunan)
                {
                    var tautan = await page.Locator($"main a[href^='{awalan}']").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
                    if (tautan.FirstOrDefault() is { } t && !alamat.Any(a => a.StartsWith(awalan, StringComparison.Ordinal)))
                    {
                        alamat.Add(t);
                    }
                }
            }
        }

        Assert.True(temuan.Count == 0, $"{akun}:\n{string.Join("\n", temuan)}");
        Assert.True(alamat.Count >= 8, $"{akun} hanya membuka {alamat.Count} halaman: {string.Join(", ", alamat)}");
    });

    /// <summary>The checker itself can fail: a page with an image without alt text and a nameless button is caught.</summary>
    [Fact]
    public Task TheChecker_FindsViolations_OnAPageThatHasThem() => browser.RunAsync(nameof(TheChecker_FindsViolations_OnAPageThatHasThem), async page =>
    {
        await Axe.SiapkanAsync(page);
        await page.RouteAsync(browser.BaseUrl + "/uji-aksesibilitas", r => r.FulfillAsync(new()
        {
            ContentType = "text/html; charset=utf-8",
            Body = "<!doctype html><html lang=\"id\"><head><title>Uji</title></head><body><main><img src=\"/x.png\"><button></button></main></body></html>",
        }));
        await page.GotoAsync(browser.BaseUrl + "/uji-aksesibilitas");

        var hasil = await Axe.PeriksaAsync(page);

        Assert.True(hasil.Lulus > 0);
        Assert.Contains(hasil.Pelanggaran, v => v.Id == "image-alt" && v.Impact == "critical");
        Assert.Contains(hasil.Pelanggaran, v => v.Id == "button-name");
    });
}
