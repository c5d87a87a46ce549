using Sakip.App.Features.Evaluasi;
using Sakip.Domain.Evaluasi;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Evaluasi;

/// <summary>The province sees each satker's value, change, components and state, the distribution of predikat, and who is below the target.</summary>
public class ListEvaluasiSatkerTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<ListEvaluasiSatker.Hasil>> RekapAsync(App.Keamanan.AksesPengguna a, string satker, int tahun, string? target = null) =>
        fixture.SendAsync<ListEvaluasiSatker.Handler, Jawaban<ListEvaluasiSatker.Hasil>>(h => h.HandleAsync(a, new(satker, tahun, target), default));

    [Fact]
    public async Task TheProvince_SeesValues_Changes_Distribution_AndThoseBelowTheTarget()
    {
        var p = await EvaluasiUji.BuatAsync(fixture);
        await EvaluasiUji.SelesaikanAsync(fixture, p, 2023, _ => "B");
        await EvaluasiUji.SelesaikanAsync(fixture, p, 2024, k => k == "2.a.1" ? "CC" : "BB");

        var h = (await RekapAsync(p.Evaluator, "18", 2024)).Pasti();
        var kota = h.Barises.Single(b => b.Kode == "1871");
        Assert.Equal((79.6m, Predikat.BB, 2023, 9.6m, "selesai", false), (kota.Nilai!.Value, kota.Predikat!.Value, kota.TahunLalu!.Value, kota.Perubahan!.Value, kota.Status, kota.DiBawahTarget));
        Assert.Equal([24m, 23.6m, 12m, 20m], kota.Komponens);
        Assert.Equal("belum dibuka", h.Barises.Single(b => b.Kode == "18").Status);
        Assert.Equal((1, h.Barises.Count - 1), (h.Sebarans.Single(s => s.Predikat == Predikat.BB).Jumlah, h.Sebarans.Single(s => s.Predikat is null).Jumlah));

        var lalu = (await RekapAsync(p.Evaluator, "18", 2023, "a")).Pasti();
        Assert.Equal((Predikat.A, true, 70m), (lalu.Target, lalu.Barises.Single(b => b.Kode == "1871").DiBawahTarget, lalu.Barises.Single(b => b.Kode == "1871").Nilai!.Value));
    }

    [Fact]
    public async Task ABadTarget_AndAnotherSatker_AreRefused()
    {
        var p = await EvaluasiUji.BuatAsync(fixture);
        Assert.Equal("Target predikat harus salah satu dari AA, A, BB, B, CC, C, D; tertulis 'E'.", (await RekapAsync(p.Evaluator, "18", 2024, "E")).Pesan);
        Assert.Equal(JenisKegagalan.TidakSah, (await RekapAsync(p.Evaluator, "18", 2024, "3")).Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await RekapAsync(p.Asing, "1871", 2024)).Jenis);
        Assert.Equal(["1871"], (await RekapAsync(p.Operator, "1871", 2024)).Pasti().Barises.Select(b => b.Kode));
    }
}
