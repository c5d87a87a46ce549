using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Evaluasi;

/// <summary>The evaluator writes an evaluation's recommendations, each on one of the template's components; the satker reads them.</summary>
public class EditRekomendasiEvaluasiTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task TheEvaluator_Adds_Changes_AndRemoves_FieldByFieldRefusals()
    {
        var p = await EvaluasiUji.BuatAsync(fixture);
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await EvaluasiUji.RekomendasiAsync(fixture, p.Evaluator, 2024, null, 0, "1", "x")).Jenis);
        (await EvaluasiUji.BukaAsync(fixture, p.Evaluator, 2024)).Pasti();

        Assert.Equal(
            [("KodeKomponen", "Pilih komponen: 1 Perencanaan Kinerja, 2 Pengukuran Kinerja, 3 Pelaporan Kinerja, 4 Evaluasi Akuntabilitas Kinerja Internal."), ("Uraian", "Isi rekomendasi.")],
            (await EvaluasiUji.RekomendasiAsync(fixture, p.Evaluator, 2024, null, 0, "9", " ")).Kesalahans.Select(k => (k.Bidang!, k.Pesan)));
        var satu = (await EvaluasiUji.RekomendasiAsync(fixture, p.Evaluator, 2024, null, 0, "1", "Publikasikan dokumen perencanaan kinerja di laman satker.", new DateOnly(2025, 3, 31))).Pasti();
        var dua = (await EvaluasiUji.RekomendasiAsync(fixture, p.Evaluator, 2024, null, 0, "3", "Publikasikan Laporan Kinerja tepat waktu.")).Pasti();
        Assert.Equal(JenisKegagalan.Konflik, (await EvaluasiUji.RekomendasiAsync(fixture, p.Evaluator, 2024, satu, 0, "2", "Diubah.")).Jenis);
        (await EvaluasiUji.RekomendasiAsync(fixture, p.Evaluator, 2024, satu, 1, "2", "Lampirkan notulen pemantauan kinerja.", new DateOnly(2024, 6, 30))).Pasti();
        (await EvaluasiUji.RekomendasiAsync(fixture, p.Evaluator, 2024, dua, 1, null, null, hapus: true)).Pasti();

        var r = Assert.Single((await EvaluasiUji.BacaAsync(fixture, p.Pemantau, 2024)).Rekomendasis!);
        Assert.Equal((1, "Pengukuran Kinerja", "Lampirkan notulen pemantauan kinerja.", "belum", new DateOnly(2024, 6, 30)), (r.Nomor, r.Komponen, r.Uraian, r.StatusTeks, r.JatuhTempo!.Value));
        Assert.True(r.Terlambat); // the fixture's clock reads 31 December 2024

        foreach (var a in new[] { p.Operator, p.Pimpinan, p.Pemantau, p.Asing })
        {
            Assert.Equal(JenisKegagalan.Ditolak, (await EvaluasiUji.RekomendasiAsync(fixture, a, 2024, null, 0, "1", "x")).Jenis);
        }
    }
}
