using System.IO.Compression;
using System.Text;
using Sakip.App.Excel;
using Sakip.App.Features.Realisasi;
using Sakip.App.Import.TemplatRealisasi;
using Sakip.Testing;

namespace Sakip.App.Tests.Features.Realisasi;

/// <summary>Checking an upload: nothing written, every bad cell or file named by file, row and column.</summary>
public class PreviewImportRealisasiTests(DatabaseFixture fixture) : TemplatKotaUji(fixture)
{
    [Fact]
    public async Task Upload_ReadsPercentFormattedCellsAsShown_AndFormulaVariables()
    {
        var xlsx = await Templat();
        var persen = XlsxUji.IsiBerformat(xlsx, TataLetakTemplat.NamaLembar, XlsxUji.FormatPersen, (Sel(xlsx, "1.5"), 0.955m));

        var pratinjau = await Periksa(persen);

        Assert.Empty(pratinjau.Kesalahans);
        Assert.Equal(95.5m, pratinjau.Perubahans.Single().Nilai);
    }

    [Fact]
    public async Task Upload_ALockedCellWithADifferentValue_IsAnErrorNamingRowAndColumn_AndNothingIsWritten()
    {
        var xlsx = await Templat();
        var baris = Baris(xlsx, "2.4");
        var sel = "R" + baris;
        var terisi = XlsxUji.Isi(xlsx, TataLetakTemplat.NamaLembar, (sel, 90m), (Sel(xlsx, "1.5"), "95 %"));

        var pratinjau = await Periksa(terisi, "isian.xlsx");

        var salah = Assert.Single(pratinjau.Kesalahans);
        Assert.Equal(sel, salah.Bidang);
        Assert.Equal($"isian.xlsx, baris {baris}, kolom R (Des · TW IV · Smt II · Tahun): realisasi periode 2024 sudah diverifikasi; nilainya tidak dapat diubah lewat unggahan (tersimpan: 100 %).", salah.Pesan);
        Assert.Null(pratinjau.Token);
    }

    public static TheoryData<string, object, string> SelBuruk => new()
    {
        { "1.5", "sembilan puluh", "tidak dapat dibaca sebagai angka" },
        { "1.5", "80 - 90 %", "bukan rentang" },
        { "1.5", "-5", "tidak boleh negatif" },
        { "1.5", "95 kali", "berbeda dengan satuan indikator" },
        { "2.3", "Z", "bukan predikat pada skala" },
        { "2.3", 3m, "bukan angka" },
        { "1.5", "7922816251426433759354395033", "terlalu besar" },
        { "1.5", 7922816251426433759354395033m, "terlalu besar" },
        { "1.5", 10001m, "persentase paling besar 10.000 %" },
        { "1.5", "=HYPERLINK(\"http://x.invalid\")", "tidak dapat dibaca sebagai angka" },
    };

    [Theory]
    [MemberData(nameof(SelBuruk))]
    public async Task Upload_ABadCell_IsNamedByFileRowAndColumn(string kode, object nilai, string pesan)
    {
        var xlsx = await Templat();
        var baris = Baris(xlsx, kode);

        var pratinjau = await Periksa(XlsxUji.Isi(xlsx, TataLetakTemplat.NamaLembar, ("R" + baris, nilai)), "salah.xlsx");

        var salah = Assert.Single(pratinjau.Kesalahans);
        Assert.StartsWith($"salah.xlsx, baris {baris}, kolom R (", salah.Pesan, StringComparison.Ordinal);
        Assert.Contains(pesan, salah.Pesan, StringComparison.Ordinal);
        Assert.Null(pratinjau.Token);
    }

