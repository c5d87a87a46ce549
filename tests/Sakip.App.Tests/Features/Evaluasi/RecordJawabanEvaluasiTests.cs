using Sakip.App.Entities;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Evaluasi;

/// <summary>Answers go into the open round, on the criterion's scale, by those the round belongs to; a stale form changes nothing.</summary>
public class RecordJawabanEvaluasiTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task TheSatker_AnswersItsOwnRound_OnTheScale_WithANote_AndAStaleFormIsRefused()
    {
        var p = await EvaluasiUji.BuatAsync(fixture);
        (await EvaluasiUji.BukaAsync(fixture, p.Evaluator, 2024)).Pasti();

        Assert.Equal(1, (await EvaluasiUji.JawabAsync(fixture, p.Operator, 2024, JenisPutaran.Mandiri, " 1.a.1 ", "bb", catatan: "Pedoman ada: Keputusan KPU 5/2018.")).Pasti());
        Assert.Equal(JenisKegagalan.Konflik, (await EvaluasiUji.JawabAsync(fixture, p.Pimpinan, 2024, JenisPutaran.Mandiri, "1.a.1", "A", revisi: 0)).Jenis);
        Assert.Equal(2, (await EvaluasiUji.JawabAsync(fixture, p.Pimpinan, 2024, JenisPutaran.Mandiri, "1.a.1", "A", revisi: 1)).Pasti());

        var baris = (await EvaluasiUji.BacaAsync(fixture, p.Pemantau, 2024)).Komponens[0].SubKomponens[0].Barises[0];
        Assert.Equal(("1.a.1", "A", (string?)null, 2), (baris.Kode, baris.Isians[JenisPutaran.Mandiri].Teks, baris.Isians[JenisPutaran.Mandiri].Catatan, baris.Isians[JenisPutaran.Mandiri].Revisi));
    }

    [Fact]
    public async Task BadAnswers_UnknownCodes_OtherRounds_AndOtherPeople_AreRefused()
    {
        var p = await EvaluasiUji.BuatAsync(fixture);
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await EvaluasiUji.JawabAsync(fixture, p.Operator, 2022, JenisPutaran.Mandiri, "1.a.1", "BB")).Jenis);
        (await EvaluasiUji.BukaAsync(fixture, p.Evaluator, 2022)).Pasti();

        Assert.Equal([("Jawaban", "Pilih jawaban kriteria 1.a.2: AA, A, BB, B, CC, C, D, E.")], (await EvaluasiUji.JawabAsync(fixture, p.Operator, 2022, JenisPutaran.Mandiri, "1.a.2", "Y")).Kesalahans.Select(k => (k.Bidang!, k.Pesan)));
        Assert.Equal(["Catatan"], (await EvaluasiUji.JawabAsync(fixture, p.Operator, 2022, JenisPutaran.Mandiri, "1.a.2", "B", catatan: new string('c', 2001))).Kesalahans.Select(k => k.Bidang!));
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await EvaluasiUji.JawabAsync(fixture, p.Operator, 2022, JenisPutaran.Mandiri, "5.a.1", "B")).Jenis);
        Assert.Equal("Putaran penilaian evaluator belum dibuka.", (await EvaluasiUji.JawabAsync(fixture, p.Evaluator, 2022, JenisPutaran.Evaluator, "1.a.1", "B")).Pesan);

        // The satker's own round is not the evaluator's, nor the pemantau's or another satker's.
        Assert.Equal(JenisKegagalan.Ditolak, (await EvaluasiUji.JawabAsync(fixture, p.Evaluator, 2022, JenisPutaran.Mandiri, "1.a.1", "B")).Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await EvaluasiUji.JawabAsync(fixture, p.Pemantau, 2022, JenisPutaran.Mandiri, "1.a.1", "B")).Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await EvaluasiUji.JawabAsync(fixture, p.Asing, 2022, JenisPutaran.Mandiri, "1.a.1", "B")).Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await EvaluasiUji.JawabAsync(fixture, p.Operator, 2022, JenisPutaran.Evaluator, "1.a.1", "B")).Jenis);
    }

    [Fact]
    public async Task PerSubComponent_TheShareMet_AndTheYearsKept_GiveTheGrade()
    {
        var p = await EvaluasiUji.BuatAsync(fixture);
        (await EvaluasiUji.BukaAsync(fixture, p.Evaluator, 2021, metode: "subkomponen")).Pasti();
        (await EvaluasiUji.JawabAsync(fixture, p.Operator, 2021, JenisPutaran.Mandiri, "1.a", "100 %", tahunDipertahankan: 2)).Pasti();
        (await EvaluasiUji.JawabAsync(fixture, p.Operator, 2021, JenisPutaran.Mandiri, "1.b", "83,33")).Pasti();
        Assert.Equal(["Jawaban", "TahunDipertahankan"], (await EvaluasiUji.JawabAsync(fixture, p.Operator, 2021, JenisPutaran.Mandiri, "1.c", "120", tahunDipertahankan: -1)).Kesalahans.Select(k => k.Bidang!));
        var subs = (await EvaluasiUji.BacaAsync(fixture, p.Operator, 2021)).Komponens[0].SubKomponens;
        Assert.Equal(["100 % (A)", "83,33 % (B)"], subs.Take(2).Select(s => s.Barises.Single().Isians[JenisPutaran.Mandiri].Teks));
        Assert.Empty(subs[2].Barises.Single().Isians);
    }
}
