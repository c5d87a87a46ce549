using Sakip.App.Features.Laporan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Laporan;

/// <summary>The public page lists what is published and signed, nothing else, to anyone.</summary>
public class ListPublikasiTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task OnlyPublishedVersions_SignedAgreements_AndTheRenstra()
    {
        var uji = await LaporanUji.BuatAsync(fixture);
        Task<Jawaban<ListPublikasi.Hasil>> Daftar(string kode, int tahun = 2024) => uji.KirimAsync<ListPublikasi.Handler, ListPublikasi.Hasil>(h => h.HandleAsync(new(kode, tahun), default));

        var id = await uji.DisetujuiAsync();
        var sebelum = (await Daftar("1871")).Pasti();
        Assert.Empty(sebelum.Laporans);
        Assert.NotEmpty(sebelum.Perjanjians);
        Assert.NotNull(sebelum.Renstra);

        await uji.TerbitkanAsync(id);
        var sesudah = (await Daftar(" 1871 ")).Pasti();
        var terbit = Assert.Single(sesudah.Laporans);
        Assert.Equal((1, (await uji.LihatAsync(id)).SidikIsi), (terbit.Versi, terbit.SidikIsi));
        Assert.Equal(4, terbit.Berkases.Count);
        Assert.Empty((await Daftar("1871", 2023)).Pasti().Laporans);
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await Daftar("<script>")).Jenis);
    }
}
