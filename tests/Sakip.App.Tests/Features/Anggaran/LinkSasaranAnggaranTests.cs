using Sakip.App.Features.Anggaran;
using Sakip.App.Keamanan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Anggaran;

/// <summary>A sasaran linked to the lines that fund it: the efficiency table puts its capaian beside their absorption.</summary>
public class LinkSasaranAnggaranTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<LinkSasaranAnggaran.Hasil>> TautAsync(AnggaranUji a, string sasaran, string[] kodes, AksesPengguna? pelaku = null) =>
        fixture.SendAsync<LinkSasaranAnggaran.Handler, Jawaban<LinkSasaranAnggaran.Hasil>>(h => h.HandleAsync(pelaku ?? a.Operator, new(a.Kode, 2024, sasaran, kodes), default));

    [Fact]
    public async Task LinkedLines_GiveTheSasaransAbsorption_BesideItsCapaian()
    {
        var a = await AnggaranUji.BuatAsync(fixture);
        var pk = await fixture.PerjanjianAsync(new PerjanjianKinerjaBuilder(a.Satker).WithTahun(2024).WithIndikator("1", 100, null));
        var kodeSasaran = pk.Sasarans[0].Kode;
        (await a.ImporAsync(fixture, AnggaranUji.Berkas())).Pasti();

        Assert.Equal(2, (await TautAsync(a, kodeSasaran, ["076.01.wa.3360", "076.01.CQ", "076.01.CQ"])).Pasti().JumlahBaris);
        var e = Assert.Single((await a.BacaAsync(fixture)).Pasti().Efisiensi);
        Assert.Equal(["076.01.CQ", "076.01.WA.3360"], e.Kodes);
        Assert.Equal((1_500_000m, 650_000m, 43.33m), (e.Angka.Pagu, e.Angka.Realisasi, e.Angka.Penyerapan!.Value));

        // The list replaces the links; an empty one removes them.
        (await TautAsync(a, kodeSasaran, [])).Pasti();
        Assert.Empty((await a.BacaAsync(fixture)).Pasti().Efisiensi);
    }

    [Fact]
    public async Task ACodeNotInTheDipa_AMalformedCode_AnUnknownSasaran_OrAReader_AreRefused()
    {
        var a = await AnggaranUji.BuatAsync(fixture);
        var pk = await fixture.PerjanjianAsync(new PerjanjianKinerjaBuilder(a.Satker).WithTahun(2024).WithIndikator("1", 100, null));
        var kodeSasaran = pk.Sasarans[0].Kode;
        (await a.ImporAsync(fixture, AnggaranUji.Berkas())).Pasti();

        Assert.Equal("Kode 076.01.WA.9999 bukan baris DIPA 2024 yang berlaku.", (await TautAsync(a, kodeSasaran, ["076.01.WA.9999"])).Pesan);
        Assert.Equal(JenisKegagalan.TidakSah, (await TautAsync(a, kodeSasaran, ["6871"])).Jenis);
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await TautAsync(a, "99", ["076.01.WA"])).Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await TautAsync(a, kodeSasaran, ["076.01.WA"], a.Pemantau)).Jenis);
    }
}
