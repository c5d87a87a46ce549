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
}