    [Fact]
    public async Task Upload_AMonthColumnOfAYearlyIndicator_AndAFormulaWithOneVariable_AreErrors()
    {
        var xlsx = await Templat();
        var terisi = XlsxUji.Isi(xlsx, TataLetakTemplat.NamaLembar, (Sel(xlsx, "1.5", kolom: "G"), "50"), (Sel(xlsx, "1.2", "dpk"), 5m), (Sel(xlsx, "1.2", "dpt", "I"), 5m));

        var pesan = (await Periksa(terisi)).Kesalahans.Select(k => k.Pesan).ToList();

        Assert.Contains(pesan, p => p.Contains($"baris {Baris(xlsx, "1.5")}, kolom G (Jan): indikator 1.5 diukur per tahun; isi hanya kolom R.", StringComparison.Ordinal));
        Assert.Contains(pesan, p => p.Contains($"baris {Baris(xlsx, "1.2", "dpt")}, kolom I (Mar · TW I): indikator 1.2 diukur per tahun", StringComparison.Ordinal));
        Assert.Contains(pesan, p => p.Contains($"baris {Baris(xlsx, "1.2", "dpk")}, kolom R", StringComparison.Ordinal) && p.Contains("variabel dpt, dptb indikator 1.2 belum diisi", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Upload_UnknownCodeAndChangedHeading_AreNamed()
    {
        var xlsx = await Templat();
        var kodeAsing = XlsxUji.Isi(xlsx, TataLetakTemplat.NamaLembar, ("A40", "9.9"), ("R40", 5m));
        Assert.Equal("realisasi.xlsx, baris 40, kolom A (Kode): kode indikator '9.9' tidak ada dalam Perjanjian Kinerja 2024 KPU Kota Bandar Lampung.", (await Periksa(kodeAsing)).Kesalahans.Single().Pesan);

        var judul = XlsxUji.Isi(xlsx, TataLetakTemplat.NamaLembar, ("H5", "Februari"));
        Assert.Equal("realisasi.xlsx, baris 5, kolom H (Feb): judul kolom seharusnya 'Feb', tertulis 'Februari'. Pakai templat tanpa mengubah susunan kolomnya.", (await Periksa(judul)).Kesalahans.Single().Pesan);
    }

    public static TheoryData<string, byte[], string> BerkasBuruk => new()
    {
        { "bukti.pdf", RecordRealisasiTests.Pdf, "Berkas 'bukti.pdf' bukan buku kerja Excel (XLSX)" },
        { "kosong.xlsx", [], "Berkas 'kosong.xlsx' kosong." },
        { "besar.xlsx", new byte[(20 * 1024 * 1024) + 1], "Berkas 'besar.xlsx' berukuran 20 MB; paling besar 20 MB." },
        { "rusak.xlsx", ZipRusak(), "Berkas 'rusak.xlsx' tidak dapat dibaca: berkas rusak atau bukan buku kerja Excel yang sah." },
        { "lain.xlsx", BukuKerjaXlsx.Tabel("Data", "Bukan templat", null, ["A"], [["x"]]), "Berkas 'lain.xlsx' bukan templat realisasi Sakip." },
    };

    /// <summary>A ZIP that looks like a workbook by its entries but whose sheet XML is broken.</summary>
    private static byte[] ZipRusak()
    {
        using var aliran = new MemoryStream();
        using (var zip = new ZipArchive(aliran, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (nama, isi) in new[] { ("[Content_Types].xml", "<Types"), ("xl/workbook.xml", "<workbook><sheets><sheet") })
            {
                using var s = zip.CreateEntry(nama).Open();
                s.Write(Encoding.UTF8.GetBytes(isi));
            }
        }

        return aliran.ToArray();
    }

    // Not enumerated at discovery: xunit would serialise the 20 MB array element by element into
    // gigabytes of strings (this is what grew the test host to 16 GB, issue 7 item 10).

    [Theory]
    [MemberData(nameof(BerkasBuruk), DisableDiscoveryEnumeration = true)]
    public async Task Upload_ABadFile_IsRefusedNamingTheFile_AndNothingIsWritten(string nama, byte[] isi, string pesan)
    {
        var sebelum = await Tersimpan();

        var pratinjau = await Periksa(isi, nama);

        Assert.StartsWith(pesan, Assert.Single(pratinjau.Kesalahans).Pesan, StringComparison.Ordinal);
        Assert.Null(pratinjau.Token);
        Assert.Equal(sebelum, await Tersimpan());
    }

    [Fact]
    public async Task Upload_TheTemplateOfAnotherSatker_IsRefused()
    {
        var pelaku = await Akses("operator.18");
        var prov = await Fixture.SendAsync<GenerateTemplatRealisasi.Handler, Jawaban<GenerateTemplatRealisasi.Unduhan>>(h => h.HandleAsync(pelaku, new GenerateTemplatRealisasi.Query("18", 2024), default));

        var pratinjau = await Periksa(prov.Nilai!.Isi, "prov.xlsx");

        Assert.Equal("Berkas 'prov.xlsx' adalah templat satker 18 tahun 2024, bukan satker 1871 tahun 2024.", pratinjau.Kesalahans.Single().Pesan);
    }

    [Theory]
    [InlineData("pemantau.1871")]
    [InlineData("pimpinan.1871")]
    [InlineData("operator.1801")]
    public async Task Upload_ByAUserWhoMayNotFill_IsRefused(string pengguna)
    {
        var xlsx = await Templat();
        var pelaku = await Akses(pengguna);

        var hasil = await Fixture.SendAsync<PreviewImportRealisasi.Handler, Jawaban<PreviewImportRealisasi.Pratinjau>>(h => h.HandleAsync(pelaku, new PreviewImportRealisasi.Command("1871", 2024, "x.xlsx", xlsx), default));

        Assert.Equal(JenisKegagalan.Ditolak, hasil.Jenis);
    }
}
