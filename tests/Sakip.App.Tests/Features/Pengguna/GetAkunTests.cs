using Sakip.App.Entities;
using Sakip.App.Features.Pengguna;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Pengguna;

/// <summary>The account page shows the signed-in user's own account.</summary>
public class GetAkunTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task ShowsOwnAccount()
    {
        var saya = await fixture.PelakuAsync(Peran.Pemantau, await fixture.SatkerAsync());
        var akun = (await fixture.SendAsync<GetAkun.Handler, Jawaban<GetAkun.Hasil>>(h => h.HandleAsync(saya, new(), default))).Pasti();
        Assert.Equal((saya.NamaPengguna, saya.NamaLengkap, (string?)null), (akun.NamaPengguna, akun.NamaLengkap, akun.Surel));
    }
}
