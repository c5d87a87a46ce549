using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;

namespace Sakip.Web.Tests.Pages;

public class CapaianPageTests(SakipWebFactory factory) : IClassFixture<SakipWebFactory>, IAsyncLifetime
{
    private HttpClient client = null!;

    /// <summary>The province operator reads both KPU Provinsi Lampung and its kab/kota.</summary>
    public async Task InitializeAsync() => client = await factory.MasukAsync("operator.18");

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<(HttpResponseMessage Response, IHtmlDocument Html)> Get(string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var html = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        return (response, html);
    }

    [Fact]
    public async Task Dashboard_ShowsQuarterlyProgressAgainstTheRencanaAksi()
    {
        var pk = await factory.PerjanjianAsync("1871");
        var ind = await factory.IndikatorAsync("1871", "5.1");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var satker = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
                scope.ServiceProvider.GetRequiredService<Sakip.App.Data.SakipDbContext>().Satkers, x => x.Kode == "1871");
            var sistem = new Sakip.App.Keamanan.AksesPengguna(0, "sistem", "Sistem", new() { [satker.Id] = [Sakip.App.Entities.Peran.Administrator] });
            var salah = await scope.ServiceProvider.GetRequiredService<Sakip.App.Features.Perjanjian.EditRencanaAksi.Handler>().HandleAsync(
                sistem, new(pk, [new(ind, ["3 kali", "6 kali", "9 kali", "12 kali"], "Revisi tepat waktu", "Subbag Program")]), default);
            Assert.True(salah.Berhasil, salah.Pesan);
        }

        var (_, html) = await Get("/Capaian?satker=1871&tahun=2024");

        var baris = html.QuerySelectorAll("#kemajuan-ra tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent == "5.1");
        Assert.Equal("183,33 %", baris.QuerySelectorAll("td").Last().TextContent.Trim());
    }

    [Fact]
    public async Task Home_IsTheUsersSatkerInItsYearInForce_WithLinksToTheDashboard()
    {
        var (response, html) = await Get("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("KPU Provinsi Lampung · 2024", html.QuerySelector("h1")!.TextContent);
        Assert.NotNull(html.QuerySelector("a[href='/Capaian?satker=18&tahun=2024']"));
        Assert.NotNull(html.QuerySelector("nav a[href='/Realisasi?satker=18']"));
    }

    [Fact]
    public async Task Oversight_TheProvinceSeesItselfAndItsFifteenKabKota_OnOneTable()
    {
        var (response, html) = await Get("/Pengawasan");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var baris = html.QuerySelectorAll("table#tabel-satker tbody tr");
        Assert.Equal(16, baris.Length);
        var kota = baris.Single(b => b.QuerySelector("th a")!.GetAttribute("href") == "/Capaian?satker=1871&tahun=2024");
        Assert.Equal("ditandatangani", kota.QuerySelectorAll("td")[0].TextContent);
        Assert.NotNull(html.QuerySelector("nav a[href='/Pengawasan?satker=18']"));
    }

    [Theory]
    [InlineData("/Renstra")]
    [InlineData("/Rkt")]
    [InlineData("/PerjanjianKinerja")]
    [InlineData("/Realisasi")]
    public async Task EveryPage_PicksTheSatkerFromAList_OfTheSatkerTheUserReads(string alamat)
    {
        var (response, html) = await Get(alamat);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pilihan = html.QuerySelectorAll("select#satker option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal("18", html.QuerySelector("select#satker option[selected]")!.GetAttribute("value"));
        Assert.Contains("1871", pilihan);
        Assert.DoesNotContain("00", pilihan);
        Assert.Empty(html.QuerySelectorAll("input#satker"));
    }

    [Fact]
    public async Task Dashboard_Default_ShowsTheUsersOwnSatker_TheProvinceForAProvince()
    {
        var (response, html) = await Get("/Capaian");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("KPU Provinsi Lampung · 2024", html.QuerySelector("#judul-pk")!.TextContent.Trim());
    }

    [Fact]
    public async Task Dashboard_1871_ShowsEveryIndicatorWithIndonesianFigures()
    {
        var (response, html) = await Get("/Capaian?satker=1871&tahun=2024");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = html.QuerySelectorAll("table.pengukuran tbody tr:not(.baris-sasaran)")
            .ToDictionary(tr => tr.QuerySelector("th")!.TextContent.Trim(), tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray());
        Assert.Equal(16, rows.Count);
        Assert.StartsWith("143,75 %", rows["1.2"][3], StringComparison.Ordinal);
        Assert.Equal("0,16 %", rows["1.2"][1]);
        Assert.Equal("0,09 %", rows["1.2"][2]);
        Assert.StartsWith("183,33 %", rows["5.1"][3], StringComparison.Ordinal);
        Assert.StartsWith("66,23 %", rows["3.1"][3], StringComparison.Ordinal);
        Assert.Equal("Cukup Baik", rows["3.1"][4]);
        Assert.Equal("belum diisi", rows["1.5"][2]);
        Assert.Equal("realisasi belum diisi", rows["1.5"][4]);
        Assert.Contains("109,81 %", html.QuerySelector("table.pengukuran tfoot")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(5, html.QuerySelectorAll("tr.baris-sasaran").Length);
    }

    [Fact]
    public async Task Dashboard_IsAccessible_TablesHaveCaptionsAndHeaders_ChartsHaveTitles()
    {
        var (_, html) = await Get("/Capaian?satker=1871&tahun=2024");

        Assert.All(html.QuerySelectorAll("table"), t => Assert.NotNull(t.QuerySelector("caption")));
        Assert.All(html.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        var charts = html.QuerySelectorAll("svg.grafik");
        Assert.Equal(2, charts.Length);
        Assert.All(charts, svg =>
        {
            Assert.Equal("img", svg.GetAttribute("role"));
            Assert.NotNull(svg.QuerySelector("title"));
            Assert.NotNull(svg.QuerySelector("desc"));
        });
        Assert.Equal(16, charts[0].QuerySelectorAll("g.batang").Length);
        Assert.NotNull(charts[0].QuerySelector("line.garis100"));
        Assert.Equal("id", html.DocumentElement.GetAttribute("lang"));
        Assert.All(html.QuerySelectorAll("select, input:not([type=hidden])"), e => Assert.NotNull(html.QuerySelector($"label[for='{e.Id}']")));
    }

    [Fact]
    public async Task Dashboard_Province_OffersBothAgreements()
    {
        var (_, html) = await Get("/Capaian?satker=18&tahun=2024&pk=SEKRETARIS");

        var options = html.QuerySelectorAll("#pk option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["KETUA", "SEKRETARIS"], options);
        Assert.Equal("SEKRETARIS", html.QuerySelector("#pk option[selected]")!.GetAttribute("value"));
        Assert.Equal(18, html.QuerySelectorAll("table.pengukuran tbody tr:not(.baris-sasaran)").Length);
    }

    [Theory]
    [InlineData("/Capaian?satker=9999&tahun=2024", "Satker dengan kode '9999' tidak ditemukan.")]
    [InlineData("/Capaian?satker=1871&tahun=2019", "Belum ada Perjanjian Kinerja tahun 2019 untuk KPU Kota Bandar Lampung.")]
    public async Task Dashboard_UnknownSatkerOrYear_IsA404WithAClearMessage(string url, string pesan)
    {
        var (response, html) = await Get(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(pesan, html.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_UserTextIsEncoded()
    {
        var (response, html) = await Get("/Capaian?satker=%3Cscript%3Ealert(1)%3C/script%3E&tahun=2024");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(html.QuerySelectorAll("main script"));
        Assert.Contains("<script>alert(1)</script>", html.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Responses_CarrySecurityHeadersAndServerTiming()
    {
        var response = await client.GetAsync(new Uri("/Capaian?satker=1871&tahun=2024", UriKind.Relative));

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.StartsWith("app;dur=", response.Headers.GetValues("Server-Timing").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_HaveNoInlineScriptsOrStyles()
    {
        var (_, html) = await Get("/Capaian?satker=1871&tahun=2024");

        Assert.Empty(html.QuerySelectorAll("script:not([src])"));
        Assert.Empty(html.QuerySelectorAll("style"));
        Assert.Empty(html.QuerySelectorAll("[style]"));
    }

    [Fact]
    public async Task UnknownPage_IsAnIndonesian404()
    {
        var (response, html) = await Get("/tidak-ada");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Halaman tidak ditemukan", html.QuerySelector("h1")!.TextContent);
    }
}
