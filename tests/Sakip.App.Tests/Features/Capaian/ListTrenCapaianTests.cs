using Sakip.App.Features.Capaian;
using Sakip.App.Keamanan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Capaian;

public class ListTrenCapaianTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<IReadOnlyList<ListTrenCapaian.TitikTren>>> Tren(string kode) =>
        fixture.SendAsync<ListTrenCapaian.Handler, Jawaban<IReadOnlyList<ListTrenCapaian.TitikTren>>>(h => h.HandleAsync(AksesPengguna.Sistem, new ListTrenCapaian.Query(kode), default));

    [Fact]
    public async Task Tren_OnePointPerYearWithAPk()
    {
        var satker = SatkerBuilder.Baru();
        await fixture.InsertAsync(
            satker,
            new PerjanjianKinerjaBuilder(satker).WithTahun(2023).WithIndikator("1", 100m, 100m).Build(),
            new PerjanjianKinerjaBuilder(satker).WithTahun(2024).WithIndikator("1", 100m, 120m).WithIndikator("2", 100m, null).Build());

        var tren = (await Tren(satker.Kode)).Nilai!;

        Assert.Equal([2023, 2024], tren.Select(t => t.Tahun));
        Assert.Equal(100m, tren[0].Capaian);
        Assert.Equal(120m, tren[1].Capaian);
        Assert.Equal((2, 1), (tren[1].JumlahIndikator, tren[1].JumlahDihitung));
    }

    [Fact]
    public async Task Tren_SatkerWithoutPk_IsEmpty()
    {
        var satker = SatkerBuilder.Baru();
        await fixture.InsertAsync(satker);

        Assert.Empty((await Tren(satker.Kode)).Nilai!);
        Assert.False((await Tren("tidak-ada")).Berhasil);
    }
}
