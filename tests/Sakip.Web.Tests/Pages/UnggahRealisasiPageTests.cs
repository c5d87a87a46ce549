using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Sakip.App.Excel;
using Sakip.App.Import.Bukti;
using Sakip.App.Import.TemplatRealisasi;
using Sakip.Testing;

namespace Sakip.Web.Tests.Pages;

/// <summary>The Excel round trip over HTTP, and the XLSX download of every table.</summary>
public class UnggahRealisasiPageTests(SakipWebFactory factory) : IClassFixture<SakipWebFactory>
{
    private const string Halaman = "/Realisasi/Unggah?satker=1871&tahun=2024";

    private static async Task<byte[]> UnduhAsync(HttpClient client, string url)
    {
        var respons = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, respons.StatusCode);
        Assert.Equal(JenisBerkas.Xlsx, respons.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".xlsx", respons.Content.Headers.ContentDisposition!.FileNameStar ?? respons.Content.Headers.ContentDisposition.FileName, StringComparison.Ordinal);
        return await respons.Content.ReadAsByteArrayAsync();
    }

    private static async Task<(HttpResponseMessage Respons, IHtmlDocument Html)> PeriksaAsync(HttpClient client, string nama, byte[] isi)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(await SakipWebFactory.TokenAsync(client, Halaman)), "__RequestVerificationToken" },
        };
        var konten = new ByteArrayContent(isi);
        konten.Headers.ContentType = new MediaTypeHeaderValue(JenisBerkas.Xlsx);
        form.Add(konten, "berkas", nama);
        var respons = await client.PostAsync(new Uri(Halaman + "&handler=Periksa", UriKind.Relative), form);
        return (respons, new HtmlParser().ParseDocument(await respons.Content.ReadAsStringAsync()));
    }

    private static int Baris(byte[] xlsx, string kode)
    {
        var lembar = PembacaXlsx.Baca(xlsx).Single(l => l.Nama == TataLetakTemplat.NamaLembar);
        return Enumerable.Range(6, lembar.BarisTerakhir).First(b => lembar.Sel(1, b).Teks == kode);
    }

    [Fact]
    public async Task Operator_DownloadsFillsUploadsPreviewsAndConfirms_TheGridShowsTheDrafts()
    {
        var client = await factory.MasukAsync("operator.1871");
        var templat = await UnduhAsync(client, Halaman + "&handler=Templat");
        var terisi = XlsxUji.Isi(templat, TataLetakTemplat.NamaLembar, ("R" + Baris(templat, "1.5"), "97,5 %"), ("R" + Baris(templat, "3.2"), "88 %"));

        var (respons, html) = await PeriksaAsync(client, "isian kota.xlsx", terisi);

        Assert.Equal(HttpStatusCode.OK, respons.StatusCode);
        Assert.Equal(["1.5", "3.2"], html.QuerySelectorAll("#pratinjau tbody th").Select(t => t.TextContent));
        Assert.Contains("97,5 %", html.QuerySelector("#pratinjau tbody")!.TextContent, StringComparison.Ordinal);
        var grid = await client.GetStringAsync(new Uri("/Realisasi?satker=1871&tahun=2024", UriKind.Relative));
        Assert.DoesNotContain("97,5 %", grid, StringComparison.Ordinal);

        var konfirmasi = html.QuerySelector("form[action*='handler=Terapkan']")!;
        var simpan = await client.PostAsync(new Uri(konfirmasi.GetAttribute("action")!, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = konfirmasi.QuerySelector("input[name=token]")!.GetAttribute("value")!,
            ["__RequestVerificationToken"] = konfirmasi.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }));

        Assert.Equal(HttpStatusCode.Redirect, simpan.StatusCode);
        Assert.Equal("/Realisasi?satker=1871&tahun=2024", simpan.Headers.Location!.OriginalString);
        var sesudah = new HtmlParser().ParseDocument(await client.GetStringAsync(simpan.Headers.Location));
        Assert.Contains("2 realisasi dari berkas Excel disimpan sebagai draf", sesudah.QuerySelector(".pesan-sukses")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("97,5 %", sesudah.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadUploads_Answer422_NamingFileRowAndColumn()
    {
        var client = await factory.MasukAsync("operator.1871");
        var templat = await UnduhAsync(client, Halaman + "&handler=Templat");
        var baris = Baris(templat, "1.5");

        var (teks, html) = await PeriksaAsync(client, "isian.xlsx", XlsxUji.Isi(templat, TataLetakTemplat.NamaLembar, ("R" + baris, "tujuh puluh")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, teks.StatusCode);
        Assert.StartsWith($"isian.xlsx, baris {baris}, kolom R (Des · TW IV · Smt II · Tahun): 'tujuh puluh' tidak dapat dibaca sebagai angka.", html.QuerySelector("#kesalahan-berkas li")!.TextContent, StringComparison.Ordinal);
        Assert.Null(html.QuerySelector("form[action*='handler=Terapkan']"));

        var (besar, htmlBesar) = await PeriksaAsync(client, "besar.xlsx", new byte[(21 * 1024 * 1024) + 5]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, besar.StatusCode);
        Assert.Equal("Berkas 'besar.xlsx' berukuran 21 MB; paling besar 20 MB.", htmlBesar.QuerySelector("#kesalahan-unggah")!.TextContent);

        var (pdf, htmlPdf) = await PeriksaAsync(client, "bukti.xlsx", System.Text.Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF\n"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, pdf.StatusCode);
        Assert.StartsWith("Berkas 'bukti.xlsx' bukan buku kerja Excel (XLSX)", htmlPdf.QuerySelector("#kesalahan-berkas li")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_WithAForgedToken_WritesNothing()
    {
        var client = await factory.MasukAsync("operator.1871");
        var token = await SakipWebFactory.TokenAsync(client, Halaman);

        var respons = await client.PostAsync(new Uri(Halaman + "&handler=Terapkan", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = "palsu",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, respons.StatusCode);
        Assert.Contains("kedaluwarsa", new HtmlParser().ParseDocument(await respons.Content.ReadAsStringAsync()).QuerySelector("#kesalahan-unggah")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CapaianDownload_HoldsTheFiguresOfThePage_AsNumbers()
    {
        var client = await factory.MasukAsync("pemantau.1871");

        var lembar = Assert.Single(PembacaXlsx.Baca(await UnduhAsync(client, "/Capaian?handler=Xlsx&satker=1871&tahun=2024")));

        var baris = Enumerable.Range(1, lembar.BarisTerakhir).ToDictionary(b => lembar.Sel(1, b).TeksApaAdanya + "|" + lembar.Sel(2, b).TeksApaAdanya, b => b);
        var b12 = baris.Single(kv => kv.Key.StartsWith("1.2|", StringComparison.Ordinal)).Value;
        Assert.Equal(143.75m, lembar.Sel(5, b12).Angka);
        Assert.Equal("0,16 %", lembar.Sel(3, b12).Teks);
        Assert.Equal("Capaian (%)", lembar.Sel(5, 3).Teks);
        Assert.True(baris.ContainsKey("|Capaian keseluruhan"));
    }

    [Theory]
    [InlineData("/Realisasi?handler=Xlsx&satker=1871&tahun=2024", "Periode")]
    [InlineData("/PerjanjianKinerja?handler=Xlsx&satker=1871&tahun=2024", "Pihak pertama")]
    [InlineData("/PerjanjianKinerja/Lihat?handler=Xlsx&id={pk}", "Cara perhitungan")]
    [InlineData("/PerjanjianKinerja/RencanaAksi?handler=Xlsx&id={pk}", "Triwulan")]
    [InlineData("/Renstra?handler=Xlsx&satker=1871", "Indikator")]
    [InlineData("/Audit?handler=Xlsx&satker=1871", "Oleh")]
    [InlineData("/Pengguna?handler=Xlsx", "Peran")]
    public async Task EveryTable_DownloadsAsAWorkbookWithItsHeadings(string url, string kolom)
    {
        var client = await factory.MasukAsync("admin.1871");
        url = url.Replace("{pk}", (await factory.PerjanjianAsync("1871")).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var lembar = Assert.Single(PembacaXlsx.Baca(await UnduhAsync(client, url)));

        Assert.Contains(Enumerable.Range(1, 20), k => lembar.Sel(k, 3).Teks == kolom);
        Assert.True(lembar.BarisTerakhir > 3, "the table has rows");
    }
}
