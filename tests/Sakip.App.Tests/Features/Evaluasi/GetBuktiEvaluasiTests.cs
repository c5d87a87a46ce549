using Sakip.App.Features.Evaluasi;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Evaluasi;

/// <summary>An evaluation's evidence file is served to those who read the satker, under its sniffed type; to anyone else it does not exist.</summary>
public class GetBuktiEvaluasiTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task TheFile_IsServedToReaders_WithTheExtensionOfItsSniffedType_AndHiddenFromOthers()
    {
        var p = await EvaluasiUji.BuatAsync(fixture);
        (await EvaluasiUji.BukaAsync(fixture, p.Evaluator, 2024)).Pasti();
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };
        (await fixture.SendAsync<RecordBuktiEvaluasi.Handler, Jawaban<int>>(h => h.HandleAsync(p.Operator, new("1871", 2024, "1.b.1", [("foto rapat.pdf", png)]), default))).Pasti();
        var id = (await EvaluasiUji.BacaAsync(fixture, p.Operator, 2024)).Komponens[0].SubKomponens[1].Barises.Single(b => b.Kode == "1.b.1").Buktis!.Single().Id;

        Task<Jawaban<GetBuktiEvaluasi.Hasil>> Unduh(App.Keamanan.AksesPengguna a, int bukti) => fixture.SendAsync<GetBuktiEvaluasi.Handler, Jawaban<GetBuktiEvaluasi.Hasil>>(h => h.HandleAsync(a, new(bukti), default));
        var b = (await Unduh(p.Evaluator, id)).Pasti();
        Assert.Equal(("foto rapat.png", "image/png", png.Length), (b.NamaUnduhan, b.JenisKonten, b.Isi.Length));
        Assert.Equal(("Berkas bukti tidak ditemukan.", JenisKegagalan.TidakDitemukan), ((await Unduh(p.Asing, id)).Pesan!, (await Unduh(p.Asing, id)).Jenis));
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await Unduh(p.Pemantau, id + 1000)).Jenis);
    }
}
