using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.Testing;

namespace Sakip.App.Tests.Features.Pengguna;

/// <summary>Who manages whose accounts: the list of accounts a user manages, reach expanded over the satker tree.</summary>
public class ListPenggunaTests(DatabaseFixture fixture) : PenggunaDemoUji(fixture)
{
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

}
