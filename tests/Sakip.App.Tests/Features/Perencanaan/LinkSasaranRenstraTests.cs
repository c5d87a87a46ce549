using Sakip.App.Entities;
using Sakip.App.Features.Perencanaan;
using Sakip.App.Keamanan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Perencanaan;

/// <summary>A sasaran of a kab/kota refers to a sasaran of its province; the tree shows both directions.</summary>
public class LinkSasaranRenstraTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<bool>> Link(AksesPengguna a, int sasaran, int? induk) =>
        fixture.SendAsync<LinkSasaranRenstra.Handler, Jawaban<bool>>(h => h.HandleAsync(a, new(sasaran, induk), default));

    private Task<GetRenstra.Hasil> Baca(AksesPengguna a, Satker s) =>
        fixture.SendAsync<GetRenstra.Handler, GetRenstra.Hasil>(async h => (await h.HandleAsync(a, new(s.Kode), default)).Pasti());

    [Fact]
    public async Task ACityCascadesFromItsProvince_AndTheTreeShowsBothDirections()
    {
        var provinsi = await fixture.SatkerAsync(tingkat: TingkatSatker.Provinsi);
        var kota = await fixture.SatkerAsync(provinsi);
        var kotaLain = await fixture.SatkerAsync();
        var sasaranProvinsi = (await fixture.RenstraAsync(provinsi)).Sasarans.Single().Id;
        var sasaranKota = (await fixture.RenstraAsync(kota)).Sasarans.Single().Id;
        var sasaranLain = (await fixture.RenstraAsync(kotaLain)).Sasarans.Single().Id;
        var operatorKota = await fixture.PelakuAsync(Peran.Operator, kota);

        Assert.Equal([sasaranProvinsi], (await Baca(operatorKota, kota)).PilihanInduk.Select(p => p.Id));
        var ok = await Link(operatorKota, sasaranKota, sasaranProvinsi);
        Assert.True(ok.Berhasil, ok.Pesan);

        var turunan = (await Baca(await fixture.PelakuAsync(Peran.Operator, provinsi), provinsi)).Sasarans.Single().Turunan.Single();
        Assert.Equal((kota.Kode, "SS1"), (turunan.KodeSatker, turunan.Kode));
        Assert.Equal(sasaranProvinsi, (await Baca(operatorKota, kota)).Sasarans.Single().Induk!.Id);

        Assert.Contains("satker induk", (await Link(operatorKota, sasaranKota, sasaranLain)).Pesan, StringComparison.Ordinal);
        Assert.Contains("tidak berhak", (await Link(await fixture.PelakuAsync(Peran.Pemantau, kota), sasaranKota, null)).Pesan, StringComparison.Ordinal);
        Assert.Contains("tidak berhak", (await Link(await fixture.PelakuAsync(Peran.Operator, kotaLain), sasaranKota, null)).Pesan, StringComparison.Ordinal);
    }
}
