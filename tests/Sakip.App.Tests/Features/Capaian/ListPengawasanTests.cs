using Sakip.App.Entities;
using Sakip.App.Features.Capaian;
using Sakip.App.Tests.Features.Realisasi;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Capaian;

/// <summary>A province oversees its kab/kota on one table (the fixture's clock stands on 31 December 2024).</summary>
public class ListPengawasanTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task EverySatkerUnderTheProvince_WithItsCapaianAndItsRealisasiFilledVerifiedAndOverdue()
    {
        var provinsi = await fixture.SatkerAsync(tingkat: TingkatSatker.Provinsi);
        var kota = await RealisasiUji.BuatAsync(fixture, induk: provinsi);
        var kabupaten = await fixture.SatkerAsync(provinsi);
        var lain = await fixture.SatkerAsync();
        await fixture.PerjanjianAsync(new PerjanjianKinerjaBuilder(kabupaten).WithIndikator("1.1", 80, 100));
        var tw1 = await kota.AjukanAsync(fixture, 1);
        (await kota.PutuskanAsync(fixture, kota.Pimpinan, tw1.RealisasiId, true, null, 1)).Pasti();
        await kota.AjukanAsync(fixture, 2);
        var pimpinanProvinsi = await fixture.PelakuAsync((Peran.Pimpinan, provinsi, false), (Peran.Pemantau, provinsi, true));

        var hasil = (await fixture.SendAsync<ListPengawasan.Handler, Jawaban<ListPengawasan.Hasil>>(h => h.HandleAsync(pimpinanProvinsi, new(provinsi.Kode, 2024), default))).Pasti();

        Assert.Equal(new[] { provinsi.Kode, kota.Satker.Kode, kabupaten.Kode }.Order(StringComparer.Ordinal), hasil.Barises.Select(b => b.Kode).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(hasil.Barises, b => b.Kode == lain.Kode);
        Assert.Equal((false, (string?)null), hasil.Barises.Single(b => b.Kode == provinsi.Kode) is var p ? (p.Ditandatangani, p.JudulPerjanjian) : default);
        var k = hasil.Barises.Single(b => b.Kode == kota.Satker.Kode);
        Assert.Equal((3, 2, 1, 1), (k.JumlahPeriode, k.Terisi, k.Terverifikasi, k.Terlambat));
        Assert.Equal(102.22m, Math.Round(k.Capaian!.Value, 2));
        Assert.Equal(125m, hasil.Barises.Single(b => b.Kode == kabupaten.Kode).Capaian);
    }

    [Fact]
    public async Task AKabKota_OverseesOnlyItself_AndAnotherSatkerIsRefused()
    {
        var satker = await fixture.SatkerAsync();
        var op = await fixture.PelakuAsync(Peran.Operator, satker);
        Task<Jawaban<ListPengawasan.Hasil>> Baca(string kode) => fixture.SendAsync<ListPengawasan.Handler, Jawaban<ListPengawasan.Hasil>>(h => h.HandleAsync(op, new(kode, 2024), default));

        Assert.Equal([satker.Kode], (await Baca(satker.Kode)).Pasti().Barises.Select(b => b.Kode));
        Assert.Equal(JenisKegagalan.Ditolak, (await Baca((await fixture.SatkerAsync()).Kode)).Jenis);
        Assert.Equal(JenisKegagalan.TidakSah, (await fixture.SendAsync<ListPengawasan.Handler, Jawaban<ListPengawasan.Hasil>>(h => h.HandleAsync(op, new(satker.Kode, 1800), default))).Jenis);
    }
}
