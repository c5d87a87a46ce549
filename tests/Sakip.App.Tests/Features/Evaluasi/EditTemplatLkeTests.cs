using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Evaluasi;

/// <summary>
/// An unused stored version is edited row by row (texts, weights, a criterion removed and one
/// added); the whole template is checked before anything is written; shipped and used versions stay.
/// </summary>
public class EditTemplatLkeTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task TextsWeightsAndCriteria_AreEdited_AndTheNewVersionServesEvaluations()
    {
        var admin = await TemplatLkeUji.AdminPusatAsync(fixture);
        (await TemplatLkeUji.SalinAsync(fixture, admin, "kpu-2028", 2028)).Pasti();
        var d = await TemplatLkeUji.BacaAsync(fixture, admin, "kpu-2028");
        var barises = TemplatLkeUji.Baris(d);
        barises.Single(b => b.Kode == "1.a.1").Nama = "Renstra KPU tersedia dan ditetapkan tepat waktu";
        barises.Single(b => b.Kode == "1.a.2").Hapus = true;
        barises.Single(b => b.Kode == "1.a.7").Nama = "Rencana Aksi dipublikasikan di laman satker";
        Assert.Equal(1, (await TemplatLkeUji.UbahAsync(fixture, admin, d, barises, "LKE KPU 2028")).Pasti());

        var baru = await TemplatLkeUji.BacaAsync(fixture, admin, "kpu-2028");
        Assert.Equal(("LKE KPU 2028", 80), (baru.Templat!.Nama, baru.Templat.JumlahKriteria));
        Assert.Equal(["1.a.1", "1.a.3", "1.a.4", "1.a.5", "1.a.6", "1.a.7", "1.a.8"], baru.Barises.Where(b => b.Kode.StartsWith("1.a.", StringComparison.Ordinal)).Select(b => b.Kode));
        Assert.Equal("Rencana Aksi dipublikasikan di laman satker", baru.Barises.Single(b => b.Kode == "1.a.7").Nama);

        // Opened by an evaluation, it is locked.
        var p = await EvaluasiUji.BuatAsync(fixture);
        (await EvaluasiUji.BukaAsync(fixture, p.Evaluator, 2028, "kpu-2028")).Pasti();
        Assert.Equal("Renstra KPU tersedia dan ditetapkan tepat waktu", (await EvaluasiUji.BacaAsync(fixture, p.Operator, 2028)).Komponens[0].SubKomponens[0].Barises[0].Teks);
        var dikunci = await TemplatLkeUji.UbahAsync(fixture, admin, baru, TemplatLkeUji.Baris(baru));
        Assert.Equal((JenisKegagalan.Konflik, "Templat kpu-2028 sudah dipakai 1 evaluasi dan tidak diubah; salin menjadi versi baru lalu ubah salinannya."), (dikunci.Jenis, dikunci.Pesan));
    }

    [Fact]
    public async Task BadCells_AndAWholeThatDoesNotAddUp_AreRefused_WithNothingWritten()
    {
        var admin = await TemplatLkeUji.AdminPusatAsync(fixture);
        (await TemplatLkeUji.SalinAsync(fixture, admin, "kpu-2030", 2030)).Pasti();
        var d = await TemplatLkeUji.BacaAsync(fixture, admin, "kpu-2030");
        var audit = await TemplatLkeUji.AuditAsync(fixture);

        var sel = TemplatLkeUji.Baris(d);
        sel.Single(b => b.Kode == "1").Bobot = "tiga puluh";
        sel.Single(b => b.Kode == "1.b").Jenis = "lain";
        sel.Single(b => b.Kode == "1.a.1").Nama = " ";
        sel.Single(b => b.Kode == "1.a.3").Skala = "Y-T";
        var salah = await TemplatLkeUji.UbahAsync(fixture, admin, d, sel);
        Assert.Equal(["Barises[0].Bobot", "Barises[2].Nama", "Barises[4].Skala", "Barises[9].Jenis"], salah.Kesalahans.Select(k => k.Bidang!).Order(StringComparer.Ordinal));

        var bobot = TemplatLkeUji.Baris(d);
        bobot.Single(b => b.Kode == "1").Bobot = "35";
        Assert.Contains((await TemplatLkeUji.UbahAsync(fixture, admin, d, bobot)).Kesalahans, k => k.Pesan.Contains("100", StringComparison.Ordinal));

        Assert.Equal(JenisKegagalan.TidakSah, (await TemplatLkeUji.UbahAsync(fixture, admin, await TemplatLkeUji.BacaAsync(fixture, admin, "88-2021"), TemplatLkeUji.Baris(d))).Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await TemplatLkeUji.UbahAsync(fixture, await fixture.AksesAsync("evaluator.18"), d, TemplatLkeUji.Baris(d))).Jenis);
        Assert.Equal(audit, await TemplatLkeUji.AuditAsync(fixture));

        (await TemplatLkeUji.UbahAsync(fixture, admin, d, TemplatLkeUji.Baris(d), "LKE KPU 2030")).Pasti();
        Assert.Equal(JenisKegagalan.Konflik, (await TemplatLkeUji.UbahAsync(fixture, admin, d, TemplatLkeUji.Baris(d))).Jenis);
    }
}
