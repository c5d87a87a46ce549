using Sakip.App.Entities;
using Sakip.App.Features.Perencanaan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Perencanaan;

/// <summary>Adding and changing the sasaran strategis of a Renstra.</summary>
public class EditSasaranRenstraTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<int>> Simpan(App.Keamanan.AksesPengguna pelaku, EditSasaranRenstra.Command c) =>
        fixture.SendAsync<EditSasaranRenstra.Handler, Jawaban<int>>(h => h.HandleAsync(pelaku, c, default));

    [Fact]
    public async Task CodesAreUniqueWithinTheRenstra_WhateverTheirCase()
    {
        var satker = await fixture.SatkerAsync();
        await fixture.RenstraAsync(satker);
        var op = await fixture.PelakuAsync(Peran.Operator, satker);

        var sasaran = await Simpan(op, new(satker.Kode, null, "SS2", "Meningkatnya partisipasi pemilih", "Penyelenggaraan Pemilu", null));
        Assert.True(sasaran.Berhasil, sasaran.Pesan);
        Assert.Equal("Kode sasaran: 'ss2' sudah dipakai sasaran lain.", (await Simpan(op, new(satker.Kode, null, "ss2", "Lain", null, null))).Pesan);
        Assert.Equal(JenisKegagalan.Konflik, (await Simpan(op, new(satker.Kode, sasaran.Pasti(), "SS2", "Diubah", null, null, Revisi: 0))).Jenis);
        Assert.True((await Simpan(op, new(satker.Kode, sasaran.Pasti(), "SS2", "Diubah", null, null, Revisi: 1))).Berhasil);
    }

    [Fact]
    public async Task ASatkerWithoutRenstra_IsTold()
    {
        var satker = await fixture.SatkerAsync();
        var hasil = await Simpan(await fixture.PelakuAsync(Peran.Operator, satker), new(satker.Kode, null, "SS1", "Sasaran", null, null));
        Assert.Equal(JenisKegagalan.TidakDitemukan, hasil.Jenis);
        Assert.StartsWith("Belum ada Renstra", hasil.Pesan, StringComparison.Ordinal);
    }
}
