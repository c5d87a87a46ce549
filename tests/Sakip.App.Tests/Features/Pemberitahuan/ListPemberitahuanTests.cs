using Sakip.App.Entities;
using Sakip.App.Features.Pemberitahuan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Pemberitahuan;

/// <summary>A user's list holds their own notifications only, newest first, in pages, with the unread count.</summary>
public class ListPemberitahuanTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private async Task<ListPemberitahuan.Hasil> ListAsync(App.Keamanan.AksesPengguna a, bool belum = false, int halaman = 1) =>
        (await fixture.SendAsync<ListPemberitahuan.Handler, Jawaban<ListPemberitahuan.Hasil>>(h => h.HandleAsync(a, new(belum, halaman), default))).Pasti();

    [Fact]
    public async Task OwnOnly_NewestFirst_Paged()
    {
        var satker = await fixture.SatkerAsync();
        var saya = await fixture.PelakuAsync(Peran.Operator, satker);
        var orangLain = await fixture.PelakuAsync(Peran.Operator, satker);
        await PemberitahuanUji.TambahAsync(fixture, orangLain.PenggunaId, "Milik orang lain");
        for (var i = 1; i <= ListPemberitahuan.UkuranHalaman + 2; i++)
        {
            await PemberitahuanUji.TambahAsync(fixture, saya.PenggunaId, $"Pemberitahuan {i}", dibaca: i <= 10);
        }

        var pertama = await ListAsync(saya);
        Assert.Equal((ListPemberitahuan.UkuranHalaman + 2, ListPemberitahuan.UkuranHalaman + 2 - 10, 2), (pertama.Jumlah, pertama.BelumDibaca, pertama.JumlahHalaman));
        Assert.Equal($"Pemberitahuan {ListPemberitahuan.UkuranHalaman + 2}", pertama.Barises[0].Judul);
        Assert.DoesNotContain(pertama.Barises, b => b.Judul == "Milik orang lain");
        var kedua = await ListAsync(saya, halaman: 2);
        Assert.Equal(["Pemberitahuan 2", "Pemberitahuan 1"], kedua.Barises.Select(b => b.Judul));
        Assert.True(kedua.Barises.All(b => b.Dibaca));

        var belum = await ListAsync(saya, belum: true);
        Assert.Equal(22, belum.Jumlah);
        Assert.All(belum.Barises, b => Assert.False(b.Dibaca));
        Assert.Equal(2, (await ListAsync(saya, halaman: 99)).Halaman);
    }
}
