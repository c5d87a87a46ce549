using Microsoft.EntityFrameworkCore;
using Sakip.App.Features.Pengguna;
using Sakip.App.Keamanan;
using Sakip.Testing;

namespace Sakip.App.Tests.Features.Pengguna;

/// <summary>CreatePengguna, GrantHakAkses, RevokeHakAkses, ListPengguna and GetAkses together, as an administrator and a pimpinan use them.</summary>
public class GetAksesTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private const string Sandi = DatabaseFixture.KataSandiDemo;

    public async Task InitializeAsync() => await fixture.MuatDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<AksesPengguna> Akses(string nama) => fixture.AksesAsync(nama);

    private async Task<int> SatkerId(string kode) => await fixture.ExecuteDbContextAsync(db => db.Satkers.Where(s => s.Kode == kode).Select(s => s.Id).SingleAsync());

    [Fact]
    public async Task ChangedSecurityStamp_EndsTheSession()
    {
        var masuk = await fixture.SendAsync<SignIn.Handler, Jawaban<SignIn.Berhasil>>(h => h.HandleAsync(new SignIn.Command("operator.18", Sandi), default));
        await fixture.ExecuteDbContextAsync(async db =>
        {
            var p = await db.Set<Entities.Pengguna>().SingleAsync(x => x.NamaPengguna == "operator.18");
            p.StempelKeamanan = Guid.NewGuid().ToString("N");
            return await db.SaveChangesAsync();
        });

        var akses = await fixture.SendAsync<GetAkses.Handler, AksesPengguna?>(async h => (await h.HandleAsync(new GetAkses.Query(masuk.Nilai!.PenggunaId, masuk.Nilai.StempelKeamanan, masuk.Nilai.TokenSesi), default)).Nilai);

        Assert.Null(akses);
    }
}
