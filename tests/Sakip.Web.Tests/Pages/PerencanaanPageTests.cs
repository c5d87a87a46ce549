using System.Net;
using AngleSharp.Html.Parser;

namespace Sakip.Web.Tests.Pages;

/// <summary>Writing the Renstra and the RKT with its budget over HTTP: forms answer with the field that is wrong.</summary>
public class PerencanaanPageTests(SakipWebFactory factory) : IClassFixture<SakipWebFactory>
{
    private static async Task<HttpResponseMessage> KirimAsync(HttpClient client, string halaman, string handler, Dictionary<string, string> isian)
    {
        isian["__RequestVerificationToken"] = await SakipWebFactory.TokenAsync(client, halaman);
        var pemisah = halaman.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        return await client.PostAsync(new Uri($"{halaman}{pemisah}handler={handler}", UriKind.Relative), new FormUrlEncodedContent(isian));
    }

    [Fact]
    public async Task Renstra_NewSasaranWithYearlyTargets_AndABadTargetNamed()
    {
        var client = await factory.MasukAsync("operator.1871");
        const string Halaman = "/Renstra?satker=1871";

        var sasaran = await KirimAsync(client, Halaman, "Sasaran", new() { ["satker"] = "1871", ["kode"] = "SS9", ["uraian"] = "Meningkatnya literasi demokrasi" });
        Assert.Equal(HttpStatusCode.Redirect, sasaran.StatusCode);
        var html = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri(Halaman, UriKind.Relative)));
        var id = html.QuerySelectorAll("form[action*='handler=Indikator'] input[name=sasaranId]").Last().GetAttribute("value")!;
        var tahun = html.QuerySelectorAll("form[action*='handler=Indikator'] input[name^=target]").Last().GetAttribute("name")!;

        var salah = await KirimAsync(client, Halaman, "Indikator", new() { ["satker"] = "1871", ["sasaranId"] = id, ["kode"] = "1", ["uraian"] = "Indeks literasi", [tahun] = "tinggi" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, salah.StatusCode);
        Assert.Contains($"Target {tahun[(tahun.IndexOf('[', StringComparison.Ordinal) + 1)..^1]}: ", new HtmlParser().ParseDocument(await salah.Content.ReadAsStringAsync()).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);

        var benar = await KirimAsync(client, Halaman, "Indikator", new() { ["satker"] = "1871", ["sasaranId"] = id, ["kode"] = "1", ["uraian"] = "Indeks literasi", [tahun] = "70,5" });
        Assert.Equal(HttpStatusCode.Redirect, benar.StatusCode);
        Assert.Contains("70,5", await client.GetStringAsync(new Uri(Halaman, UriKind.Relative)), StringComparison.Ordinal);

        var pemantau = await factory.MasukAsync("pemantau.1871");
        var ditolak = await KirimAsync(pemantau, Halaman, "Sasaran", new() { ["satker"] = "1871", ["kode"] = "SS10", ["uraian"] = "Tidak boleh" });
        Assert.Equal(HttpStatusCode.Forbidden, ditolak.StatusCode);
    }

    [Fact]
    public async Task Rkt_ProgrammeBudget_AddsUpAndABadAmountIsRefused()
    {
        var client = await factory.MasukAsync("operator.1871");
        const string Halaman = "/Rkt?satker=1871&tahun=2024";
        var sebelum = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri(Halaman, UriKind.Relative))).QuerySelector("#total-pagu")!.TextContent;

        var salah = await KirimAsync(client, Halaman, "Program", new() { ["satker"] = "1871", ["tahun"] = "2024", ["nama"] = "Program Uji", ["pagu"] = "satu miliar" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, salah.StatusCode);
        Assert.StartsWith("Pagu:", new HtmlParser().ParseDocument(await salah.Content.ReadAsStringAsync()).QuerySelector("#kesalahan-rkt")!.TextContent, StringComparison.Ordinal);

        var benar = await KirimAsync(client, Halaman, "Program", new() { ["satker"] = "1871", ["tahun"] = "2024", ["nama"] = "Program Uji", ["pagu"] = "Rp 1.000.000" });
        Assert.Equal(HttpStatusCode.Redirect, benar.StatusCode);
        var sesudah = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri(Halaman, UriKind.Relative)));
        Assert.NotEqual(sebelum, sesudah.QuerySelector("#total-pagu")!.TextContent);
        Assert.Contains("Program Uji", sesudah.QuerySelector("#program")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RencanaAksi_TwoPeopleSaveFormsOpenedTogether_TheSecondGetsAConflictAndNothingOfItIsSaved()
    {
        var client = await factory.MasukAsync("operator.1871");
        var halaman = $"/PerjanjianKinerja/RencanaAksi?id={await factory.PerjanjianAsync("1871")}";
        var form = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri(halaman, UriKind.Relative))).QuerySelector("form[method=post]:not(.keluar)")!;
        Dictionary<string, string> Isian(string aksi)
        {
            var isian = form.QuerySelectorAll("input[name], textarea[name]").Where(e => e.GetAttribute("name") != "__RequestVerificationToken")
                .ToDictionary(e => e.GetAttribute("name")!, e => e.GetAttribute("value") ?? e.TextContent);
            isian["Barises[0].Aksi"] = aksi;
            return isian;
        }

        async Task<HttpResponseMessage> Simpan(Dictionary<string, string> isian)
        {
            isian["__RequestVerificationToken"] = await SakipWebFactory.TokenAsync(client, halaman);
            return await client.PostAsync(new Uri(halaman, UriKind.Relative), new FormUrlEncodedContent(isian));
        }

        var pertama = Isian("Rapat koordinasi bulanan");
        var kedua = Isian("Aksi dari formulir kedua");

        Assert.Equal(HttpStatusCode.Redirect, (await Simpan(pertama)).StatusCode);
        var konflik = await Simpan(kedua);

        Assert.Equal(HttpStatusCode.Conflict, konflik.StatusCode);
        Assert.Contains("telah diubah oleh pengguna lain", await konflik.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var sesudah = await client.GetStringAsync(new Uri(halaman, UriKind.Relative));
        Assert.Contains("Rapat koordinasi bulanan", sesudah, StringComparison.Ordinal);
        Assert.DoesNotContain("Aksi dari formulir kedua", sesudah, StringComparison.Ordinal);
    }
}
