using Sakip.App.Features.Kepemiluan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Kepemiluan;

/// <summary>The contests of a satker's region, each with what the satker imported.</summary>
public class ListDataKepemiluanTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public async Task InitializeAsync() => await fixture.MuatDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<Jawaban<ListDataKepemiluan.Hasil>> DaftarAsync(string akun, string satker)
    {
        var pelaku = await fixture.AksesAsync(akun);
        return await fixture.SendAsync<ListDataKepemiluan.Handler, Jawaban<ListDataKepemiluan.Hasil>>(h => h.HandleAsync(pelaku, new(satker), default));
    }

    [Fact]
    public async Task BandarLampung_HasThreeContestsImported_NewestFirst_WithTheirParticipation()
    {
        var h = (await DaftarAsync("pemantau.1871", "1871")).Pasti();
        Assert.False(h.BolehImpor);
        Assert.Equal(
            [
                ("walikota-1871", 52.04m, 0, 15), // 2 ballot reserves and 13 regions where the governor race had other users (discrepancies 23, 15)
                ("gubernur-18", 52.10m, 0, 0),
                ("ppwp", 75.94m, 5, 0),
            ],
            h.Kontes.OrderByDescending(k => k.Tanggal).ThenByDescending(k => k.KodeKontes.StartsWith('w')).Select(k => (k.KodeKontes, Math.Round(k.Partisipasi!.Value, 2), k.JumlahKesalahan, k.JumlahPeringatan)));
        var walikota = h.Kontes.Single(k => k.KodeKontes == "walikota-1871");
        Assert.Equal((786182L, 409093L, 56.17m, 0.09m), (walikota.Dpt!.Value, walikota.Pengguna!.Value, Math.Round(walikota.PartisipasiPerempuan!.Value, 2), Math.Round(walikota.PangsaDpk!.Value, 2)));
        Assert.Equal("kepemiluan_1871_pilkada_2024_walikota.csv", walikota.Impor!.NamaBerkas);
    }

    [Fact]
    public async Task Metro_SeesTheContestsHeldThere_NotBandarLampungs()
    {
        var h = (await DaftarAsync("evaluator.18", "1872")).Pasti();
        Assert.Equal(["gubernur-18", "ppwp"], h.Kontes.Select(k => k.KodeKontes).Order());
        Assert.All(h.Kontes, k => Assert.Null(k.Impor));
    }

    [Fact]
    public async Task AnotherSatkersOperator_IsRefused() =>
        Assert.Equal(JenisKegagalan.Ditolak, (await DaftarAsync("operator.1801", "1871")).Jenis);
}
