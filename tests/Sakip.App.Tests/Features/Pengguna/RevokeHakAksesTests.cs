using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Pengguna;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Pengguna;

/// <summary>Granting and revoking access: it takes effect on the next request and stays within reach.</summary>
public class RevokeHakAksesTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task GrantAndRevoke_TakeEffectOnTheNextRequest_AndStayInScope()
    {
        var provinsi = await fixture.SatkerAsync(tingkat: TingkatSatker.Provinsi);
        var satker = await fixture.SatkerAsync(provinsi);
        var admin = await fixture.PelakuAsync(Peran.Administrator, satker);
        var pemantau = await fixture.AkunAsync(Peran.Pemantau, satker);

        var grant = await fixture.SendAsync<GrantHakAkses.Handler, Jawaban<int>>(h => h.HandleAsync(admin, new GrantHakAkses.Command(pemantau.Id, Peran.Operator, satker.Kode, false), default));
        Assert.True(grant.Berhasil, grant.Pesan);
        Assert.True((await fixture.AksesDariAsync(pemantau.Id)).Punya(satker.Id, Peran.Operator));

        var ganda = await fixture.SendAsync<GrantHakAkses.Handler, Jawaban<int>>(h => h.HandleAsync(admin, new GrantHakAkses.Command(pemantau.Id, Peran.Operator, satker.Kode, false), default));
        Assert.Contains("sudah memiliki", ganda.Pesan, StringComparison.Ordinal);
        var luar = await fixture.SendAsync<GrantHakAkses.Handler, Jawaban<int>>(h => h.HandleAsync(admin, new GrantHakAkses.Command(pemantau.Id, Peran.Operator, provinsi.Kode, false), default));
        Assert.Contains("tidak berhak", luar.Pesan, StringComparison.Ordinal);

        var revoke = await fixture.SendAsync<RevokeHakAkses.Handler, Jawaban<bool>>(h => h.HandleAsync(admin, new RevokeHakAkses.Command(grant.Pasti()), default));
        Assert.True(revoke.Berhasil, revoke.Pesan);
        Assert.False((await fixture.AksesDariAsync(pemantau.Id)).Punya(satker.Id, Peran.Operator));

        var hakPemantau = await fixture.ExecuteDbContextAsync(db => db.Set<HakAkses>().Where(h => h.PenggunaId == pemantau.Id).Select(h => h.Id).FirstAsync());
        var tanpaHak = await fixture.SendAsync<RevokeHakAkses.Handler, Jawaban<bool>>(async h => await h.HandleAsync(await fixture.PelakuAsync(Peran.Operator, await fixture.SatkerAsync()), new RevokeHakAkses.Command(hakPemantau), default));
        Assert.Contains("tidak berhak", tanpaHak.Pesan, StringComparison.Ordinal);
    }
}
