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

    [Fact]
    public async Task FiveFailures_LockTheAccount_EvenForTheRightPassword()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        HttpResponseMessage? terakhir = null;
        for (var i = 0; i < 5; i++)
        {
            terakhir = await SakipWebFactory.MasukAsync(client, "operator.1801", "SandiSalahSekali" + i);
        }

        Assert.Contains("Akun terkunci selama 15 menit", await Alert(terakhir!), StringComparison.Ordinal);
        var benar = await SakipWebFactory.MasukAsync(client, "operator.1801", SakipWebFactory.KataSandiDemo);
        Assert.Equal(HttpStatusCode.OK, benar.StatusCode);
        Assert.Contains("Akun terkunci", await Alert(benar), StringComparison.Ordinal);
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
        Assert.Equal("/Capaian", respons.Headers.Location!.OriginalString);
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
