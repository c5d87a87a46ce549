using Sakip.App.Entities;
using Sakip.App.Features.Perjanjian;
using Sakip.App.Tests.Features.Perencanaan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Perjanjian;

/// <summary>What the form that creates a PK offers.</summary>
public class GetPilihanPerjanjianKinerjaTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task OffersTheSatkersPeople_ItsRktsOfTheYear_AndTheAgreementsItHas()
    {
        var satker = await fixture.SatkerAsync();
        var op = await fixture.PelakuAsync(Peran.Operator, satker);
        await RktUji.TulisAsync(fixture, op, satker, 2026);
        await fixture.PerjanjianAsync(new PerjanjianKinerjaBuilder(satker).WithTahun(2026).WithKode("KETUA"));
        Task<Jawaban<GetPilihanPerjanjianKinerja.Hasil>> Pilihan(App.Keamanan.AksesPengguna a) =>
            fixture.SendAsync<GetPilihanPerjanjianKinerja.Handler, Jawaban<GetPilihanPerjanjianKinerja.Hasil>>(h => h.HandleAsync(a, new(satker.Kode, 2026), default));

        var p = (await Pilihan(op)).Pasti();

        Assert.Equal(satker.Nama, p.NamaSatker);
        Assert.Equal(2, p.Pegawais.Count);
        Assert.Equal(2, Assert.Single(p.Rkts).JumlahIndikator);
        Assert.Equal(["KETUA"], p.KodeTerpakai);
        Assert.Equal(JenisKegagalan.Ditolak, (await Pilihan(await fixture.PelakuAsync(Peran.Pemantau, satker))).Jenis);
    }
}
