using Sakip.App.Entities;
using Sakip.App.Features.Perencanaan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Perencanaan;

/// <summary>Opening a satker's Renstra: its writers, the period's bounds and no overlap.</summary>
public class CreateRenstraTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<int>> Buat(App.Keamanan.AksesPengguna pelaku, CreateRenstra.Command c) =>
        fixture.SendAsync<CreateRenstra.Handler, Jawaban<int>>(h => h.HandleAsync(pelaku, c, default));

    [Fact]
    public async Task AnOperatorOpensARenstra_OnlyForAPeriodOfAtMostTenYears_ThatOverlapsNoOther()
    {
        var satker = await fixture.SatkerAsync();
        var op = await fixture.PelakuAsync(Peran.Operator, satker);

        Assert.StartsWith("Periode Renstra", (await Buat(op, new(satker.Kode, 2025, 2040))).Pesan, StringComparison.Ordinal);
        Assert.True((await Buat(op, new(satker.Kode, 2024, 2028))).Berhasil);
        Assert.Equal(JenisKegagalan.Konflik, (await Buat(op, new(satker.Kode, 2027, 2031))).Jenis);
    }

    [Theory]
    [InlineData(Peran.Pemantau)]
    [InlineData(Peran.Evaluator)]
    public async Task ARoleThatDoesNotPlan_OrAnotherSatker_IsRefused(Peran peran)
    {
        var satker = await fixture.SatkerAsync();
        var lain = await fixture.SatkerAsync();

        Assert.Equal(JenisKegagalan.Ditolak, (await Buat(await fixture.PelakuAsync(peran, satker), new(satker.Kode, 2025, 2029))).Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await Buat(await fixture.PelakuAsync(Peran.Operator, lain), new(satker.Kode, 2025, 2029))).Jenis);
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await Buat(await fixture.PelakuAsync(Peran.Operator, satker), new("T-TIDAK-ADA", 2025, 2029))).Jenis);
    }
}
