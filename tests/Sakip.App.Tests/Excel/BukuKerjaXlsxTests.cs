using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Sakip.App.Excel;
using Sakip.App.Import.TemplatRealisasi;
using Sakip.Testing;

namespace Sakip.App.Tests.Excel;

/// <summary>The workbook writer and reader: valid files, exact numbers, addresses, refused files.</summary>
public class BukuKerjaXlsxTests
{
    private static readonly byte[] Contoh = BukuKerjaXlsx.Tabel(
        "Capaian",
        "Capaian kinerja 2024",
        "Sumber: Sakip",
        ["Kode", "Uraian", "Capaian (%)"],
        [["1.1", "Persentase produk hukum", 143.75m], ["1.2", "Teks dengan\u0001kendali", 0.000123456789m], ["2.1", null, 12]]);

    [Fact]
    public void Written_WorkbooksAreValidOpenXml()
    {
        foreach (var isi in new[] { Contoh, BukuKerjaXlsx.Tulis([new LembarTulis("A") { Dilindungi = true, BekukanDi = "C6" }.Baris(new SelTulis("x", null, GayaSel.Isian)), new LembarTulis("B") { SangatTersembunyi = true }]) })
        {
            using var dok = SpreadsheetDocument.Open(new MemoryStream(isi), false);
            var galat = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(dok).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.Empty(galat);
        }
    }

    [Fact]
    public void ReadBack_NumbersAreExactDecimals_AndTextHasNoControlCharacters()
    {
        var lembar = Assert.Single(PembacaXlsx.Baca(Contoh));

        Assert.Equal("Capaian", lembar.Nama);
        Assert.Equal("Capaian kinerja 2024", lembar.Sel(1, 1).Teks);
        Assert.Equal("Capaian (%)", lembar.Sel(3, 3).Teks);
        Assert.Equal(143.75m, lembar.Sel(3, 4).Angka);
        Assert.Equal(0.000123456789m, lembar.Sel(3, 5).Angka);
        Assert.Equal("Teks dengankendali", lembar.Sel(2, 5).Teks);
        Assert.True(lembar.Sel(2, 6).Kosong);
        Assert.Equal(12m, lembar.Sel(3, 6).Angka);
        Assert.Equal(6, lembar.BarisTerakhir);
    }

    [Theory]
    [InlineData(1, "A")]
    [InlineData(18, "R")]
    [InlineData(26, "Z")]
    [InlineData(27, "AA")]
    [InlineData(52, "AZ")]
    [InlineData(703, "AAA")]
    public void Column_LettersRoundTrip(int kolom, string huruf)
    {
        Assert.Equal(huruf, AlamatSel.Kolom(kolom));
        Assert.Equal((kolom, 7), AlamatSel.Urai(huruf + "7"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("7")]
    [InlineData("A0")]
    [InlineData("AAAA1")]
    [InlineData("A1B")]
    public void Address_NotAnAddress_IsZero(string alamat) => Assert.Equal((0, 0), AlamatSel.Urai(alamat));

    [Fact]
    public void Read_AZipThatExpandsBeyondTheLimit_IsRefusedBeforeParsing()
    {
        using var aliran = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(aliran, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var s = zip.CreateEntry("xl/worksheets/sheet1.xml", System.IO.Compression.CompressionLevel.SmallestSize).Open();
            var nol = new byte[1024 * 1024];
            for (var i = 0; i <= PembacaXlsx.UkuranTerurai / nol.Length; i++)
            {
                s.Write(nol);
            }
        }

        var e = Assert.Throws<BukuKerjaTidakTerbacaException>(() => PembacaXlsx.Baca(aliran.ToArray()));
        Assert.Equal("isi berkas terurai lebih dari 100 MB", e.Message);
    }

    [Fact]
    public void Template_HeadingsCoverTwelveMonths_AndPeriodsEndInTheirLastMonth()
    {
        Assert.Equal(18, TataLetakTemplat.JudulKolom.Count);
        Assert.Equal(18, TataLetakTemplat.KolomPeriode(Sakip.Domain.Periode.Periode.SetahunPenuh(2024)));
        Assert.Equal(9, TataLetakTemplat.KolomPeriode(Sakip.Domain.Periode.Periode.Triwulan(2024, 1)));
        Assert.Equal(12, TataLetakTemplat.KolomPeriode(Sakip.Domain.Periode.Periode.Semester(2024, 1)));
        Assert.Equal(7, TataLetakTemplat.KolomPeriode(Sakip.Domain.Periode.Periode.Bulan(2024, 1)));
    }

    public static TheoryData<string, string> BukuKerjaJahat => new()
    {
        { "12 juta baris kosong", "buku kerja memuat lebih dari 100.000 baris" },
        { "5 juta teks bersama", "buku kerja memuat lebih dari 200.000 teks" },
        { "300 ribu sel", "buku kerja memuat lebih dari 200.000 sel" },
        { "bagian buku kerja 6 MB", "bagian 'xl/workbook.xml' terurai lebih dari 5 MB" },
    };

    /// <summary>
    /// Hostile workbooks that stay under the 100 MB expansion limit are refused by the streaming
    /// reader's bounds, quickly and without growing the process (issue 7, item 4: 12 million empty
    /// rows took 52,8 s and 3 GB).
    /// </summary>
    [Theory]
    [MemberData(nameof(BukuKerjaJahat), DisableDiscoveryEnumeration = true)]
    public void Read_AHostileWorkbookUnderTheSizeLimit_IsRefusedByItsBound(string kasus, string pesan)
    {
        var isi = kasus switch
        {
            "12 juta baris kosong" => XlsxJahat.BarisKosong(12_000_000),
            "5 juta teks bersama" => XlsxJahat.TeksBersama(5_000_000),
            "300 ribu sel" => XlsxJahat.SelBanyak(300_000),
            _ => XlsxJahat.BukuKerjaBesar(6),
        };
        Assert.True(isi.Length < 1024 * 1024, $"{kasus}: {isi.Length} bytes");
        var sebelum = GC.GetAllocatedBytesForCurrentThread();

        var e = Assert.Throws<BukuKerjaTidakTerbacaException>(() => PembacaXlsx.Baca(isi));

        Assert.Equal(pesan, e.Message);
        var dialokasikan = GC.GetAllocatedBytesForCurrentThread() - sebelum;
        Assert.True(dialokasikan < 400L * 1024 * 1024, $"{kasus}: {dialokasikan / 1024 / 1024} MB allocated");
    }
}
