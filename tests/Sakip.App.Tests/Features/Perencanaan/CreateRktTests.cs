using Sakip.App.Entities;
using Sakip.App.Features.Perencanaan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Perencanaan;

/// <summary>Opening a year's RKT for a unit of the satker.</summary>
public class CreateRktTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<int>> Buat(App.Keamanan.AksesPengguna a, CreateRkt.Command c) => fixture.SendAsync<CreateRkt.Handler, Jawaban<int>>(h => h.HandleAsync(a, c, default));

    [Fact]
    public async Task OneRktPerUnitAndYear_WrittenByOperatorsAndAdministrators()
    {
        var satker = await fixture.SatkerAsync();
        var op = await fixture.PelakuAsync(Peran.Operator, satker);

        Assert.True((await Buat(op, new(satker.Kode, 2026, "SEKRETARIAT"))).Berhasil);
        Assert.Equal(JenisKegagalan.Konflik, (await Buat(op, new(satker.Kode, 2026, "SEKRETARIAT"))).Jenis);
        Assert.True((await Buat(await fixture.PelakuAsync(Peran.Administrator, satker), new(satker.Kode, 2026, "KPU"))).Berhasil);
        Assert.StartsWith("Unit RKT wajib diisi", (await Buat(op, new(satker.Kode, 2026, " "))).Pesan, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Peran.Pimpinan)]
    [InlineData(Peran.Pemantau)]
    public async Task OtherRoles_AreRefused(Peran peran)
    {
        var satker = await fixture.SatkerAsync();
        Assert.Equal(JenisKegagalan.Ditolak, (await Buat(await fixture.PelakuAsync(peran, satker), new(satker.Kode, 2026, "KPU"))).Jenis);
    }
}
