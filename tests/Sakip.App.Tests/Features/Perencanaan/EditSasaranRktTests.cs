using Sakip.App.Entities;
using Sakip.App.Features.Perencanaan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Perencanaan;

/// <summary>Adding and changing a sasaran kegiatan of an RKT.</summary>
public class EditSasaranRktTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<int>> Simpan(App.Keamanan.AksesPengguna a, EditSasaranRkt.Command c) => fixture.SendAsync<EditSasaranRkt.Handler, Jawaban<int>>(h => h.HandleAsync(a, c, default));

    [Fact]
    public async Task AFormOpenedOnAnOlderRevision_IsAConflict_AndAReaderIsRefused()
    {
        var satker = await fixture.SatkerAsync();
        var op = await fixture.PelakuAsync(Peran.Operator, satker);
        var (rktId, sasaranId) = await RktUji.TulisAsync(fixture, op, satker, 2026);

        Assert.True((await Simpan(op, new(rktId, sasaranId, "Meningkatnya kualitas daftar pemilih berkelanjutan", Revisi: 1))).Berhasil);
        Assert.Equal(JenisKegagalan.Konflik, (await Simpan(op, new(rktId, sasaranId, "Uraian dari formulir lama", Revisi: 1))).Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await Simpan(await fixture.PelakuAsync(Peran.Pemantau, satker), new(rktId, null, "Sasaran"))).Jenis);
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await Simpan(op, new(int.MaxValue, null, "Sasaran"))).Jenis);
    }
}
