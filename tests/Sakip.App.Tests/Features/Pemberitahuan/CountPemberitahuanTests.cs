using Sakip.App.Entities;
using Sakip.App.Features.Pemberitahuan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Pemberitahuan;

/// <summary>The menu's count is the user's own unread notifications.</summary>
public class CountPemberitahuanTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task CountsOwnUnreadOnly()
    {
        var satker = await fixture.SatkerAsync();
        var saya = await fixture.PelakuAsync(Peran.Pimpinan, satker);
        var lain = await fixture.PelakuAsync(Peran.Pimpinan, satker);
        await PemberitahuanUji.TambahAsync(fixture, saya.PenggunaId, "a");
        await PemberitahuanUji.TambahAsync(fixture, saya.PenggunaId, "b");
        await PemberitahuanUji.TambahAsync(fixture, saya.PenggunaId, "c", dibaca: true);
        await PemberitahuanUji.TambahAsync(fixture, lain.PenggunaId, "d");

        Assert.Equal(2, (await fixture.SendAsync<CountPemberitahuan.Handler, Jawaban<int>>(h => h.HandleAsync(saya, new(), default))).Pasti());
        Assert.Equal(0, (await fixture.SendAsync<CountPemberitahuan.Handler, Jawaban<int>>(h => h.HandleAsync(App.Keamanan.AksesPengguna.Sistem, new(), default))).Pasti());
    }
}
