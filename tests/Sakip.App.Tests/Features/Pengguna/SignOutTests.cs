using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Pengguna;
using Sakip.App.Keamanan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Pengguna;

/// <summary>Signing out ends the session on the server; another session of the account stays open.</summary>
public class SignOutTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<SignIn.Berhasil>> Masuk(string nama) =>
        fixture.SendAsync<SignIn.Handler, Jawaban<SignIn.Berhasil>>(h => h.HandleAsync(new SignIn.Command(nama, DataUji.KataSandiUji), default));

    [Fact]
    public async Task SignOut_EndsTheSessionOnTheServer_AnotherSessionStaysOpen()
    {
        var akun = await fixture.AkunAsync(Peran.Operator, await fixture.SatkerAsync());
        var pertama = (await Masuk(akun.Nama)).Pasti();
        var kedua = (await Masuk(akun.Nama)).Pasti();
        Task<AksesPengguna?> Akses(SignIn.Berhasil s) =>
            fixture.SendAsync<GetAkses.Handler, AksesPengguna?>(async h => (await h.HandleAsync(new GetAkses.Query(s.PenggunaId, s.StempelKeamanan, s.TokenSesi), default)).Nilai);
        Assert.NotNull(await Akses(pertama));

        var keluar = await fixture.SendAsync<SignOut.Handler, Jawaban<bool>>(h => h.HandleAsync(new SignOut.Command(pertama.PenggunaId, pertama.TokenSesi), default));

        Assert.True(keluar.Berhasil, keluar.Pesan);
        Assert.Null(await Akses(pertama));
        Assert.NotNull(await Akses(kedua));
        Assert.Null(await Akses(pertama with { TokenSesi = "tebakan" }));
        var tersimpan = await fixture.ExecuteDbContextAsync(db => db.SesiPenggunas.Select(x => x.Id).ToListAsync());
        Assert.DoesNotContain(pertama.TokenSesi, tersimpan);
    }
}
