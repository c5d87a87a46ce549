using Sakip.App.Entities;
using Sakip.App.Features.Pengguna;
using Sakip.App.Keamanan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Pengguna;

/// <summary>The accounts a user manages: those with a grant on a satker the user manages accounts of.</summary>
public class ListPenggunaTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<IReadOnlyList<ListPengguna.Item>>> Daftar(AksesPengguna a) =>
        fixture.SendAsync<ListPengguna.Handler, Jawaban<IReadOnlyList<ListPengguna.Item>>>(h => h.HandleAsync(a, new ListPengguna.Query(), default));

    [Fact]
    public async Task AnAdministratorSeesTheSatkersAccounts_NotAnotherSatkers_AndWhichGrantsMayChange()
    {
        var satker = await fixture.SatkerAsync();
        var lain = await fixture.SatkerAsync();
        var admin = await fixture.PelakuAsync(Peran.Administrator, satker);
        var op = await fixture.AkunAsync(Peran.Operator, satker);
        var asing = await fixture.AkunAsync(Peran.Operator, lain);

        var daftar = (await Daftar(admin)).Pasti();

        var baris = Assert.Single(daftar, p => p.Id == op.Id);
        Assert.True(baris.HakAkses.Single().BolehDikelola);
        Assert.False(daftar.Single(p => p.Id == admin.PenggunaId).HakAkses.Single().BolehDikelola);
        Assert.DoesNotContain(daftar, p => p.Id == asing.Id);
        Assert.Equal(JenisKegagalan.Ditolak, (await Daftar(await fixture.PelakuAsync(Peran.Operator, satker))).Jenis);
    }
}
