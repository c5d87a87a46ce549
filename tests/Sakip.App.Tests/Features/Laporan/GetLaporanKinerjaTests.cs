using Sakip.App.Features.Capaian;
using Sakip.App.Features.Laporan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Laporan;

/// <summary>A version's parts are the LKjIP's sections and each indicator of the year's PK; the steps follow the role and the state.</summary>
public class GetLaporanKinerjaTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Parts_AndTheStepsEachRoleMayTake()
    {
        var uji = await LaporanUji.BuatAsync(fixture);
        var id = await uji.VersiBaruAsync();
        var lihat = await uji.LihatAsync(id, uji.Pemantau);
        var dasbor = (await uji.KirimAsync<CalculateCapaian.Handler, CalculateCapaian.Hasil>(h => h.HandleAsync(uji.Pemantau, new("1871", 2024), default))).Pasti().Pengukuran;
        Assert.Equal(
            ["kata-pengantar", "pendahuluan", "penutup", .. dasbor.Indikators.Select(i => LaporanUji.Indikator(i.Kode))],
            lihat.Bagians.Select(b => b.Kunci));
        Assert.Equal(("KPU Kota Bandar Lampung", 2024, 1), (lihat.NamaSatker, lihat.Tahun, lihat.Versi));
        Assert.Empty(lihat.Langkah);
        Assert.Equal([LangkahLaporan.Menulis, LangkahLaporan.Mengajukan], (await uji.LihatAsync(id, uji.Operator)).Langkah.Order());
        Assert.Empty((await uji.LihatAsync(id, uji.Evaluator)).Langkah);
        Assert.Equal(JenisKegagalan.Ditolak, (await uji.KirimAsync<GetLaporanKinerja.Handler, GetLaporanKinerja.Hasil>(h => h.HandleAsync(uji.Asing, new(id), default))).Jenis);
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await uji.KirimAsync<GetLaporanKinerja.Handler, GetLaporanKinerja.Hasil>(h => h.HandleAsync(uji.Operator, new(id + 1000), default))).Jenis);

        await uji.IsiSemuaAsync(id);
        (await uji.LangkahAsync<SendLaporanKinerja.Handler>(id, (h, r) => h.HandleAsync(uji.Operator, new(id, r), default))).Pasti();
        Assert.Equal([LangkahLaporan.Mencatat, LangkahLaporan.MenandatanganiReviu, LangkahLaporan.Mengembalikan], (await uji.LihatAsync(id, uji.Evaluator)).Langkah.Order());
        Assert.Empty((await uji.LihatAsync(id, uji.Operator)).Langkah);
    }
}
