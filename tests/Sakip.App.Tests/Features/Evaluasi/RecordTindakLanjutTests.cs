using Sakip.App.Entities;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Evaluasi;

/// <summary>The satker records its follow-up and submits it; then it waits for the evaluator, locked.</summary>
public class RecordTindakLanjutTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task TheSatker_RecordsProgress_SubmitsIt_AndIsThenLocked()
    {
        var p = await EvaluasiUji.BuatAsync(fixture);
        (await EvaluasiUji.BukaAsync(fixture, p.Evaluator, 2023)).Pasti();
        var id = (await EvaluasiUji.RekomendasiAsync(fixture, p.Evaluator, 2023, null, 0, "3", "Publikasikan Laporan Kinerja 2023.")).Pasti();

        Assert.Equal(["Status"], (await EvaluasiUji.TindakLanjutAsync(fixture, p.Operator, 2023, id, 1, StatusTindakLanjut.Selesai, "Sudah.")).Kesalahans.Select(k => k.Bidang!));
        Assert.Equal(["TindakLanjut"], (await EvaluasiUji.TindakLanjutAsync(fixture, p.Operator, 2023, id, 1, StatusTindakLanjut.DalamProses, " ", ajukan: true)).Kesalahans.Select(k => k.Bidang!));
        Assert.Equal(2, (await EvaluasiUji.TindakLanjutAsync(fixture, p.Operator, 2023, id, 1, StatusTindakLanjut.DalamProses, "Sedang diunggah ke laman.")).Pasti());
        Assert.Equal(JenisKegagalan.Konflik, (await EvaluasiUji.TindakLanjutAsync(fixture, p.Pimpinan, 2023, id, 1, StatusTindakLanjut.DalamProses, "x")).Jenis);
        (await EvaluasiUji.TindakLanjutAsync(fixture, p.Pimpinan, 2023, id, 2, StatusTindakLanjut.DalamProses, "Diunggah: https://kota-bandarlampung.kpu.go.id/lkjip-2023", ajukan: true)).Pasti();

        var r = Assert.Single((await EvaluasiUji.BacaAsync(fixture, p.Operator, 2023)).Rekomendasis!);
        Assert.Equal(("diajukan, menunggu penerimaan", "Diunggah: https://kota-bandarlampung.kpu.go.id/lkjip-2023"), (r.StatusTeks, r.TindakLanjut!));
        Assert.Equal("Tindak lanjut rekomendasi 1 sedang menunggu penerimaan evaluator.", (await EvaluasiUji.TindakLanjutAsync(fixture, p.Operator, 2023, id, 3, StatusTindakLanjut.Belum, "x")).Pesan);
        Assert.Equal(JenisKegagalan.Ditolak, (await EvaluasiUji.TindakLanjutAsync(fixture, p.Evaluator, 2023, id, 3, StatusTindakLanjut.Belum, "x")).Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await EvaluasiUji.TindakLanjutAsync(fixture, p.Asing, 2023, id, 3, StatusTindakLanjut.Belum, "x")).Jenis);
    }

    [Fact]
    public async Task EvidenceFiles_AreAttachedToTheFollowUp_SniffedLikeEveryOther_AndShownWithTheRecommendation()
    {
        var p = await EvaluasiUji.BuatAsync(fixture);
        (await EvaluasiUji.BukaAsync(fixture, p.Evaluator, 2021)).Pasti();
        var id = (await EvaluasiUji.RekomendasiAsync(fixture, p.Evaluator, 2021, null, 0, "2", "Lampirkan notulen pemantauan kinerja.")).Pasti();
        var pdf = System.Text.Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

        Task<Jawaban<int>> Catat(int revisi, params (string, byte[])[] berkas) =>
            fixture.SendAsync<App.Features.Evaluasi.RecordTindakLanjut.Handler, Jawaban<int>>(h => h.HandleAsync(p.Operator, new("1871", 2021, id, revisi, StatusTindakLanjut.DalamProses, "Notulen rapat Januari", false, berkas), default));
        var revisi = (await EvaluasiUji.BacaAsync(fixture, p.Operator, 2021)).Rekomendasis!.Single(x => x.Id == id).Revisi;
        var salah = await Catat(revisi, ("notulen.txt", System.Text.Encoding.UTF8.GetBytes("teks")));
        Assert.Equal(["Berkas 'notulen.txt' bukan PDF, JPEG, PNG, XLSX atau DOCX (yang diperiksa isi berkasnya, bukan namanya)."], salah.Kesalahans.Select(k => k.Pesan));
        (await Catat(revisi, ("notulen-januari.pdf", pdf))).Pasti();

        var r = (await EvaluasiUji.BacaAsync(fixture, p.Evaluator, 2021)).Rekomendasis!.Single(x => x.Id == id);
        Assert.Equal(["notulen-januari.pdf"], r.Buktis!.Select(b => b.Nama));
        Assert.Equal(["notulen-januari.pdf"], (await EvaluasiUji.BacaAsync(fixture, p.Operator, 2022)).RekomendasiSebelumnya!.Single(x => x.Id == id).Buktis!.Select(b => b.Nama));
        Assert.DoesNotContain((await EvaluasiUji.BacaAsync(fixture, p.Operator, 2021)).Komponens.SelectMany(k => k.SubKomponens).SelectMany(s => s.Barises), b => b.Buktis is { Count: > 0 });
        var unduh = (await fixture.SendAsync<App.Features.Evaluasi.GetBuktiEvaluasi.Handler, Jawaban<App.Features.Evaluasi.GetBuktiEvaluasi.Hasil>>(h => h.HandleAsync(p.Evaluator, new(r.Buktis![0].Id), default))).Pasti();
        Assert.Equal("application/pdf", unduh.JenisKonten);
    }
}
