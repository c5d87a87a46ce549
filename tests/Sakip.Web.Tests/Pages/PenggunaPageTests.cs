using System.Net;
using AngleSharp.Html.Parser;

namespace Sakip.Web.Tests.Pages;

public class PenggunaPageTests(SakipWebFactory factory) : IClassFixture<SakipWebFactory>
{
    private static async Task<HttpResponseMessage> Kirim(HttpClient client, string url, Dictionary<string, string> isian)
    {
        isian["__RequestVerificationToken"] = await SakipWebFactory.TokenAsync(client, url.Split('?')[0]);
        return await client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(isian));
    }

    [Fact]
    public async Task Pimpinan_CreatesAUser_FieldErrorsFirst_ThenTheUserIsListed()
    {
        var client = await factory.MasukAsync("pimpinan.1871");

        var salah = await Kirim(client, "/Pengguna/Tambah", new()
        {
            ["Input.NamaPengguna"] = "x",
            ["Input.NamaLengkap"] = "Staf Perencanaan",
            ["Input.KataSandi"] = "pendek",
            ["Input.Peran"] = "1",
            ["Input.KodeSatker"] = "1871",
        });
        var html = new HtmlParser().ParseDocument(await salah.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, salah.StatusCode);
        Assert.Contains("Nama pengguna 3-60 karakter", html.QuerySelector("[data-valmsg-for='Input.NamaPengguna']")!.TextContent, StringComparison.Ordinal);

        var sandiLemah = await Kirim(client, "/Pengguna/Tambah", new()
        {
            ["Input.NamaPengguna"] = "staf.perencanaan",
            ["Input.NamaLengkap"] = "Staf Perencanaan",
            ["Input.KataSandi"] = "pendek",
            ["Input.Peran"] = "1",
            ["Input.KodeSatker"] = "1871",
        });
        html = new HtmlParser().ParseDocument(await sandiLemah.Content.ReadAsStringAsync());
        Assert.Contains("minimal 12 karakter", html.QuerySelector("[data-valmsg-for='Input.KataSandi']")!.TextContent, StringComparison.Ordinal);

        var baik = await Kirim(client, "/Pengguna/Tambah", new()
        {
            ["Input.NamaPengguna"] = "staf.perencanaan",
            ["Input.NamaLengkap"] = "Staf <b>Perencanaan</b>",
            ["Input.KataSandi"] = "KataSandiKuat2024",
            ["Input.Peran"] = "1",
            ["Input.KodeSatker"] = "1871",
        });
        Assert.Equal(HttpStatusCode.Redirect, baik.StatusCode);

        var daftar = await client.GetStringAsync(new Uri("/Pengguna", UriKind.Relative));
        Assert.Contains("Pengguna staf.perencanaan dibuat.", daftar, StringComparison.Ordinal);
        Assert.Contains("Staf &lt;b&gt;Perencanaan&lt;/b&gt;", daftar, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Perencanaan</b>", daftar, StringComparison.Ordinal);

        var baru = factory.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await SakipWebFactory.MasukAsync(baru, "staf.perencanaan", "KataSandiKuat2024")).StatusCode);
    }

    [Fact]
    public async Task Pimpinan_GrantsAndRevokesARole()
    {
        var client = await factory.MasukAsync("pimpinan.1871");
        var halaman = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/Pengguna", UriKind.Relative)));
        var penggunaId = halaman.QuerySelectorAll("tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent == "pemantau.1871")
            .QuerySelector("input[name=penggunaId]")!.GetAttribute("value")!;

        var tambah = await Kirim(client, "/Pengguna?handler=TambahHak", new() { ["penggunaId"] = penggunaId, ["peran"] = "Evaluator", ["kodeSatker"] = "1871" });
        Assert.Equal(HttpStatusCode.Redirect, tambah.StatusCode);

        var ditolak = await Kirim(client, "/Pengguna?handler=TambahHak", new() { ["penggunaId"] = penggunaId, ["peran"] = "Administrator", ["kodeSatker"] = "1871" });
        Assert.Equal(HttpStatusCode.Forbidden, ditolak.StatusCode);
        Assert.Contains("Hanya administrator", await ditolak.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        halaman = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/Pengguna", UriKind.Relative)));
        var baris = halaman.QuerySelectorAll("tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent == "pemantau.1871");
        Assert.Contains("Evaluator pada 1871", baris.TextContent, StringComparison.Ordinal);
        var hakId = baris.QuerySelectorAll("li").Single(li => li.TextContent.Contains("Evaluator", StringComparison.Ordinal)).QuerySelector("input[name=hakAksesId]")!.GetAttribute("value")!;

        var cabut = await Kirim(client, "/Pengguna?handler=CabutHak", new() { ["hakAksesId"] = hakId });
        Assert.Equal(HttpStatusCode.Redirect, cabut.StatusCode);
        halaman = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/Pengguna", UriKind.Relative)));
        baris = halaman.QuerySelectorAll("tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent == "pemantau.1871");
        Assert.DoesNotContain("Evaluator pada 1871", baris.TextContent, StringComparison.Ordinal);
    }
}
