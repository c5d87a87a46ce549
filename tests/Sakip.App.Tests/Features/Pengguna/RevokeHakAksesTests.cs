using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Pengguna;
using Sakip.Testing;

namespace Sakip.App.Tests.Features.Pengguna;

/// <summary>Granting and revoking access: it takes effect on the next request and stays within reach.</summary>
public class RevokeHakAksesTests(DatabaseFixture fixture) : PenggunaDemoUji(fixture)
{
    [Fact]
    public async Task GrantAndRevoke_TakeEffectOnTheNextRequest_AndStayInScope()
    {
        var admin = await Akses("admin.1871");
        var pemantauId = await Fixture.ExecuteDbContextAsync(db => db.Set<Entities.Pengguna>().Where(p => p.NamaPengguna == "pemantau.1871").Select(p => p.Id).SingleAsync());

        var grant = await Fixture.SendAsync<GrantHakAkses.Handler, Jawaban<int>>(h => h.HandleAsync(admin, new GrantHakAkses.Command(pemantauId, Peran.Operator, "1871", false), default));
        Assert.True(grant.Berhasil, grant.Pesan);
        Assert.True((await Akses("pemantau.1871")).Punya(await SatkerId("1871"), Peran.Operator));

        var ganda = await Fixture.SendAsync<GrantHakAkses.Handler, Jawaban<int>>(h => h.HandleAsync(admin, new GrantHakAkses.Command(pemantauId, Peran.Operator, "1871", false), default));
        Assert.Contains("sudah memiliki", ganda.Pesan, StringComparison.Ordinal);

        var luar = await Fixture.SendAsync<GrantHakAkses.Handler, Jawaban<int>>(h => h.HandleAsync(admin, new GrantHakAkses.Command(pemantauId, Peran.Operator, "18", false), default));
        Assert.Contains("tidak berhak", luar.Pesan, StringComparison.Ordinal);

        var revoke = await Fixture.SendAsync<RevokeHakAkses.Handler, Jawaban<bool>>(h => h.HandleAsync(admin, new RevokeHakAkses.Command(grant.Nilai), default));
        Assert.True(revoke.Berhasil, revoke.Pesan);
        Assert.False((await Akses("pemantau.1871")).Punya(await SatkerId("1871"), Peran.Operator));

        var operatorLain = await Akses("operator.1801");
        var hakPemantau = await Fixture.ExecuteDbContextAsync(db => db.Set<HakAkses>().Where(h => h.PenggunaId == pemantauId).Select(h => h.Id).FirstAsync());
        var tanpaHak = await Fixture.SendAsync<RevokeHakAkses.Handler, Jawaban<bool>>(h => h.HandleAsync(operatorLain, new RevokeHakAkses.Command(hakPemantau), default));
        Assert.Contains("tidak berhak", tanpaHak.Pesan, StringComparison.Ordinal);
    }
}
