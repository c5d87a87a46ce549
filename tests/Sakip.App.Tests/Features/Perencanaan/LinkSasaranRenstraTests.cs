using Sakip.App.Features.Perencanaan;
using Sakip.App.Keamanan;
using Sakip.Testing;

namespace Sakip.App.Tests.Features.Perencanaan;

public class LinkSasaranRenstraTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private const string Sandi = DatabaseFixture.KataSandiDemo;

    public async Task InitializeAsync() => await fixture.MuatDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<AksesPengguna> Akses(string nama) => fixture.AksesAsync(nama);

    private Task<Jawaban<bool>> Link(AksesPengguna a, int sasaran, int? induk) =>
        fixture.SendAsync<LinkSasaranRenstra.Handler, Jawaban<bool>>(h => h.HandleAsync(a, new(sasaran, induk), default));

    [Fact]
    public async Task CityCascadesFromTheProvince_TreeShowsBothDirections()
    {
        var operatorKota = await Akses("operator.1871");
        var kota = (await fixture.SendAsync<GetRenstra.Handler, Jawaban<GetRenstra.Hasil>>(h => h.HandleAsync(new(operatorKota, "1871"), default))).Value!;
        Assert.Equal(31, kota.Sasarans.Count);
        Assert.Equal(5, kota.PilihanInduk.Count);
        Assert.Equal("100%", kota.Sasarans.First(s => s.Kode == "3356.1").Indikators.Single().Targets[2024]);
        var sasaran = kota.Sasarans.First(s => s.Kode == "3357.4").Id;
        var induk = kota.PilihanInduk.Single(p => p.Kode == "SS4").Id;

        var ok = await Link(operatorKota, sasaran, induk);
        Assert.True(ok.Berhasil, ok.Pesan);

        var provinsi = (await fixture.SendAsync<GetRenstra.Handler, Jawaban<GetRenstra.Hasil>>(async h => await h.HandleAsync(new(await Akses("operator.18"), "18"), default))).Value!;
        var turunan = provinsi.Sasarans.Single(s => s.Kode == "SS4").Turunan.Single();
        Assert.Equal(("1871", "3357.4"), (turunan.KodeSatker, turunan.Kode));
        var kotaLagi = (await fixture.SendAsync<GetRenstra.Handler, Jawaban<GetRenstra.Hasil>>(h => h.HandleAsync(new(operatorKota, "1871"), default))).Value!;
        Assert.Equal("SS4", kotaLagi.Sasarans.Single(s => s.Id == sasaran).Induk!.Kode);

        var bukanInduk = kota.Sasarans.First(s => s.Kode == "3358.1").Id;
        Assert.Contains("satker induk", (await Link(operatorKota, sasaran, bukanInduk)).Pesan, StringComparison.Ordinal);
        Assert.Contains("tidak berhak", (await Link(await Akses("pemantau.1871"), sasaran, null)).Pesan, StringComparison.Ordinal);
        Assert.Contains("tidak berhak", (await Link(await Akses("operator.1801"), sasaran, null)).Pesan, StringComparison.Ordinal);
    }
}
