using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Pengguna;
using Sakip.App.Keamanan;
using Sakip.Testing;

namespace Sakip.App.Tests.Features.Pengguna;

/// <summary>CreatePengguna, GrantHakAkses, RevokeHakAkses, ListPengguna and GetAkses together, as an administrator and a pimpinan use them.</summary>
public class RevokeHakAksesTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private const string Sandi = DatabaseFixture.KataSandiDemo;

    public async Task InitializeAsync() => await fixture.MuatDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<AksesPengguna> Akses(string nama) => fixture.AksesAsync(nama);

    private async Task<int> SatkerId(string kode) => await fixture.ExecuteDbContextAsync(db => db.Satkers.Where(s => s.Kode == kode).Select(s => s.Id).SingleAsync());

    [Fact]
    public async Task GrantAndRevoke_TakeEffectOnTheNextRequest_AndStayInScope()
    {
        var admin = await Akses("admin.1871");
        var pemantauId = await fixture.ExecuteDbContextAsync(db => db.Set<Entities.Pengguna>().Where(p => p.NamaPengguna == "pemantau.1871").Select(p => p.Id).SingleAsync());

        var grant = await fixture.SendAsync<GrantHakAkses.Handler, Jawaban<int>>(h => h.HandleAsync(admin, new GrantHakAkses.Command(pemantauId, Peran.Operator, "1871", false), default));
        Assert.True(grant.Berhasil, grant.Pesan);
        Assert.True((await Akses("pemantau.1871")).Punya(await SatkerId("1871"), Peran.Operator));

        var ganda = await fixture.SendAsync<GrantHakAkses.Handler, Jawaban<int>>(h => h.HandleAsync(admin, new GrantHakAkses.Command(pemantauId, Peran.Operator, "1871", false), default));
        Assert.Contains("sudah memiliki", ganda.Pesan, StringComparison.Ordinal);

        var luar = await fixture.SendAsync<GrantHakAkses.Handler, Jawaban<int>>(h => h.HandleAsync(admin, new GrantHakAkses.Command(pemantauId, Peran.Operator, "18", false), default));
        Assert.Contains("tidak berhak", luar.Pesan, StringComparison.Ordinal);

        var revoke = await fixture.SendAsync<RevokeHakAkses.Handler, Jawaban<bool>>(h => h.HandleAsync(admin, new RevokeHakAkses.Command(grant.Nilai), default));
        Assert.True(revoke.Berhasil, revoke.Pesan);
        Assert.False((await Akses("pemantau.1871")).Punya(await SatkerId("1871"), Peran.Operator));

        var operatorLain = await Akses("operator.1801");
        var hakPemantau = await fixture.ExecuteDbContextAsync(db => db.Set<HakAkses>().Where(h => h.PenggunaId == pemantauId).Select(h => h.Id).FirstAsync());
        var tanpaHak = await fixture.SendAsync<RevokeHakAkses.Handler, Jawaban<bool>>(h => h.HandleAsync(operatorLain, new RevokeHakAkses.Command(hakPemantau), default));
        Assert.Contains("tidak berhak", tanpaHak.Pesan, StringComparison.Ordinal);
    }
}
