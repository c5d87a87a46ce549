using Sakip.App.Entities;
using Sakip.App.Features.Pemberitahuan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Pemberitahuan;

/// <summary>Opening a notification marks it read and gives its link; another user's is not found; all can be marked at once.</summary>
public class ReadPemberitahuanTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<ReadPemberitahuan.Hasil>> BacaAsync(App.Keamanan.AksesPengguna a, int? id) =>
        fixture.SendAsync<ReadPemberitahuan.Handler, Jawaban<ReadPemberitahuan.Hasil>>(h => h.HandleAsync(a, new(id), default));

    [Fact]
    public async Task OneThenAll_OwnOnly()
    {
        var satker = await fixture.SatkerAsync();
        var saya = await fixture.PelakuAsync(Peran.Operator, satker);
        var lain = await fixture.PelakuAsync(Peran.Operator, satker);
        var satu = await PemberitahuanUji.TambahAsync(fixture, saya.PenggunaId, "satu");
        await PemberitahuanUji.TambahAsync(fixture, saya.PenggunaId, "dua");
        await PemberitahuanUji.TambahAsync(fixture, saya.PenggunaId, "tiga");
        var milikLain = await PemberitahuanUji.TambahAsync(fixture, lain.PenggunaId, "lain");

        var gagal = await BacaAsync(saya, milikLain);
        Assert.Equal((JenisKegagalan.TidakDitemukan, "Pemberitahuan tidak ditemukan."), (gagal.Jenis, gagal.Pesan));
        Assert.Null(Assert.Single(await PemberitahuanUji.MilikAsync(fixture, lain.PenggunaId)).DibacaPada);

        Assert.Equal(new ReadPemberitahuan.Hasil("/Realisasi", 1), (await BacaAsync(saya, satu)).Pasti());
        Assert.Equal(new ReadPemberitahuan.Hasil("/Realisasi", 0), (await BacaAsync(saya, satu)).Pasti());
        Assert.Equal(new ReadPemberitahuan.Hasil(null, 2), (await BacaAsync(saya, null)).Pasti());
        Assert.All(await PemberitahuanUji.MilikAsync(fixture, saya.PenggunaId), n => Assert.NotNull(n.DibacaPada));
        Assert.Null(Assert.Single(await PemberitahuanUji.MilikAsync(fixture, lain.PenggunaId)).DibacaPada);
    }
}
