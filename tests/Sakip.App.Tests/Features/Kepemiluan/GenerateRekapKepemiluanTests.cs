using Sakip.App.Dokumen;
using Sakip.App.Excel;
using Sakip.App.Features.Kepemiluan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Kepemiluan;

/// <summary>The workbook of an import: every region with its figures, and the findings.</summary>
public class GenerateRekapKepemiluanTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public async Task InitializeAsync() => await fixture.MuatDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TheWorkbook_HasEveryRegionAndEveryFinding()
    {
        var pelaku = await fixture.AksesAsync("pemantau.1871");
        var berkas = (await fixture.SendAsync<GenerateRekapKepemiluan.Handler, Jawaban<BerkasDokumen>>(h => h.HandleAsync(pelaku, new("1871", "pilkada-2024", "walikota-1871"), default))).Pasti();
        Assert.Equal("data-kepemiluan-1871-pilkada-2024-walikota-1871.xlsx", berkas.NamaBerkas);
        var lembars = PembacaXlsx.Baca(berkas.Isi);
        Assert.Equal(["Wilayah", "Temuan"], lembars.Select(l => l.Nama));
        var wilayah = lembars[0];
        Assert.Equal("Kode wilayah", wilayah.Sel(1, 3).Teks);
        Assert.Equal("Suara 2 Eva Dwiana – Deddy Amarullah Yacub", wilayah.IsiBaris(3).Last().Sel.Teks);
        Assert.Equal(3 + 21, wilayah.BarisTerakhir);
        Assert.Equal(("1871", 409093m, 52.04m), (wilayah.Sel(1, 4).Teks, wilayah.Sel(11, 4).Angka, wilayah.Sel(14, 4).Angka));
        Assert.Equal(3 + 15, lembars[1].BarisTerakhir);
    }

    [Fact]
    public async Task NothingImported_IsNotFound_AndAnotherSatkerIsRefused()
    {
        var admin = await fixture.AksesAsync("evaluator.18");
        var kosong = await fixture.SendAsync<GenerateRekapKepemiluan.Handler, Jawaban<BerkasDokumen>>(h => h.HandleAsync(admin, new("1872", "pilkada-2024", "gubernur-18"), default));
        Assert.Equal((JenisKegagalan.TidakDitemukan, "KPU Kota Metro belum mengimpor data Pemilihan Gubernur dan Wakil Gubernur Lampung."), (kosong.Jenis, kosong.Pesan));
        var lain = await fixture.AksesAsync("operator.1801");
        Assert.Equal(JenisKegagalan.Ditolak, (await fixture.SendAsync<GenerateRekapKepemiluan.Handler, Jawaban<BerkasDokumen>>(h => h.HandleAsync(lain, new("1871", "pilkada-2024", "walikota-1871"), default))).Jenis);
    }
}
