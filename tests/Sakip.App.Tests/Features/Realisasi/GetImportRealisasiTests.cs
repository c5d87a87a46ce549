using Sakip.App.Entities;
using Sakip.App.Features.Realisasi;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Realisasi;

/// <summary>The upload page opens for those who fill the satker's realisasi.</summary>
public class GetImportRealisasiTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory]
    [InlineData(Peran.Operator, null)]
    [InlineData(Peran.Administrator, null)]
    [InlineData(Peran.Pimpinan, JenisKegagalan.Ditolak)]
    [InlineData(Peran.Pemantau, JenisKegagalan.Ditolak)]
    public async Task OpensForOperatorsAndAdministrators(Peran peran, JenisKegagalan? harapan)
    {
        var satker = await fixture.SatkerAsync();
        var jawaban = await fixture.SendAsync<GetImportRealisasi.Handler, Jawaban<GetImportRealisasi.Hasil>>(async h => await h.HandleAsync(await fixture.PelakuAsync(peran, satker), new(satker.Kode), default));

        Assert.Equal(harapan, jawaban.Jenis);
        Assert.Equal(harapan is null ? satker.Nama : null, jawaban.Nilai?.NamaSatker);
    }
}
