using Sakip.App.Entities;
using Sakip.App.Features.Satkers;
using Sakip.App.Keamanan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Satkers;

/// <summary>The satker pickers: the satker a user may read, or whose accounts the user manages.</summary>
public class ListSatkersTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<IReadOnlyList<ListSatkers.Item>>> Daftar(AksesPengguna a, Tindakan untuk = Tindakan.Membaca) =>
        fixture.SendAsync<ListSatkers.Handler, Jawaban<IReadOnlyList<ListSatkers.Item>>>(h => h.HandleAsync(a, new ListSatkers.Query(untuk), default));

    [Fact]
    public async Task AProvinceWithDescendants_ReadsItsKabKota_AndManagesOnlyItsOwnAccounts()
    {
        var provinsi = await fixture.SatkerAsync(tingkat: TingkatSatker.Provinsi);
        var kota = await fixture.SatkerAsync(provinsi);
        var lain = await fixture.SatkerAsync();
        var pimpinan = await fixture.PelakuAsync(Peran.Pimpinan, provinsi, termasukTurunan: true);

        var baca = (await Daftar(pimpinan)).Pasti().Select(s => s.Kode).ToList();
        Assert.Equal(new[] { provinsi.Kode, kota.Kode }.Order(StringComparer.Ordinal), baca.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(lain.Kode, baca);
        Assert.Equal([provinsi.Kode], (await Daftar(pimpinan, Tindakan.MengelolaPengguna)).Pasti().Select(s => s.Kode));
    }

    [Fact]
    public async Task ManagingAccountsNowhere_IsARefusal_ButReadingNothingIsAnEmptyList()
    {
        var satker = await fixture.SatkerAsync();
        var pemantau = await fixture.PelakuAsync(Peran.Pemantau, satker);

        Assert.Equal(JenisKegagalan.Ditolak, (await Daftar(pemantau, Tindakan.MengelolaPengguna)).Jenis);
        Assert.Empty((await Daftar(await fixture.PelakuAsync())).Pasti());
    }
}
