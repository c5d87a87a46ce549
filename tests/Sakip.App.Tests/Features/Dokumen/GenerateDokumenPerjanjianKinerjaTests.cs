using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sakip.App.Entities;
using Sakip.App.Features.Dokumen;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Dokumen;

/// <summary>The PK document, from the data, in the Ketua-alone and the pihak pertama / pihak kedua layouts, as a valid Word file and as HTML.</summary>
public class GenerateDokumenPerjanjianKinerjaTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<App.Dokumen.BerkasDokumen>> BuatAsync(App.Keamanan.AksesPengguna a, int id, string? format) =>
        fixture.SendAsync<GenerateDokumenPerjanjianKinerja.Handler, Jawaban<App.Dokumen.BerkasDokumen>>(h => h.HandleAsync(a, new(id, format), default));

    /// <summary>A signed PK of two sasaran (the first with two indicators), with parties and programmes.</summary>
    private async Task<(Satker Satker, PerjanjianKinerja Pk)> PkAsync(bool duaPihak, string uraianSasaran = "Terwujudnya SDM yang berkualitas")
    {
        var satker = await fixture.SatkerAsync(nama: "KPU Provinsi Uji");
        var pegawai = await fixture.ExecuteDbContextAsync(db => db.Pegawais.Where(p => p.SatkerId == satker.Id).OrderBy(p => p.Id).ToListAsync());
        var pk = new PerjanjianKinerjaBuilder(satker).WithIndikator("1.1", 100, null).WithIndikator("1.2", 70, null).Build();
        pk.Sasarans[0].Uraian = uraianSasaran;
        pk.Sasarans[0].Indikators[0].CaraPerhitungan = "Jumlah laporan dibagi jumlah satker";
        var kedua = new SasaranPerjanjianKinerja { Kode = "2", Urutan = 2, Uraian = "Terwujudnya Pemilu yang aman" };
        kedua.Indikators.Add(new IndikatorKinerja { Kode = "2.1", Urutan = 1, Uraian = "Persentase partisipasi pemilih", JenisTarget = JenisTarget.Angka, TargetNilai = 77.5m, Satuan = "persen", Rumus = "pemilih / dpt x 100" });
        pk.Sasarans.Add(kedua);
        pk.PihakPertamaId = duaPihak ? pegawai[1].Id : pegawai[0].Id;
        pk.PihakKeduaId = duaPihak ? pegawai[0].Id : null;
        pk.Tempat = "Bandar Lampung";
        pk.Tanggal = new DateOnly(2024, 1, 17);
        await fixture.PerjanjianAsync(pk);
        await fixture.InsertAsync(
            new ProgramAnggaran { SatkerId = satker.Id, Tahun = 2024, Urutan = 1, Nama = "Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi", Pagu = 38_219_609_000m },
            new ProgramAnggaran { SatkerId = satker.Id, Tahun = 2024, Urutan = 2, Nama = "Program Dukungan Manajemen", Pagu = 12_823_045_000m });
        return (satker, pk);
    }

    private static (string Teks, WordprocessingDocument Dok) Baca(byte[] isi)
    {
        var dok = WordprocessingDocument.Open(new MemoryStream(isi), false);
        var galat = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(dok).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(galat.Count == 0, string.Join("\n", galat));
        return (string.Join("\n", dok.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText)), dok);
    }

    [Fact]
    public async Task TheKetuaAlone_Promises_AndTheLampiranMergesEachSasaranOverItsIndicators()
    {
        var (satker, pk) = await PkAsync(duaPihak: false);
        var hasil = (await BuatAsync(await fixture.PelakuAsync(Peran.Pemantau, satker), pk.Id, "docx")).Pasti();
        Assert.Equal(($"perjanjian-kinerja-{satker.Kode.ToLowerInvariant()}-2024-utama-v1.docx", GenerateDokumenPerjanjianKinerja.Docx), (hasil.NamaBerkas, hasil.JenisKonten));

        var (teks, dok) = Baca(hasil.Isi);
        using (dok)
        {
            Assert.Contains("PERJANJIAN KINERJA TAHUN 2024", teks, StringComparison.Ordinal);
            Assert.Contains("PROVINSI UJI", teks, StringComparison.Ordinal);
            Assert.Contains($"KETUA {satker.Nama.ToUpperInvariant()}", teks, StringComparison.Ordinal);
            Assert.Contains("berjanji akan mewujudkan target kinerja", teks, StringComparison.Ordinal);
            Assert.DoesNotContain("Pihak Kedua", teks, StringComparison.Ordinal);
            Assert.Contains("Bandar Lampung, 17 Januari 2024", teks, StringComparison.Ordinal);
            Assert.Contains("Rp 38.219.609.000", teks, StringComparison.Ordinal);
            Assert.Contains("77,5 %", teks, StringComparison.Ordinal);
            Assert.Contains("pemilih / dpt x 100", teks, StringComparison.Ordinal);

            var lampiran = dok.MainDocumentPart!.Document.Body!.Elements<Table>().First(t => t.InnerText.Contains("Sasaran Kegiatan", StringComparison.Ordinal));
            var barises = lampiran.Elements<TableRow>().ToList();
            Assert.Equal(4, barises.Count);
            Assert.NotNull(barises[0].TableRowProperties!.GetFirstChild<TableHeader>());
            Assert.Equal(2, barises[1].Descendants<VerticalMerge>().Count(v => v.Val! == MergedCellValues.Restart));
            Assert.Equal(2, barises[2].Descendants<VerticalMerge>().Count(v => v.Val is null || v.Val == MergedCellValues.Continue));
            Assert.All(barises, b => Assert.Equal(5, b.Elements<TableCell>().Count()));
            Assert.Contains("Halaman", dok.MainDocumentPart.FooterParts.Single().Footer!.InnerText, StringComparison.Ordinal);
            Assert.Equal(2, dok.MainDocumentPart.FooterParts.Single().Footer!.Descendants<SimpleField>().Count());
        }
    }

    [Fact]
    public async Task PihakPertamaAndPihakKedua_SignSideBySide_AndUserTextStaysText()
    {
        var (satker, pk) = await PkAsync(duaPihak: true, uraianSasaran: "<script>alert(1)</script> & { PAGE }");
        var pemantau = await fixture.PelakuAsync(Peran.Pemantau, satker);
        var (teks, dok) = Baca((await BuatAsync(pemantau, pk.Id, "docx")).Pasti().Isi);
        using (dok)
        {
            Assert.Contains("Selaku atasan langsung pihak pertama", teks, StringComparison.Ordinal);
            Assert.Contains("Pihak kedua akan melakukan supervisi", teks, StringComparison.Ordinal);
            Assert.Contains("Pihak Pertama", teks, StringComparison.Ordinal);
            Assert.Contains("<script>alert(1)</script> & { PAGE }", teks, StringComparison.Ordinal);
            Assert.Equal(2, dok.MainDocumentPart!.Document.Descendants<SimpleField>().Count() + dok.MainDocumentPart.FooterParts.Single().Footer!.Descendants<SimpleField>().Count());
        }

        var html = System.Text.Encoding.UTF8.GetString((await BuatAsync(pemantau, pk.Id, " HTML ")).Pasti().Isi);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; { PAGE }", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("rowspan=\"2\"", html, StringComparison.Ordinal);
        Assert.Contains("@page { size: A4;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADraftWithoutParties_SaysWhatIsMissing()
    {
        var satker = await fixture.SatkerAsync();
        var draf = new PerjanjianKinerjaBuilder(satker).WithTahun(2025).Build();
        draf.Status = StatusPerjanjianKinerja.Draf;
        var pk = await fixture.PerjanjianAsync(draf);
        var (teks, dok) = Baca((await BuatAsync(await fixture.PelakuAsync(Peran.Operator, satker), pk.Id, null)).Pasti().Isi);
        using (dok)
        {
            Assert.Contains("PERJANJIAN KINERJA TAHUN 2025 (DRAF)", teks, StringComparison.Ordinal);
            Assert.Contains("(NAMA BELUM DIISI)", teks, StringComparison.Ordinal);
            Assert.Contains("(tempat belum diisi), (belum ditandatangani)", teks, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AnotherSatker_AnUnknownFormat_AndAMissingPk_AreRefused()
    {
        var (satker, pk) = await PkAsync(duaPihak: false);
        Assert.Equal(JenisKegagalan.Ditolak, (await BuatAsync(await fixture.PelakuAsync(Peran.Operator, await fixture.SatkerAsync()), pk.Id, "docx")).Jenis);
        var pemantau = await fixture.PelakuAsync(Peran.Pemantau, satker);
        var salah = await BuatAsync(pemantau, pk.Id, "odt");
        Assert.Equal(("Format", "Format 'odt' tidak dikenal; pilih docx, pdf, html atau xlsx."), (Assert.Single(salah.Kesalahans).Bidang!, salah.Pesan));
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await BuatAsync(pemantau, 0, "docx")).Jenis);
    }

    [Fact]
    public async Task APdf_IsPrintedFromTheHtmlByChromium_OrRefusedClearlyWithoutIt()
    {
        var (satker, pk) = await PkAsync(duaPihak: true);
        var pemantau = await fixture.PelakuAsync(Peran.Pemantau, satker);
        var hasil = (await BuatAsync(pemantau, pk.Id, "pdf")).Pasti();
        Assert.Equal("application/pdf", hasil.JenisKonten);
        Assert.EndsWith(".pdf", hasil.NamaBerkas, StringComparison.Ordinal);
        var teks = System.Text.Encoding.Latin1.GetString(hasil.Isi);
        Assert.StartsWith("%PDF-", teks, StringComparison.Ordinal);
        Assert.True(System.Text.RegularExpressions.Regex.Matches(teks, @"/Type\s*/Page[^s]").Count >= 2, "the agreement and its lampiran are on separate pages");

        await using var scope = fixture.Services.CreateAsyncScope();
        var tanpaChromium = new GenerateDokumenPerjanjianKinerja.Handler(scope.ServiceProvider.GetRequiredService<App.Data.SakipDbContext>(), new App.Dokumen.PencetakPdf("/tidak/ada/chromium"));
        var gagal = await tanpaChromium.HandleAsync(pemantau, new(pk.Id, "pdf"), default);
        Assert.StartsWith("PDF tidak dapat dibuat: Chromium tidak terpasang di server.", gagal.Pesan, StringComparison.Ordinal);
        Assert.True((await tanpaChromium.HandleAsync(pemantau, new(pk.Id, "docx"), default)).Berhasil);
    }

    [Fact]
    public async Task TheTables_AsAWorkbook_RepeatTheMergedSasaranOnEachRow()
    {
        var (satker, pk) = await PkAsync(duaPihak: false);
        var hasil = (await BuatAsync(await fixture.PelakuAsync(Peran.Pemantau, satker), pk.Id, "xlsx")).Pasti();
        Assert.EndsWith(".xlsx", hasil.NamaBerkas, StringComparison.Ordinal);
        var lembars = App.Excel.PembacaXlsx.Baca(hasil.Isi);
        Assert.Equal(["Tabel 1", "Tabel 2"], lembars.Select(l => l.Nama));
        string Sel(int lembar, int kolom, int baris) => lembars[lembar].Sel(kolom, baris).Teks ?? string.Empty;

        // Row 1: title; row 2: note; row 3: headings; the data from row 4.
        Assert.Equal(["No", "Sasaran Kegiatan", "Indikator Kinerja", "Target", "Cara Perhitungan Capaian Kinerja"], Enumerable.Range(1, 5).Select(k => Sel(0, k, 3)));
        Assert.Equal(("1.", "Terwujudnya SDM yang berkualitas"), (Sel(0, 1, 4), Sel(0, 2, 4)));
        Assert.Equal(("1.", "Terwujudnya SDM yang berkualitas"), (Sel(0, 1, 5), Sel(0, 2, 5)));
        Assert.Equal(("2.", "77,5 %"), (Sel(0, 1, 6), Sel(0, 4, 6)));
        Assert.Equal("Rp 12.823.045.000", Sel(1, 3, 5));
    }

    /// <summary>
    /// The demo's agreements in the seed's two layouts, as approved text: KPU Provinsi Lampung's
    /// (pihak pertama and pihak kedua, lampiran and programme budget) and KPU Kota Bandar Lampung's.
    /// </summary>
    [Theory]
    [InlineData("18", "KETUA")]
    [InlineData("18", "SEKRETARIS")]
    [InlineData("1871", null)]
    public async Task TheDemosAgreements_MatchTheApprovedText(string kodeSatker, string? kode)
    {
        await fixture.MuatDemoAsync();
        var id = await fixture.ExecuteDbContextAsync(db => db.PerjanjianKinerjas
            .Where(p => p.Satker.Kode == kodeSatker && p.Tahun == 2024 && (kode == null || p.Kode == kode) && p.Status == StatusPerjanjianKinerja.Ditandatangani)
            .OrderByDescending(p => p.Versi).Select(p => p.Id).FirstAsync());
        var pemantau = new App.Keamanan.AksesPengguna(0, "uji", "Uji", new() { [await fixture.ExecuteDbContextAsync(db => db.Satkers.Where(s => s.Kode == kodeSatker).Select(s => s.Id).SingleAsync())] = [Peran.Pemantau] });
        var isi = (await BuatAsync(pemantau, id, "docx")).Pasti().Isi;
        BerkasDisetujui.Bandingkan($"pk-{kodeSatker}-2024{(kode is null ? string.Empty : "-" + kode.ToLowerInvariant())}.docx.txt", BerkasDisetujui.GarisDocx(isi));
    }
}
