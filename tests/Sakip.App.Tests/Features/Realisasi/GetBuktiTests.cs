using Sakip.App.Entities;
using Sakip.App.Features.Realisasi;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Realisasi;

/// <summary>Downloading evidence: to readers of its satker, with its sniffed type; to anyone else it does not exist.</summary>
public class GetBuktiTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task EvidenceIsServedInScope_AndIsNotFoundElsewhere()
    {
        var uji = await RealisasiUji.BuatAsync(fixture);
        var realisasi = await uji.AjukanAsync(fixture);
        var bukti = (await fixture.SendAsync<GetRealisasi.Handler, Jawaban<GetRealisasi.Hasil>>(h => h.HandleAsync(uji.Pimpinan, new(uji.IndikatorId, 1), default))).Pasti().Buktis.Single().Id;
        Task<Jawaban<GetBukti.Hasil>> Unduh(App.Keamanan.AksesPengguna a) => fixture.SendAsync<GetBukti.Handler, Jawaban<GetBukti.Hasil>>(h => h.HandleAsync(a, new(bukti), default));

        var berkas = (await Unduh(await fixture.PelakuAsync(Peran.Pemantau, uji.Satker))).Pasti();
        Assert.Equal(("application/pdf", "bukti.pdf"), (berkas.JenisKonten, berkas.NamaUnduhan));
        Assert.Equal(RecordRealisasiTests.Pdf, berkas.Isi);
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await Unduh(await fixture.PelakuAsync(Peran.Operator, await fixture.SatkerAsync()))).Jenis);
        Assert.True(realisasi.RealisasiId > 0);
    }
}
