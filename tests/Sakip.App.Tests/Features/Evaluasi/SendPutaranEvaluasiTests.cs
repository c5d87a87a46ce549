using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.Domain.Evaluasi;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Evaluasi;

/// <summary>The three rounds in order: each submitted only when complete, then locked; the final one fixes the value and predikat.</summary>
public class SendPutaranEvaluasiTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task SelfAssessment_ThenEvaluator_ThenFinal_FixesTheValue()
    {
        var p = await EvaluasiUji.BuatAsync(fixture);
        (await EvaluasiUji.BukaAsync(fixture, p.Evaluator, 2024)).Pasti();
        (await EvaluasiUji.JawabAsync(fixture, p.Operator, 2024, JenisPutaran.Mandiri, "1.a.1", "A")).Pasti();

        // Incomplete: refused with what is missing; nothing changes.
        var revisi = (await EvaluasiUji.BacaAsync(fixture, p.Operator, 2024)).Revisi;
        var belum = await EvaluasiUji.AjukanAsync(fixture, p.Operator, 2024, JenisPutaran.Mandiri, revisi);
        Assert.StartsWith("79 kriteria belum dijawab: 1.a.2,", belum.Kesalahans.Single().Pesan, StringComparison.Ordinal);

        await EvaluasiUji.JawabSemuaAsync(fixture, p.Operator, 2024, JenisPutaran.Mandiri, k => k == "1.a.1" ? "A" : "BB");
        var baca = await EvaluasiUji.BacaAsync(fixture, p.Pimpinan, 2024);
        Assert.Equal((0, 80.1m), (baca.Terbuka!.JumlahBelum, baca.Terbuka.Nilai!.Total));
        Assert.Equal(JenisKegagalan.Konflik, (await EvaluasiUji.AjukanAsync(fixture, p.Pimpinan, 2024, JenisPutaran.Mandiri, revisi)).Jenis);
        (await EvaluasiUji.AjukanAsync(fixture, p.Pimpinan, 2024, JenisPutaran.Mandiri, baca.Revisi)).Pasti();
        Assert.Equal("Putaran evaluasi mandiri sudah diajukan; jawabannya terkunci.", (await EvaluasiUji.JawabAsync(fixture, p.Operator, 2024, JenisPutaran.Mandiri, "1.a.1", "AA", 1)).Pesan);

        // The evaluator scores: two criteria two grades below the satker's own answer are flagged.
        await EvaluasiUji.JawabSemuaAsync(fixture, p.Evaluator, 2024, JenisPutaran.Evaluator, k => k is "1.b.1" or "2.a.1" ? "CC" : "BB");
        baca = await EvaluasiUji.BacaAsync(fixture, p.Evaluator, 2024);
        Assert.Equal(["1.b.1", "2.a.1"], baca.Komponens.SelectMany(k => k.SubKomponens).SelectMany(s => s.Barises).Where(b => b.Selisih).Select(b => b.Kode));
        Assert.Equal(JenisKegagalan.Ditolak, (await EvaluasiUji.AjukanAsync(fixture, p.Operator, 2024, JenisPutaran.Evaluator, baca.Revisi)).Jenis);
        (await EvaluasiUji.AjukanAsync(fixture, p.Evaluator, 2024, JenisPutaran.Evaluator, baca.Revisi)).Pasti();

        // The final round starts from the evaluator's answers; the team agrees one change and submits.
        baca = await EvaluasiUji.BacaAsync(fixture, p.Evaluator, 2024);
        Assert.Equal((JenisPutaran.Akhir, 0), (baca.Terbuka!.Jenis, baca.Terbuka.JumlahBelum));
        (await EvaluasiUji.JawabAsync(fixture, p.Evaluator, 2024, JenisPutaran.Akhir, "1.b.1", "B", revisi: 1)).Pasti();
        baca = await EvaluasiUji.BacaAsync(fixture, p.Evaluator, 2024);
        (await EvaluasiUji.AjukanAsync(fixture, p.Evaluator, 2024, JenisPutaran.Akhir, baca.Revisi)).Pasti();

        // 78 criteria BB, 2.a.1 CC (1 of 3 in a sub-component of 6 points: -0,4), 1.b.1 B (1 of 11 of 9 points: -0,0818...).
        var e = await fixture.ExecuteDbContextAsync(db => db.EvaluasiAkips.SingleAsync(x => x.Tahun == 2024 && x.Satker.Kode == "1871"));
        Assert.Equal(Math.Round(80m - (20m / 3m / 100m * 6m) - (10m / 11m / 100m * 9m), 6, MidpointRounding.AwayFromZero), e.NilaiAkhir);
        Assert.Equal(Predikat.BB, e.PredikatAkhir);
        baca = await EvaluasiUji.BacaAsync(fixture, p.Pemantau, 2024);
        Assert.Null(baca.Terbuka);
        Assert.Equal("79,52", Sakip.Domain.Bilangan.FormatIndonesia.Angka(baca.NilaiAkhir!.Value));
        Assert.All(baca.Putarans, r => Assert.NotNull(r.Diajukan));
    }
}
