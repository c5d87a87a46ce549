using Sakip.App.Entities;
using Sakip.App.Features.Pengguna;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Pengguna;

/// <summary>A user sets, changes and clears their own e-mail address; a malformed one is refused on the field.</summary>
public class ChangeSurelTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<string?>> UbahAsync(App.Keamanan.AksesPengguna a, string? surel) =>
        fixture.SendAsync<ChangeSurel.Handler, Jawaban<string?>>(h => h.HandleAsync(a, new(surel), default));

    [Theory]
    [InlineData("bukan-surel")]
    [InlineData("a@b")]
    [InlineData("nama@kpu.go.id, lain@kpu.go.id")]
    [InlineData("Nama <nama@kpu.go.id>")]
    public async Task AMalformedAddress_IsRefused(string surel)
    {
        var saya = await fixture.PelakuAsync(Peran.Operator, await fixture.SatkerAsync());
        var jawaban = await UbahAsync(saya, surel);
        Assert.Equal(("Surel", "Alamat surel tidak sah; tulis seperti nama@kpu.go.id."), (Assert.Single(jawaban.Kesalahans).Bidang, jawaban.Pesan));
    }

    [Fact]
    public async Task SetThenClear_OwnAccountOnly()
    {
        var saya = await fixture.PelakuAsync(Peran.Operator, await fixture.SatkerAsync());
        Assert.Equal("operator@kpu.go.id", (await UbahAsync(saya, "  operator@kpu.go.id ")).Pasti());
        Assert.Equal("operator@kpu.go.id", (await fixture.SendAsync<GetAkun.Handler, Jawaban<GetAkun.Hasil>>(h => h.HandleAsync(saya, new(), default))).Pasti().Surel);
        Assert.Null((await UbahAsync(saya, " ")).Pasti());
        Assert.Null((await fixture.SendAsync<GetAkun.Handler, Jawaban<GetAkun.Hasil>>(h => h.HandleAsync(saya, new(), default))).Pasti().Surel);
        Assert.Equal(JenisKegagalan.TidakSah, (await UbahAsync(saya, new string('a', 250) + "@kpu.go.id")).Jenis);
    }
}
