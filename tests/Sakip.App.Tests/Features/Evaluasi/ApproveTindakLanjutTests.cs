using Sakip.App.Entities;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Evaluasi;

/// <summary>The evaluator returns a follow-up with a note, then accepts it; next year's evaluation shows the recommendation done.</summary>
public class ApproveTindakLanjutTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Returned_ThenAccepted_AndShownOnNextYearsEvaluation()
    {
        var p = await EvaluasiUji.BuatAsync(fixture);
        (await EvaluasiUji.BukaAsync(fixture, p.Evaluator, 2022)).Pasti();
        var id = (await EvaluasiUji.RekomendasiAsync(fixture, p.Evaluator, 2022, null, 0, "2", "Lampirkan notulen pemantauan kinerja.")).Pasti();
        Assert.Equal("Tindak lanjut rekomendasi 1 belum diajukan satker.", (await EvaluasiUji.TerimaAsync(fixture, p.Evaluator, 2022, id, 1, true)).Pesan);
        (await EvaluasiUji.TindakLanjutAsync(fixture, p.Operator, 2022, id, 1, StatusTindakLanjut.DalamProses, "Notulen Januari-Juni dilampirkan.", ajukan: true)).Pasti();

        Assert.Equal(["Catatan"], (await EvaluasiUji.TerimaAsync(fixture, p.Evaluator, 2022, id, 2, false)).Kesalahans.Select(k => k.Bidang!));
        Assert.Equal(JenisKegagalan.Ditolak, (await EvaluasiUji.TerimaAsync(fixture, p.Pimpinan, 2022, id, 2, true)).Jenis);
        (await EvaluasiUji.TerimaAsync(fixture, p.Evaluator, 2022, id, 2, false, "Notulen Juli-Desember belum ada.")).Pasti();
        var kembali = Assert.Single((await EvaluasiUji.BacaAsync(fixture, p.Operator, 2022)).Rekomendasis!);
        Assert.Equal(("dalam proses", "Notulen Juli-Desember belum ada."), (kembali.StatusTeks, kembali.CatatanEvaluator!));

        (await EvaluasiUji.TindakLanjutAsync(fixture, p.Operator, 2022, id, 3, StatusTindakLanjut.DalamProses, "Notulen setahun dilampirkan.", ajukan: true)).Pasti();
        (await EvaluasiUji.TerimaAsync(fixture, p.Evaluator, 2022, id, 4, true)).Pasti();
        Assert.Equal("Tindak lanjut rekomendasi 1 sudah diterima evaluator.", (await EvaluasiUji.TindakLanjutAsync(fixture, p.Operator, 2022, id, 5, StatusTindakLanjut.Belum, "x")).Pesan);
        Assert.Equal(JenisKegagalan.TidakSah, (await EvaluasiUji.RekomendasiAsync(fixture, p.Evaluator, 2022, id, 5, "2", "Diubah.")).Jenis);

        // The next year's page shows last year's recommendation and its state, before and after it is opened.
        var berikut = await EvaluasiUji.BacaAsync(fixture, p.Pemantau, 2023);
        Assert.Equal(2022, berikut.TahunSebelumnya);
        var lalu = Assert.Single(berikut.RekomendasiSebelumnya!);
        Assert.Equal("selesai", lalu.StatusTeks);
        Assert.EndsWith(" WIB", lalu.Diterima, StringComparison.Ordinal);
        Assert.False(lalu.Terlambat);
    }
}
