using Microsoft.EntityFrameworkCore;
using Sakip.App.Features.Pengguna;
using Sakip.App.Keamanan;
using Sakip.Testing;

namespace Sakip.App.Tests.Features.Pengguna;

/// <summary>The access loaded on every request: a changed security stamp ends the session.</summary>
public class GetAksesTests(DatabaseFixture fixture) : PenggunaDemoUji(fixture)
{
    [Fact]
    public async Task ChangedSecurityStamp_EndsTheSession()
    {
        var masuk = await Fixture.SendAsync<SignIn.Handler, Jawaban<SignIn.Berhasil>>(h => h.HandleAsync(new SignIn.Command("operator.18", Sandi), default));
        await Fixture.ExecuteDbContextAsync(async db =>
        {
            var p = await db.Set<Entities.Pengguna>().SingleAsync(x => x.NamaPengguna == "operator.18");
            p.StempelKeamanan = Guid.NewGuid().ToString("N");
            return await db.SaveChangesAsync();
        });

        var akses = await Fixture.SendAsync<GetAkses.Handler, AksesPengguna?>(async h => (await h.HandleAsync(new GetAkses.Query(masuk.Nilai!.PenggunaId, masuk.Nilai.StempelKeamanan, masuk.Nilai.TokenSesi), default)).Nilai);

        Assert.Null(akses);
    }
}
