using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Pengguna;
using Sakip.App.Keamanan;
using Sakip.Testing;

namespace Sakip.App.Tests.Features.Pengguna;

/// <summary>CreatePengguna, GrantHakAkses, RevokeHakAkses, ListPengguna and GetAkses together, as an administrator and a pimpinan use them.</summary>
public class ListPenggunaTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private const string Sandi = DatabaseFixture.KataSandiDemo;

    public async Task InitializeAsync() => await fixture.MuatDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<AksesPengguna> Akses(string nama) => fixture.AksesAsync(nama);

    private async Task<int> SatkerId(string kode) => await fixture.ExecuteDbContextAsync(db => db.Satkers.Where(s => s.Kode == kode).Select(s => s.Id).SingleAsync());

    [Fact]
    public async Task Scope_GrantWithDescendants_ReachesEveryChild()
    {
        var provinsi = await Akses("operator.18");

        Assert.True(provinsi.Punya(await SatkerId("18"), Peran.Operator));
        Assert.True(provinsi.BolehMembaca(await SatkerId("1871")));
        Assert.False(provinsi.Punya(await SatkerId("1871"), Peran.Operator));
        Assert.Equal(16, provinsi.SatkerTerbaca.Count);
        Assert.False(provinsi.BolehMembaca(await SatkerId("00")));

        var kabupaten = await Akses("operator.1801");
        Assert.Equal([await SatkerId("1801")], kabupaten.SatkerTerbaca);
    }

    [Fact]
    public async Task WhoManagesUsers_AdministratorsAndTheSatkersOwnPimpinan()
    {
        var kota = await SatkerId("1871");

        Assert.True((await Akses("admin.1871")).BolehKelolaPengguna(kota));
        Assert.True((await Akses("pimpinan.1871")).BolehKelolaPengguna(kota));
        Assert.False((await Akses("operator.1871")).BolehKelolaPenggunaDiManaPun);
        Assert.False((await Akses("pimpinan.18")).BolehKelolaPengguna(kota));
        Assert.True((await Akses("pimpinan.18")).BolehKelolaPengguna(await SatkerId("18")));
    }

    private Task<Jawaban<int>> Buat(AksesPengguna pelaku, CreatePengguna.Command c) =>
        fixture.SendAsync<CreatePengguna.Handler, Jawaban<int>>(h => h.HandleAsync(pelaku, c, default));
}
