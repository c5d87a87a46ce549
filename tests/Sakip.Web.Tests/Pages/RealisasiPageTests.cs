using System.Net;
using System.Text;
using AngleSharp.Html.Parser;

namespace Sakip.Web.Tests.Pages;

/// <summary>Entering realisasi with evidence over HTTP: uploads are sniffed and size-limited, errors name the field and file.</summary>
public class RealisasiPageTests(SakipWebFactory factory) : IClassFixture<SakipWebFactory>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    private static Task<HttpResponseMessage> Kirim(HttpClient client, string url, string handler, Dictionary<string, string> isian, params (string Nama, byte[] Isi)[] berkas) =>
        SakipWebFactory.KirimBerkasAsync(client, url + "&handler=" + handler, url, isian, berkas);

    [Fact]
    public async Task Upload_WrongTypeAndTextInANumber_AreRefusedNamingFieldAndFile_NothingWritten()
    {
        var client = await factory.MasukAsync("operator.1871");
        var url = $"/Realisasi/Isi?indikator={await factory.IndikatorAsync("1871", "3.2")}&periode=1";

        var respons = await Kirim(client, url, "Ajukan", new() { ["Nilai"] = "tujuh puluh" }, ("bukti.pdf", [0x4D, 0x5A, 0x90, 0x00]));
        var html = new HtmlParser().ParseDocument(await respons.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, respons.StatusCode);
        Assert.Contains("'tujuh puluh' bukan angka", html.QuerySelector("[data-valmsg-for='Input.Nilai']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(html.QuerySelectorAll(".salah-isian"), e => e.TextContent.Contains("'bukti.pdf' bukan PDF, JPEG, PNG, XLSX atau DOCX", StringComparison.Ordinal));
        var setelah = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri(url, UriKind.Relative)));
        Assert.Equal("belum diisi", setelah.QuerySelector("#status-realisasi")!.TextContent);
    }

    [Fact]
    public async Task Submit_WithPdf_ThenPimpinanVerifies_AndTheEvidenceDownloadsOnlyInScope()
    {
        var operatorKota = await factory.MasukAsync("operator.1871");
        var url = $"/Realisasi/Isi?indikator={await factory.IndikatorAsync("1871", "2.1")}&periode=1";

        var ajukan = await Kirim(operatorKota, url, "Ajukan", new() { ["Nilai"] = "1 laporan", ["Analisis"] = "Laporan SAK tersusun tepat waktu." }, ("laporan-sak.pdf", Pdf));
        Assert.Equal(HttpStatusCode.Redirect, ajukan.StatusCode);

        var halaman = new HtmlParser().ParseDocument(await operatorKota.GetStringAsync(new Uri(url, UriKind.Relative)));
        Assert.Equal("menunggu verifikasi pimpinan", halaman.QuerySelector("#status-realisasi")!.TextContent);
        var tautan = halaman.QuerySelector("a[href^='/Realisasi/Bukti']")!;
        Assert.Equal("laporan-sak.pdf", tautan.TextContent);

        var unduh = await operatorKota.GetAsync(new Uri(tautan.GetAttribute("href")!, UriKind.Relative));
        Assert.Equal("application/pdf", unduh.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", unduh.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(Pdf, await unduh.Content.ReadAsByteArrayAsync());

        var lain = await factory.MasukAsync("operator.1801");
        Assert.Equal(HttpStatusCode.NotFound, (await lain.GetAsync(new Uri(tautan.GetAttribute("href")!, UriKind.Relative))).StatusCode);

        var pimpinan = await factory.MasukAsync("pimpinan.1871");
        var halamanPimpinan = new HtmlParser().ParseDocument(await pimpinan.GetStringAsync(new Uri(url, UriKind.Relative)));
        var revisi = halamanPimpinan.QuerySelector("input[name=Revisi]")!.GetAttribute("value")!;
        var realisasiId = halamanPimpinan.QuerySelector("input[name=RealisasiId]")!.GetAttribute("value")!;
        var verifikasi = await Kirim(pimpinan, url, "Verifikasi", new() { ["Revisi"] = revisi, ["RealisasiId"] = realisasiId });
        Assert.Equal(HttpStatusCode.Redirect, verifikasi.StatusCode);

        var dasbor = new HtmlParser().ParseDocument(await pimpinan.GetStringAsync(new Uri("/Capaian?satker=1871&tahun=2024", UriKind.Relative)));
        var baris = dasbor.QuerySelectorAll("table.pengukuran tbody tr").Single(tr => tr.QuerySelector("th")?.TextContent == "2.1");
        Assert.StartsWith("100,00 %", baris.QuerySelector("td.angka")!.TextContent.Trim(), StringComparison.Ordinal);
    }
}
