using Sakip.App.Entities;
using Sakip.App.Features.Perencanaan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Perencanaan;

/// <summary>Writing the visi, misi and tujuan of a Renstra.</summary>
public class EditPernyataanRenstraTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<int>> Simpan(App.Keamanan.AksesPengguna pelaku, EditPernyataanRenstra.Command c) =>
        fixture.SendAsync<EditPernyataanRenstra.Handler, Jawaban<int>>(h => h.HandleAsync(pelaku, c, default));

    private Task<GetRenstra.Hasil> Baca(App.Keamanan.AksesPengguna pelaku, Satker satker) =>
        fixture.SendAsync<GetRenstra.Handler, GetRenstra.Hasil>(async h => (await h.HandleAsync(pelaku, new GetRenstra.Query(satker.Kode), default)).Pasti());

    [Fact]
    public async Task MisiAndTujuanAreOnePerLine_AndAFormOpenedOnAnOlderRevisionIsAConflict()
    {
        var satker = await fixture.SatkerAsync();
        await fixture.RenstraAsync(satker, 2024, 2028);
        var op = await fixture.PelakuAsync(Peran.Operator, satker);

        Assert.True((await Simpan(op, new(satker.Kode, "Penyelenggara pemilu yang mandiri", "Misi satu\n\n  Misi dua  \n", "Tujuan satu", Revisi: 0))).Berhasil);
        Assert.Equal(JenisKegagalan.Konflik, (await Simpan(op, new(satker.Kode, "Visi dari formulir lama", null, null, Revisi: 0))).Jenis);

        var r = await Baca(op, satker);
        Assert.Equal(("Penyelenggara pemilu yang mandiri", 2024, 2028), (r.Visi!, r.TahunAwal, r.TahunAkhir));
        Assert.Equal(["Misi satu", "Misi dua"], r.Misi);
        Assert.Equal(["Tujuan satu"], r.Tujuan);
    }

    [Fact]
    public async Task TooManyMisi_AreRefused_AndNothingIsWritten()
    {
        var satker = await fixture.SatkerAsync();
        await fixture.RenstraAsync(satker);
        var op = await fixture.PelakuAsync(Peran.Operator, satker);

        var banyak = string.Join("\n", Enumerable.Range(1, PenyusunanRenstra.ButirMaksimum + 1).Select(i => $"Misi {i}"));
        var hasil = await Simpan(op, new(satker.Kode, "Visi baru", banyak, null));

        Assert.Equal(JenisKegagalan.TidakSah, hasil.Jenis);
        Assert.Equal("Visi uji", (await Baca(op, satker)).Visi);
    }
}
