using System.IO.Compression;
using System.Text;
using AngleSharp.Html.Parser;
using Sakip.App.Excel;
using Sakip.Testing;

namespace Sakip.Web.Tests.Korpus;

/// <summary>
/// The bad-file half of the corpus (issue 7): evidence files and workbooks built at test time
/// (disguised executables and scripts, BOMs, polyglots, ZIP bombs, workbooks that expand huge while
/// staying small, formula injection, path names) are each refused with a message that names the
/// file, never a 500, and nothing is written.
/// </summary>
public class BerkasBurukTests(SakipWebFactory factory) : IClassFixture<SakipWebFactory>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    /// <summary>Evidence: name, content, what the page says.</summary>
    private static (string Nama, Func<byte[]> Isi, string Pesan)[] Bukti =>
    [
        ("program.pdf", () => [0x4D, 0x5A, 0x90, 0x00, 0x03], "'program.pdf' bukan PDF"),
        ("halaman.pdf", () => Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"), "'halaman.pdf' bukan PDF"),
        ("gambar.png", () => Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"), "'gambar.png' bukan PDF"),
        ("skrip.jpg", () => Encoding.UTF8.GetBytes("<?php system($_GET['c']); ?>"), "'skrip.jpg' bukan PDF"),
        ("poliglot.png", () => Encoding.ASCII.GetBytes("GIF89a/*<script>alert(1)</script>*/"), "'poliglot.png' bukan PDF"),
        ("utf16.pdf", () => [0xFF, 0xFE, 0x25, 0x00, 0x50, 0x00, 0x44, 0x00, 0x46, 0x00], "'utf16.pdf' bukan PDF"),
        ("bom.pdf", () => [0xEF, 0xBB, 0xBF, .. Pdf], "'bom.pdf' bukan PDF"),
        ("dokumen.docx", () => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], "'dokumen.docx' bukan PDF"),
        ("elf.pdf", () => [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1], "'elf.pdf' bukan PDF"),
        ("rtf.docx", () => Encoding.ASCII.GetBytes("{\\rtf1\\ansi hello}"), "'rtf.docx' bukan PDF"),
        ("terpotong.pdf", () => Encoding.ASCII.GetBytes("%PD"), "'terpotong.pdf' bukan PDF"),
        ("arsip.docx", () => Zip(("isi.txt", "halo")), "'arsip.docx' bukan PDF"),
        ("../../etc/passwd", () => [0x4D, 0x5A], "'passwd' bukan PDF"),
        ("<script>alert(1)</script>.pdf", () => [0x4D, 0x5A], "bukan PDF"),
        ("besar.pdf", () => [.. Pdf, .. new byte[20 * 1024 * 1024]], "paling besar 20 MB"),
    ];

    /// <summary>Workbooks for the Excel round trip: name, content, what the page says.</summary>
    private static (string Nama, Func<byte[]> Isi, string Pesan)[] BukuKerja =>
    [
        ("baris.xlsx", () => XlsxJahat.BarisKosong(12_000_000), "lebih dari 100.000 baris"),
        ("teks.xlsx", () => XlsxJahat.TeksBersama(5_000_000), "lebih dari 200.000 teks"),
        ("sel.xlsx", () => XlsxJahat.SelBanyak(300_000), "lebih dari 200.000 sel"),
        ("bagian.xlsx", () => XlsxJahat.BukuKerjaBesar(6), "terurai lebih dari 5 MB"),
        ("bom-zip.xlsx", BomZip, "terurai lebih dari 100 MB"),
        ("bom.xlsx", () => Encoding.UTF8.GetBytes("\uFEFFKode;Jan\n1.1;90"), "'bom.xlsx' bukan buku kerja Excel (XLSX)"),
        ("rumus.csv", () => Encoding.UTF8.GetBytes("=HYPERLINK(\"http://x.invalid\",\"klik\");=cmd|' /C calc'!A0"), "'rumus.csv' bukan buku kerja Excel (XLSX)"),
        ("lama.xls", () => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "'lama.xls' bukan buku kerja Excel (XLSX)"),
        ("potong.xlsx", () => BukuKerjaXlsx.Tabel("Data", "Judul", null, ["A"], [["x"]])[..200], "'potong.xlsx'"),
        ("acak.xlsx", () => [.. Enumerable.Range(0, 4096).Select(i => (byte)((i * 7919) % 251))], "'acak.xlsx' bukan buku kerja Excel (XLSX)"),
        ("bukan-templat.xlsx", () => BukuKerjaXlsx.Tabel("Data", "Bukan templat", null, ["A"], [["x"]]), "bukan templat realisasi Sakip"),
        ("pdf.xlsx", () => Pdf, "'pdf.xlsx' bukan buku kerja Excel (XLSX)"),
    ];

    public static TheoryData<string> KasusBukti() => [.. Bukti.Select(b => b.Nama)];

    public static TheoryData<string> KasusBukuKerja() => [.. BukuKerja.Select(b => b.Nama)];

    [Fact]
    public void Corpus_WithTheRequests_HoldsAtLeastAHundredCases() =>
        Assert.True(Bukti.Length + BukuKerja.Length + 94 >= 100);

    [Theory]
    [MemberData(nameof(KasusBukti), DisableDiscoveryEnumeration = true)]
    public async Task Evidence_ABadFile_IsRefusedNamingIt_AndNothingIsWritten(string nama)
    {
        var (_, isi, pesan) = Bukti.Single(b => b.Nama == nama);
        var client = await factory.MasukAsync("operator.1871");
        var url = $"/Realisasi/Isi?indikator={await factory.IndikatorAsync("1871", "1.5")}&periode=1";
        var sebelum = await factory.SidikJariAsync();

        var respons = await SakipWebFactory.KirimBerkasAsync(client, url + "&handler=Ajukan", url, new() { ["Nilai"] = "90" }, (nama, isi()));

        await PeriksaAsync(respons, pesan);
        Assert.Equal(sebelum, await factory.SidikJariAsync());
    }

    [Fact]
    public async Task Evidence_SixFilesAtOnce_AreRefused_AndNothingIsWritten()
    {
        var client = await factory.MasukAsync("operator.1871");
        var url = $"/Realisasi/Isi?indikator={await factory.IndikatorAsync("1871", "1.5")}&periode=1";
        var sebelum = await factory.SidikJariAsync();

        var respons = await SakipWebFactory.KirimBerkasAsync(client, url + "&handler=Ajukan", url, new() { ["Nilai"] = "90" }, [.. Enumerable.Range(1, 6).Select(i => ($"bukti-{i}.pdf", Pdf))]);

        await PeriksaAsync(respons, "Paling banyak 5 berkas sekali kirim");
        Assert.Equal(sebelum, await factory.SidikJariAsync());
    }

    [Fact]
    public async Task Evidence_AFormFieldWithANulCharacter_IsRefused_AndNothingIsWritten()
    {
        var client = await factory.MasukAsync("operator.1871");
        var url = $"/Realisasi/Isi?indikator={await factory.IndikatorAsync("1871", "1.5")}&periode=1";
        var sebelum = await factory.SidikJariAsync();

        var respons = await SakipWebFactory.KirimBerkasAsync(client, url + "&handler=Simpan", url, new() { ["Nilai"] = "90", ["Analisis"] = "Analisis\0tersembunyi" });

        await PeriksaAsync(respons, "Isian 'Analisis' memuat karakter yang tidak sah");
        Assert.Equal(sebelum, await factory.SidikJariAsync());
    }

    [Theory]
    [MemberData(nameof(KasusBukuKerja), DisableDiscoveryEnumeration = true)]
    public async Task Workbook_ABadFile_IsRefusedNamingWhatIsWrong_AndNothingIsWritten(string nama)
    {
        var (_, isi, pesan) = BukuKerja.Single(b => b.Nama == nama);
        var client = await factory.MasukAsync("operator.1871");
        const string url = "/Realisasi/Unggah?satker=1871&tahun=2024";
        var sebelum = await factory.SidikJariAsync();

        var respons = await SakipWebFactory.KirimBerkasAsync(client, url + "&handler=Periksa", url, [], (nama, isi()));

        await PeriksaAsync(respons, pesan);
        Assert.Equal(sebelum, await factory.SidikJariAsync());
    }

    private static async Task PeriksaAsync(HttpResponseMessage respons, string pesan)
    {
        var teks = await respons.Content.ReadAsStringAsync();
        var halaman = new HtmlParser().ParseDocument(teks).Body?.TextContent ?? string.Empty;
        var ringkas = string.Join(' ', halaman.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        ringkas = ringkas.Length <= 800 ? ringkas : ringkas[..800];
        Assert.True((int)respons.StatusCode is >= 400 and < 500, $"status {(int)respons.StatusCode}: {ringkas}");
        Assert.True(halaman.Contains(pesan, StringComparison.Ordinal), $"'{pesan}' not in: {ringkas}");
        Assert.DoesNotContain("<script>alert(1)</script>", teks, StringComparison.Ordinal);
        Assert.DoesNotContain("../", halaman, StringComparison.Ordinal);
    }

    private static byte[] Zip(params (string Nama, string Isi)[] entri)
    {
        using var aliran = new MemoryStream();
        using (var zip = new ZipArchive(aliran, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (nama, isi) in entri)
            {
                using var s = zip.CreateEntry(nama).Open();
                s.Write(Encoding.UTF8.GetBytes(isi));
            }
        }

        return aliran.ToArray();
    }

    /// <summary>A workbook whose parts expand beyond 100 MB (zeros compress a thousandfold).</summary>
    private static byte[] BomZip() => XlsxJahat.Ganti("sheet1", s =>
    {
        var nol = new byte[1024 * 1024];
        for (var i = 0; i <= PembacaXlsx.UkuranTerurai / nol.Length; i++)
        {
            s.Write(nol);
        }
    });
}
