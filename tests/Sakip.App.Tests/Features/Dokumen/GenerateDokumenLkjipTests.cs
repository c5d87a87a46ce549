using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Sakip.App.Dokumen;
using Sakip.App.Entities;
using Sakip.App.Features.Capaian;
using Sakip.App.Features.Dokumen;
using Sakip.Domain.Bilangan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Dokumen;

/// <summary>
/// The demo's LKjIP 2024 for KPU Kota Bandar Lampung (the acceptance case of issue 10): a valid Word
/// file whose every measured figure is the dashboard's, with the seed's chapters, and the parts
/// Sakip cannot fill yet saying so.
/// </summary>
public class GenerateDokumenLkjipTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private async Task<Jawaban<BerkasDokumen>> BuatAsync(App.Keamanan.AksesPengguna a, string kode, string? format) =>
        await fixture.SendAsync<GenerateDokumenLkjip.Handler, Jawaban<BerkasDokumen>>(h => h.HandleAsync(a, new(kode, 2024, format), default));

    [Fact]
    public async Task TheDemosReport_CarriesTheDashboardsFigures_InTheSeedsChapters()
    {
        await fixture.MuatDemoAsync();
        var pemantau = await fixture.AksesAsync("pemantau.1871");
        var berkas = (await BuatAsync(pemantau, "1871", "docx")).Pasti();
        Assert.Equal(("lkjip-1871-2024.docx", BerkasDokumen.Docx), (berkas.NamaBerkas, berkas.JenisKonten));

        using var dok = WordprocessingDocument.Open(new MemoryStream(berkas.Isi), false);
        var galat = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(dok).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(galat.Count == 0, string.Join("\n", galat));
        var body = dok.MainDocumentPart!.Document.Body!;
        var teks = string.Join("\n", body.Descendants<Paragraph>().Select(p => p.InnerText));
        var judul = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();
        Assert.Equal(["KATA PENGANTAR", "IKHTISAR EKSEKUTIF", "BAB I PENDAHULUAN", "BAB II PERENCANAAN KINERJA", "BAB III AKUNTABILITAS KINERJA", "BAB IV PENUTUP", "PERNYATAAN TELAH DIREVIU", "LAMPIRAN: PERJANJIAN KINERJA", "LAMPIRAN: TIM EVALUASI INTERNAL SAKIP"], judul);
        Assert.Contains(body.Descendants<FieldCode>(), f => f.Text.Trim().StartsWith("TOC ", StringComparison.Ordinal));
        Assert.True(dok.MainDocumentPart.DocumentSettingsPart!.Settings!.GetFirstChild<UpdateFieldsOnOpen>()!.Val!.Value);

        var dasbor = (await fixture.SendAsync<CalculateCapaian.Handler, Jawaban<CalculateCapaian.Hasil>>(h => h.HandleAsync(pemantau, new CalculateCapaian.Query("1871", 2024), default))).Pasti().Pengukuran;
        Assert.Contains($"Capaian kinerja keseluruhan {FormatIndonesia.Persen(dasbor.Ringkasan.Capaian!.Value)} ({dasbor.KategoriKeseluruhan})", teks, StringComparison.Ordinal);
        var baris = body.Descendants<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        foreach (var i in dasbor.Indikators)
        {
            // Every indicator's row in Bab III: wording, target, realisasi, capaian, kategori exactly as the dashboard's.
            Assert.Contains(baris, r => r.Count == 6 && r[1] == i.Uraian && r[2] == i.Target && r[3] == (i.Realisasi ?? "belum ada")
                && r[4] == (i.Hasil.Nilai is { } v ? FormatIndonesia.Persen(v) : "tidak dapat dihitung") && r[5] == (i.Kategori ?? "-"));
        }

        Assert.Contains($"di atas 100 % sebanyak {dasbor.Ringkasan.JumlahDiAtas100}", teks, StringComparison.Ordinal);

        // Bab I counts the people from the lists it prints (the seed's text says 29, its tables hold 34: discrepancy 26).
        var org = (await fixture.SendAsync<Sakip.App.Features.Organisasi.GetOrganisasi.Handler, Jawaban<Sakip.App.Features.Organisasi.GetOrganisasi.Hasil>>(h => h.HandleAsync(pemantau, new("1871", 2024), default))).Pasti();
        Assert.Contains($"memiliki {org.JumlahPegawai.Total} orang: {org.JumlahPegawai.Komisioner} anggota KPU, {org.JumlahPegawai.Asn} Aparatur Sipil Negara (ASN) dan {org.JumlahPegawai.Ppnpn} Pegawai", teks, StringComparison.Ordinal);
        Assert.Equal(org.JumlahPegawai.Asn, baris.Count(r => r.Count == 6 && r[2].Length == 18 && r[2].All(char.IsAsciiDigit)) + baris.Count(r => r.Count == 6 && r[2] == "belum dicatat"));

        // Native charts: the capaian per indicator (its cached values are the dashboard's), and the trend once there are
        // two years (the demo has one), each with its data in an embedded workbook.
        var grafik = dok.MainDocumentPart.ChartParts.ToList();
        Assert.Single(grafik);
        Assert.All(grafik, g => Assert.Single(g.Parts, p => p.OpenXmlPart is EmbeddedPackagePart));
        var batang = grafik.Single(g => g.ChartSpace!.Descendants<DocumentFormat.OpenXml.Drawing.Charts.BarChart>().Any());
        var nilai = batang.ChartSpace!.Descendants<DocumentFormat.OpenXml.Drawing.Charts.NumericPoint>().Select(p => decimal.Parse(p.NumericValue!.Text, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(dasbor.Indikators.Where(i => i.Hasil.Nilai is not null).Select(i => Math.Round(i.Hasil.Nilai!.Value, 2)), nilai);
        Assert.Contains(DokumenLkjip.NaratifBelumDiisi, teks, StringComparison.Ordinal);
        // The budget sections come from the DIPA in force: the seed's totals, its revisions and the logistics tree.
        Assert.Contains("Realisasi anggaran KPU Kota Bandar Lampung tahun 2024 sebesar Rp 82.032.075.479 dari pagu Rp 82.080.156.000, atau penyerapan 99,94 %", teks, StringComparison.Ordinal);
        Assert.Contains("Hibah APBD Rp 37.000.000.000,- (Tiga Puluh Tujuh Miliar Rupiah)", teks, StringComparison.Ordinal);
        Assert.Contains("DIPA direvisi 22 kali", teks, StringComparison.Ordinal);
        Assert.Contains("Penyediaan Perlengkapan Pemungutan Suara dan Dukungan Perlengkapan Lainnya dalam Pemilu", teks, StringComparison.Ordinal);
        Assert.Contains("berjanji akan mewujudkan target kinerja", teks, StringComparison.Ordinal);
        Assert.Contains("Rp ", teks, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryFormat_AndTheRefusals()
    {
        await fixture.MuatDemoAsync();
        var pemantau = await fixture.AksesAsync("pemantau.1871");
        var html = System.Text.Encoding.UTF8.GetString((await BuatAsync(pemantau, "1871", "html")).Pasti().Isi);
        Assert.Contains("BAB III AKUNTABILITAS KINERJA", html, StringComparison.Ordinal);
        Assert.True(App.Excel.PembacaXlsx.Baca((await BuatAsync(pemantau, "1871", "xlsx")).Pasti().Isi).Count >= 4);
        Assert.StartsWith("%PDF-", System.Text.Encoding.Latin1.GetString((await BuatAsync(pemantau, "1871", "pdf")).Pasti().Isi[..8]), StringComparison.Ordinal);

        Assert.Equal(JenisKegagalan.Ditolak, (await BuatAsync(await fixture.AksesAsync("operator.1801"), "1871", "docx")).Jenis);
        Assert.Equal(JenisKegagalan.TidakSah, (await BuatAsync(pemantau, "1871", "odt")).Jenis);
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await fixture.SendAsync<GenerateDokumenLkjip.Handler, Jawaban<BerkasDokumen>>(h => h.HandleAsync(pemantau, new("1871", 2019, "docx"), default))).Jenis);
    }

    [Fact]
    public async Task WithEarlierYears_TheReportComparesThem_InATableAndALineChart()
    {
        var satker = await fixture.SatkerAsync();
        await fixture.PerjanjianAsync(new PerjanjianKinerjaBuilder(satker).WithTahun(2023).WithIndikator("1.1", 80, 60));
        await fixture.PerjanjianAsync(new PerjanjianKinerjaBuilder(satker).WithIndikator("1.1", 80, 100));
        var (teks, barises) = DocxUji.Baca((await BuatAsync(await fixture.PelakuAsync(Peran.Pemantau, satker), satker.Kode, "docx")).Pasti().Isi);
        Assert.Contains("B. Perbandingan dengan Tahun Sebelumnya", teks, StringComparison.Ordinal);
        Assert.Contains(barises, r => r.SequenceEqual(["2023", "1", "1", "75,00 %"]));
        Assert.Contains(barises, r => r.SequenceEqual(["2024", "1", "1", "125,00 %"]));

        using var dok = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream((await BuatAsync(await fixture.PelakuAsync(Peran.Pemantau, satker), satker.Kode, "docx")).Pasti().Isi), false);
        var garis = Assert.Single(dok.MainDocumentPart!.ChartParts, g => g.ChartSpace!.Descendants<DocumentFormat.OpenXml.Drawing.Charts.LineChart>().Any());
        Assert.Equal(["75.00", "125.00"], garis.ChartSpace!.Descendants<DocumentFormat.OpenXml.Drawing.Charts.NumericPoint>().Select(p => p.NumericValue!.Text));
    }

    /// <summary>
    /// Bab II lists the indicators whose manual names a national priority; Bab III sets the year's
    /// realisasi against the Renstra's target for the year and its last target (the engine's
    /// capaian, 80 of 100 = 80,00 %), and says how many indicators are not linked.
    /// </summary>
    [Fact]
    public async Task LinkedManuals_GiveTheNationalPriorities_AndTheComparisonWithTheRenstra()
    {
        var satker = await fixture.SatkerAsync();
        var pelaku = await fixture.PelakuAsync(Peran.Operator, satker);
        await fixture.PerjanjianAsync(new PerjanjianKinerjaBuilder(satker).WithIndikator("1.1", 70, 80).WithIndikator("1.2", 50, 40));
        var renstra = new Renstra { SatkerId = satker.Id, TahunAwal = 2020, TahunAkhir = 2024 };
        var sasaran = new SasaranRenstra { Kode = "SS1", Uraian = "Meningkatnya partisipasi" };
        var indikator = new IndikatorRenstra { Kode = "1", Uraian = "Tingkat partisipasi pemilih" };
        indikator.Targets.Add(new TargetRenstra { Tahun = 2024, Teks = "100%", Nilai = 100, Satuan = "persen" });
        indikator.Targets.Add(new TargetRenstra { Tahun = 2023, Teks = "75%", Nilai = 75, Satuan = "persen" });
        sasaran.Indikators.Add(indikator);
        renstra.Sasarans.Add(sasaran);
        await fixture.InsertAsync(renstra);

        var (kosong, _) = DocxUji.Baca((await BuatAsync(pelaku, satker.Kode, "docx")).Pasti().Isi);
        Assert.Contains("Belum ada indikator Perjanjian Kinerja yang dikaitkan dengan Prioritas Nasional", kosong, StringComparison.Ordinal);
        Assert.Contains("Belum ada indikator Perjanjian Kinerja yang dikaitkan dengan indikator Renstra", kosong, StringComparison.Ordinal);

        await fixture.SendAsync<App.Features.Perjanjian.EditManualIku.Handler, Jawaban<int>>(h => h.HandleAsync(pelaku, new(satker.Kode, 2024, "1.1", 0, true, "Definisi uji.", null, null, null, null, indikator.Id, "07.01.01.01 PRO-P: Penguatan Penyelenggara Pemilu"), default)).ContinueWith(t => t.Result.Pasti(), TaskScheduler.Default);
        var (teks, barises) = DocxUji.Baca((await BuatAsync(pelaku, satker.Kode, "docx")).Pasti().Isi);
        Assert.Contains(barises, r => r.SequenceEqual(["07.01.01.01 PRO-P: Penguatan Penyelenggara Pemilu", "1. Sasaran uji", "1.1 Indikator 1.1", "70 %"]));
        Assert.Contains(barises, r => r.SequenceEqual(["1.", "1.1 Indikator 1.1", "SS1 Tingkat partisipasi pemilih", "100%", "100% (2024)", "80 %", "80,00 %"]));
        Assert.Contains("1 dari 2 indikator belum dikaitkan dengan indikator Renstra.", teks, StringComparison.Ordinal);
        Assert.Contains("dengan target 2024 100% dan target akhir 100% (2024); realisasi 2024 mencapai 80,00 % dari target akhir itu.", teks, StringComparison.Ordinal);
    }

    /// <summary>
    /// The demo's LKjIP as Word carries exactly the approved text (headings, every table row and
    /// figure, in order), and its PDF the same headings and cells in the same order.
    /// </summary>
    [Fact]
    public async Task TheDemosReport_MatchesTheApprovedText_InWordAndPdf()
    {
        await fixture.MuatDemoAsync();
        var pemantau = await fixture.AksesAsync("pemantau.1871");
        var garis = BerkasDisetujui.GarisDocx((await BuatAsync(pemantau, "1871", "docx")).Pasti().Isi);
        BerkasDisetujui.Bandingkan("lkjip-1871-2024.docx.txt", garis);
        BerkasDisetujui.PdfMengikuti(BerkasDisetujui.TeksPdf((await BuatAsync(pemantau, "1871", "pdf")).Pasti().Isi), garis);
    }
}
