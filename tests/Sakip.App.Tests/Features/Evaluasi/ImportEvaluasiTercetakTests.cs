using System.Text;
using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Dokumen;
using Sakip.App.Features.Evaluasi;
using Sakip.App.Keamanan;
using Sakip.Domain.Evaluasi;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Evaluasi;

/// <summary>
/// A past evaluation is recorded as its document prints it, the consistency finding comes with it,
/// every bad cell is named by file, row and column with nothing written, and a printed evaluation
/// is replaced only while nobody has worked on its recommendations.
/// </summary>
public class ImportEvaluasiTercetakTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    /// <summary>Tabel 20 of the seed as its CSV names the components.</summary>
    private const string Tabel20 = "komponen,nilai,huruf\nPERENCANAAN KINERJA,23.10,A\nPENGUKURAN KINERJA,\"17,47\",BB\n3,11.55,BB\nEvaluasi Akuntabilitas Kinerja Internal,17.00,B\nNILAI EVALUASI,73.75,BB\n";

    private const string Tabel21 = "komponen,rekomendasi,tindak_lanjut,status\n1,Perbaiki dokumen perencanaan kinerja pegawai,Rencana Aksi diunggah,selesai\n3,Publikasikan Laporan Kinerja,,\nPengukuran Kinerja,Lampirkan notulen pemantauan kinerja,Notulen dilampirkan,\n";

    private Task<Jawaban<ImportEvaluasiTercetak.Hasil>> ImporAsync(AksesPengguna a, int tahun, string hasil, string? rekomendasi = null, string? sumber = "LKjIP 2024, Tabel 20", string? templat = null) =>
        ImporBytesAsync(a, tahun, Encoding.UTF8.GetBytes(hasil), rekomendasi is null ? null : Encoding.UTF8.GetBytes(rekomendasi), sumber, templat);

    private Task<Jawaban<ImportEvaluasiTercetak.Hasil>> ImporBytesAsync(AksesPengguna a, int tahun, byte[] hasil, byte[]? rekomendasi, string? sumber = "LKjIP 2024, Tabel 20", string? templat = null) =>
        fixture.SendAsync<ImportEvaluasiTercetak.Handler, Jawaban<ImportEvaluasiTercetak.Hasil>>(h => h.HandleAsync(a, new("1871", tahun, sumber, "hasil.csv", hasil, templat, rekomendasi is null ? null : "rekomendasi.csv", rekomendasi), default));

    [Fact]
    public async Task TheSeedsTabel20_IsKeptAsPrinted_WithItsThreeFindings_AndShownInTheRollUpAndTheLkjip()
    {
        var p = await EvaluasiUji.BuatAsync(fixture);
        var h = (await ImporAsync(p.Evaluator, 2021, Tabel20, Tabel21)).Pasti();
        Assert.Equal((73.75m, 3, false), (h.Nilai, h.JumlahRekomendasi, h.Mengganti));
        Assert.Equal(
            [
                "Nilai komponen berjumlah 69,12, tetapi nilai evaluasi tercetak 73,75 (selisih 4,63).",
                "Komponen Perencanaan Kinerja: 23,10 dari bobot 30 = 77,00 %, yang menurut skala predikat adalah BB; tercetak A.",
                "Komponen Pengukuran Kinerja: 17,47 dari bobot 30 = 58,23 %, yang menurut skala predikat adalah CC; tercetak BB.",
            ],
            h.Temuan);

        var d = await EvaluasiUji.BacaAsync(fixture, p.Pemantau, 2021);
        Assert.Equal(("LKjIP 2024, Tabel 20", 73.75m, "BB", 3), (d.Tercetak!.Sumber, d.Tercetak.Total, d.Tercetak.Predikat, d.Tercetak.Temuan.Count));
        Assert.Equal([("Perencanaan Kinerja", 23.10m, "A"), ("Pengukuran Kinerja", 17.47m, "BB"), ("Pelaporan Kinerja", 11.55m, "BB"), ("Evaluasi Akuntabilitas Kinerja Internal", 17.00m, "B")], d.Tercetak.Komponens.Select(k => (k.Nama, k.Nilai, k.Huruf)));
        Assert.Equal((73.75m, Predikat.BB), (d.NilaiAkhir, d.PredikatAkhir));
        Assert.Empty(d.Putarans);
        Assert.Null(d.Terbuka);
        Assert.Equal(
            [(1, "1", StatusTindakLanjut.Selesai, "Rencana Aksi diunggah"), (2, "3", StatusTindakLanjut.Belum, null), (3, "2", StatusTindakLanjut.DalamProses, "Notulen dilampirkan")],
            d.Rekomendasis!.Select(r => (r.Nomor, r.KodeKomponen, r.Status, r.TindakLanjut)));

        // The next year's page lists them as last year's recommendations.
        Assert.Equal(3, (await EvaluasiUji.BacaAsync(fixture, p.Operator, 2022)).RekomendasiSebelumnya!.Count);

        var rekap = (await fixture.SendAsync<ListEvaluasiSatker.Handler, Jawaban<ListEvaluasiSatker.Hasil>>(x => x.HandleAsync(p.Evaluator, new("18", 2021), default))).Pasti();
        var baris = rekap.Barises.Single(b => b.Kode == "1871");
        Assert.Equal((73.75m, Predikat.BB, "selesai (nilai tercetak)"), (baris.Nilai, baris.Predikat, baris.Status));
        Assert.Equal([23.10m, 17.47m, 11.55m, 17.00m], baris.Komponens);

        // Its LHE is the printed document, not one Sakip writes.
        var lhe = await fixture.SendAsync<GenerateDokumenLhe.Handler, Jawaban<App.Dokumen.BerkasDokumen>>(x => x.HandleAsync(p.Pemantau, new("1871", 2021, "docx"), default));
        Assert.Equal((JenisKegagalan.TidakDitemukan, "Evaluasi SAKIP KPU Kota Bandar Lampung tahun 2021 dicatat sebagaimana tercetak pada LKjIP 2024, Tabel 20; Laporan Hasil Evaluasinya adalah dokumen itu, bukan buatan Sakip."), (lhe.Jenis, lhe.Pesan));
        Assert.True(await fixture.ExecuteDbContextAsync(db => db.JejakAudits.AnyAsync(j => j.Entitas == nameof(KomponenEvaluasiTercetak))));
    }

    [Fact]
    public async Task ImportingAgain_ReplacesIt_UntilARecommendationIsWorkedOn_AndAWorkedEvaluationIsNeverReplaced()
    {
        var p = await EvaluasiUji.BuatAsync(fixture);
        (await ImporAsync(p.Evaluator, 2022, Tabel20, Tabel21)).Pasti();
        var lagi = (await ImporAsync(p.Evaluator, 2022, Tabel20.Replace("73.75", "69.12", StringComparison.Ordinal), sumber: "LHE Inspektorat Utama")).Pasti();
        Assert.Equal((true, 0), (lagi.Mengganti, lagi.JumlahRekomendasi));
        Assert.Equal(3, lagi.Temuan.Count); // two letters, and 69,12 is B where BB is printed
        Assert.Equal("LHE Inspektorat Utama", (await EvaluasiUji.BacaAsync(fixture, p.Pemantau, 2022)).Tercetak!.Sumber);

        (await ImporAsync(p.Evaluator, 2022, Tabel20, Tabel21)).Pasti();
        var r = (await EvaluasiUji.BacaAsync(fixture, p.Operator, 2022)).Rekomendasis!.Single(x => x.Nomor == 2);
        (await fixture.SendAsync<RecordTindakLanjut.Handler, Jawaban<int>>(h => h.HandleAsync(p.Operator, new("1871", 2022, r.Id, r.Revisi, StatusTindakLanjut.DalamProses, "Laporan diunggah ke laman", false), default))).Pasti();
        var ditolak = await ImporAsync(p.Evaluator, 2022, Tabel20);
        Assert.Equal((JenisKegagalan.Konflik, "Rekomendasi evaluasi SAKIP KPU Kota Bandar Lampung tahun 2022 sudah ditindaklanjuti di Sakip; impor ulang akan menghapus tindak lanjut itu, jadi tidak dilakukan."), (ditolak.Jenis, ditolak.Pesan));

        (await EvaluasiUji.BukaAsync(fixture, p.Evaluator, 2025, "88-2021")).Pasti();
        Assert.Equal(JenisKegagalan.Konflik, (await ImporAsync(p.Evaluator, 2025, Tabel20)).Jenis);
    }

    [Fact]
    public async Task BadFiles_AreNamedByFileRowAndColumn_OthersAreRefused_AndNothingIsWritten()
    {
        var p = await EvaluasiUji.BuatAsync(fixture);
        foreach (var a in new[] { p.Operator, p.Pimpinan, p.Pemantau, p.Asing })
        {
            Assert.Equal(JenisKegagalan.Ditolak, (await ImporAsync(a, 2019, Tabel20)).Jenis);
        }

        async Task<string[]> Salah(string hasil, string? rekomendasi = null, string? sumber = "LHE") =>
            [.. (await ImporAsync(p.Evaluator, 2019, hasil, rekomendasi, sumber, "88-2021")).Kesalahans.Select(k => k.Pesan)];

        Assert.Equal(["hasil.csv, baris 1: kepala kolom harus memuat komponen,nilai (boleh ditambah huruf), masing-masing sekali; tertulis 'kode,jawaban'."], await Salah("kode,jawaban\n1.a.1,A\n"));
        Assert.Equal(
            [
                "hasil.csv, baris 2, kolom komponen: 'Capaian Kinerja' bukan komponen LKE 88-2021 (1 Perencanaan Kinerja, 2 Pengukuran Kinerja, 3 Pelaporan Kinerja, 4 Evaluasi Akuntabilitas Kinerja Internal) dan bukan 'total'.",
                "hasil.csv, baris 3, kolom nilai: 'dua puluh' bukan nilai (bilangan tidak negatif, misalnya 23,10).",
                "hasil.csv, baris 4, kolom huruf: 'Z' bukan huruf predikat (AA, A, BB, B, CC, C, D).",
                "hasil.csv, baris 6, kolom komponen: komponen 1 Perencanaan Kinerja sudah ada di atasnya.",
                "hasil.csv, baris 7, kolom nilai: kosong.",
            ],
            await Salah("komponen,nilai,huruf\nCapaian Kinerja,20,A\n2,dua puluh,B\n3,10,Z\n1,20,\n1,21,\n4,\n"));
        Assert.Equal(
            ["hasil.csv: komponen 3 Pelaporan Kinerja, 4 Evaluasi Akuntabilitas Kinerja Internal tidak ada; setiap komponen LKE 88-2021 harus ada satu baris.", "hasil.csv: baris 'total' (nilai evaluasi yang tercetak) tidak ada."],
            await Salah("komponen,nilai\n1,20\n2,20\n"));
        Assert.Equal(
            [
                "rekomendasi.csv, baris 2, kolom komponen: '9' bukan komponen LKE 88-2021.",
                "rekomendasi.csv, baris 3, kolom status: 'tuntas' bukan status; tulis belum, dalam proses, atau selesai.",
                "rekomendasi.csv, baris 4, kolom rekomendasi: kosong.",
            ],
            await Salah(Tabel20, "komponen,rekomendasi,status\n9,Perbaiki,\n1,Perbaiki,tuntas\n2,,\n"));
        Assert.Equal(["Sebutkan dokumen sumber nilai ini (misalnya 'LHE Inspektorat Utama 2024' atau 'LKjIP 2024, Tabel 20')."], await Salah(Tabel20, sumber: " "));

        var biner = (await ImporBytesAsync(p.Evaluator, 2019, [0x50, 0x4B, 0x03, 0x04, 0x00, 0xFF], null)).Kesalahans.Select(k => k.Pesan);
        Assert.Equal(["hasil.csv: bukan berkas CSV (teks UTF-8)."], biner);
        Assert.Equal(["hasil.csv: berkas kosong."], (await ImporBytesAsync(p.Evaluator, 2019, [], null)).Kesalahans.Select(k => k.Pesan));
        Assert.Equal(["KodeTemplat"], (await ImporAsync(p.Evaluator, 2019, Tabel20, templat: "99")).Kesalahans.Select(k => k.Bidang!));

        Assert.False(await fixture.ExecuteDbContextAsync(db => db.EvaluasiAkips.AnyAsync(e => e.Tahun == 2019)));
    }
}
