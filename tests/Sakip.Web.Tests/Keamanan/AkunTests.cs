using System.Net;
using AngleSharp.Html.Parser;

namespace Sakip.Web.Tests.Keamanan;

/// <summary>A user changes their own password: the current one is asked, the rules apply, other sessions end.</summary>
public class AkunTests(SakipWebFactory factory) : IClassFixture<SakipWebFactory>
{
    private static async Task<HttpResponseMessage> GantiAsync(HttpClient client, string lama, string baru, string ulangi) =>
        await client.PostAsync(new Uri("/Akun", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["KataSandiLama"] = lama,
            ["KataSandiBaru"] = baru,
            ["Ulangi"] = ulangi,
            ["__RequestVerificationToken"] = await SakipWebFactory.TokenAsync(client, "/Akun"),
        }));

    [Fact]
    public async Task ChangingThePassword_KeepsThisSession_EndsTheOthers()
    {
        var ini = await factory.MasukAsync("evaluator.1871");
        var lain = await factory.MasukAsync("evaluator.1871");

        var salah = await GantiAsync(ini, "BukanSandiLama1", "SandiEvaluatorBaru2025", "SandiEvaluatorBaru2025");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, salah.StatusCode);
        Assert.Equal("Kata sandi saat ini tidak cocok.", new HtmlParser().ParseDocument(await salah.Content.ReadAsStringAsync()).QuerySelector("[data-valmsg-for=KataSandiLama]")!.TextContent);

        var beda = await GantiAsync(ini, SakipWebFactory.KataSandiDemo, "SandiEvaluatorBaru2025", "SandiEvaluatorBaru2026");
        Assert.Equal("Ulangan kata sandi baru tidak sama.", new HtmlParser().ParseDocument(await beda.Content.ReadAsStringAsync()).QuerySelector("[data-valmsg-for=Ulangi]")!.TextContent);

        var benar = await GantiAsync(ini, SakipWebFactory.KataSandiDemo, "SandiEvaluatorBaru2025", "SandiEvaluatorBaru2025");
        Assert.Equal(HttpStatusCode.Redirect, benar.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ini.GetAsync(new Uri("/Capaian?satker=1871&tahun=2024", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await lain.GetAsync(new Uri("/Capaian?satker=1871&tahun=2024", UriKind.Relative))).StatusCode);

        var baru = factory.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await SakipWebFactory.MasukAsync(baru, "evaluator.1871", "SandiEvaluatorBaru2025")).StatusCode);
    }
}
