using Sakip.App.Entities;
using Sakip.App.Features.Perjanjian;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Perjanjian;

/// <summary>The PK versions of a satker-year: which is in force, newest first.</summary>
public class ListPerjanjianKinerjaTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task TheSignedRevision_IsInForce_AndListedFirst()
    {
        var satker = await fixture.SatkerAsync();
        await fixture.PerjanjianAsync(new PerjanjianKinerjaBuilder(satker).WithIndikator("1.1", 90, null));
        await fixture.PerjanjianAsync(new PerjanjianKinerjaBuilder(satker).WithVersi(2, new DateOnly(2024, 7, 1), "Penyesuaian setelah Pemilu").WithIndikator("1.1", 95, null));
        var pimpinan = await fixture.PelakuAsync(Peran.Pimpinan, satker);

        var daftar = (await fixture.SendAsync<ListPerjanjianKinerja.Handler, Jawaban<ListPerjanjianKinerja.Hasil>>(h => h.HandleAsync(pimpinan, new(satker.Kode, 2024), default))).Pasti();

        Assert.Equal([2, 1], daftar.Versis.Select(v => v.Nomor));
        Assert.Equal([true, false], daftar.Versis.Select(v => v.Berlaku));
        Assert.Equal("Penyesuaian setelah Pemilu", daftar.Versis[0].AlasanPerubahan);
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await fixture.SendAsync<ListPerjanjianKinerja.Handler, Jawaban<ListPerjanjianKinerja.Hasil>>(h => h.HandleAsync(pimpinan, new("T-TIDAK-ADA", 2024), default))).Jenis);
    }
}
