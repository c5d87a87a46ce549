using Microsoft.EntityFrameworkCore;
using Sakip.App.Features.Pengguna;
using Sakip.Testing;

namespace Sakip.App.Tests.Features.Pengguna;

public class SignOutTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private const string Sandi = DatabaseFixture.KataSandiDemo;

    public async Task InitializeAsync() => await fixture.MuatDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<Jawaban<SignIn.Berhasil>> Masuk(string nama, string sandi) =>
        fixture.SendAsync<SignIn.Handler, Jawaban<SignIn.Berhasil>>(h => h.HandleAsync(new SignIn.Command(nama, sandi), default));

    [Fact]
    public async Task SignOut_EndsTheSessionOnTheServer_AnotherSessionStaysOpen()
    {
        var pertama = (await Masuk("operator.1801", Sandi)).Nilai!;
        var kedua = (await Masuk("operator.1801", Sandi)).Nilai!;
        Task<Sakip.App.Keamanan.AksesPengguna?> Akses(SignIn.Berhasil s) =>
            fixture.SendAsync<GetAkses.Handler, Sakip.App.Keamanan.AksesPengguna?>(async h => (await h.HandleAsync(new GetAkses.Query(s.PenggunaId, s.StempelKeamanan, s.TokenSesi), default)).Nilai);
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
