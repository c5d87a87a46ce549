using Sakip.App.Entities;
using Sakip.App.Features.Perencanaan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Perencanaan;

/// <summary>Reading a satker's Renstra: the demo's seeded tree as the source prints it, the empty state, and reach.</summary>
public class GetRenstraTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public async Task InitializeAsync() => await fixture.MuatDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<Jawaban<GetRenstra.Hasil>> Baca(App.Keamanan.AksesPengguna a, string kode) =>
        fixture.SendAsync<GetRenstra.Handler, Jawaban<GetRenstra.Hasil>>(h => h.HandleAsync(a, new(kode), default));

    [Fact]
    public async Task TheDemoCityRenstra_HasTheSeedsSasaranAndTargets()
    {
        var kota = (await Baca(await fixture.AksesAsync("operator.1871"), "1871")).Pasti();

        Assert.Equal(31, kota.Sasarans.Count);
        Assert.Equal(5, kota.PilihanInduk.Count);
        Assert.Equal("100%", kota.Sasarans.First(s => s.Kode == "3356.1").Indikators.Single().Targets[2024]);
    }

    [Fact]
    public async Task ASatkerWithoutRenstra_IsAnEmptyState_ThatSaysWhetherTheUserMayCreateOne()
    {
        var satker = await fixture.SatkerAsync();

        var op = (await Baca(await fixture.PelakuAsync(Peran.Operator, satker), satker.Kode)).Pasti();
        var pemantau = (await Baca(await fixture.PelakuAsync(Peran.Pemantau, satker), satker.Kode)).Pasti();

        Assert.False(op.Ada);
        Assert.True(op.BolehUbah);
        Assert.False(pemantau.BolehUbah);
        Assert.Equal(JenisKegagalan.Ditolak, (await Baca(await fixture.PelakuAsync(Peran.Operator, await fixture.SatkerAsync()), satker.Kode)).Jenis);
    }
}
