using System.Net;
using AngleSharp.Html.Parser;

namespace Sakip.Web.Tests.Keamanan;

public class SignInTests(SakipWebFactory factory) : IClassFixture<SakipWebFactory>
{
    private static async Task<string> Alert(HttpResponseMessage respons) =>
        new HtmlParser().ParseDocument(await respons.Content.ReadAsStringAsync()).QuerySelector("[role=alert]")?.TextContent.Trim() ?? string.Empty;

    [Fact]
    public async Task WrongPasswordAndUnknownName_GetTheSameMessage()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var salahSandi = await SakipWebFactory.MasukAsync(client, "pemantau.1871", "BukanSandiYangBenar1");
        var tidakAda = await SakipWebFactory.MasukAsync(client, "tidak.ada", "BukanSandiYangBenar1");

        Assert.Equal(HttpStatusCode.OK, salahSandi.StatusCode);
        Assert.Equal("Nama pengguna atau kata sandi salah.", await Alert(salahSandi));
        Assert.Equal("Nama pengguna atau kata sandi salah.", await Alert(tidakAda));
    }

    [Fact]
    public async Task EmptyFields_SayWhichFieldIsWrong()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var respons = await SakipWebFactory.MasukAsync(client, string.Empty, string.Empty);
        var html = new HtmlParser().ParseDocument(await respons.Content.ReadAsStringAsync());

        Assert.Equal("Nama pengguna wajib diisi.", html.QuerySelector("[data-valmsg-for='Input.NamaPengguna']")!.TextContent);
        Assert.Equal("Kata sandi wajib diisi.", html.QuerySelector("[data-valmsg-for='Input.KataSandi']")!.TextContent);
    }

    [Theory]
    [InlineData("operator.1801")]
    [InlineData("tidak.ada.sama.sekali")]
    public async Task FiveFailures_SlowThatNameFromThatAddress_WithTheSameAnswerForAnyName(string nama)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        for (var i = 0; i < 5; i++)
        {
            var gagal = await SakipWebFactory.MasukAsync(client, nama, "SandiSalahSekali" + i);
            Assert.Equal("Nama pengguna atau kata sandi salah.", await Alert(gagal));
        }

        var keenam = await SakipWebFactory.MasukAsync(client, nama, SakipWebFactory.KataSandiDemo);

        Assert.Equal((HttpStatusCode)429, keenam.StatusCode);
        Assert.Equal("Terlalu banyak percobaan masuk yang gagal dari perangkat ini. Tunggu 15 menit, lalu coba lagi.", await Alert(keenam));
        Assert.Equal("900", keenam.Headers.GetValues("Retry-After").Single());
        var lain = await SakipWebFactory.MasukAsync(client, "pemantau.1871", SakipWebFactory.KataSandiDemo);
        Assert.Equal(HttpStatusCode.Redirect, lain.StatusCode);
    }

    /// <summary>The value of a cookie set by a response ("name=value"), or null.</summary>
    private static string? Cookie(HttpResponseMessage r, string nama) =>
        r.Headers.TryGetValues("Set-Cookie", out var v) ? v.Select(c => c.Split(';')[0]).LastOrDefault(c => c.StartsWith(nama + "=", StringComparison.Ordinal)) : null;

    private static string Token(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private static async Task<HttpResponseMessage> Kirim(HttpClient c, HttpMethod metode, string url, string cookies, Dictionary<string, string>? form = null)
    {
        using var req = new HttpRequestMessage(metode, new Uri(url, UriKind.Relative)) { Content = form is null ? null : new FormUrlEncodedContent(form) };
        req.Headers.Add("Cookie", cookies);
        return await c.SendAsync(req);
    }

    [Fact]
    public async Task SignOut_EndsTheSessionOnTheServer_ReplayingTheCookieGetsNothing()
    {
        var c = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var masukHalaman = await c.GetAsync(new Uri("/Masuk", UriKind.Relative));
        var af = Cookie(masukHalaman, "sakip.af")!;
        var masuk = await Kirim(c, HttpMethod.Post, "/Masuk", af, new()
        {
            ["Input.NamaPengguna"] = "evaluator.1871",
            ["Input.KataSandi"] = SakipWebFactory.KataSandiDemo,
            ["__RequestVerificationToken"] = Token(await masukHalaman.Content.ReadAsStringAsync()),
        });
        var sesi = Cookie(masuk, "sakip.sesi")!;
        var halaman = await Kirim(c, HttpMethod.Get, "/Capaian", $"{sesi}; {af}");
        Assert.Equal(HttpStatusCode.OK, halaman.StatusCode);

        var keluar = await Kirim(c, HttpMethod.Post, "/Keluar", $"{sesi}; {Cookie(halaman, "sakip.af") ?? af}", new() { ["__RequestVerificationToken"] = Token(await halaman.Content.ReadAsStringAsync()) });
        Assert.Equal(HttpStatusCode.Redirect, keluar.StatusCode);

        var replay = await Kirim(c, HttpMethod.Get, "/Capaian", sesi);
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.StartsWith("/Masuk", replay.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_RedirectsOnlyToLocalAddresses()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var token = await SakipWebFactory.TokenAsync(client, "/Masuk");

        var respons = await client.PostAsync(new Uri("/Masuk?kembali=https://contoh.invalid/curi", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.NamaPengguna"] = "pemantau.1871",
            ["Input.KataSandi"] = SakipWebFactory.KataSandiDemo,
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, respons.StatusCode);
        Assert.Equal("/", respons.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SessionCookie_IsHttpOnlyAndStrict()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var respons = await SakipWebFactory.MasukAsync(client, "pemantau.1871", SakipWebFactory.KataSandiDemo);

        var cookie = respons.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("sakip.sesi=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var client = await factory.MasukAsync("evaluator.1871");
        var token = await SakipWebFactory.TokenAsync(client, "/Keluar");

        var keluar = await client.PostAsync(new Uri("/Keluar", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var sesudah = await client.GetAsync(new Uri("/Capaian", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, keluar.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, sesudah.StatusCode);
        Assert.StartsWith("/Masuk", sesudah.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
