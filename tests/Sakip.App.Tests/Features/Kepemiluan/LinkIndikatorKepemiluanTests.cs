using Microsoft.EntityFrameworkCore;
using Sakip.App.Features.Kepemiluan;
using Sakip.App.Keamanan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Kepemiluan;

/// <summary>An operator binds an indicator's formula variables to election figures; the realisasi follows the data.</summary>
public class LinkIndikatorKepemiluanTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<LinkIndikatorKepemiluan.Hasil>> IkatAsync(KotaUji k, AksesPengguna pelaku, string variabel, string? kolom, string? acara = "", string wilayah = "") =>
        fixture.SendAsync<LinkIndikatorKepemiluan.Handler, Jawaban<LinkIndikatorKepemiluan.Hasil>>(h => h.HandleAsync(pelaku, new(k.Kode, 2024, "1", variabel, acara == string.Empty ? k.Acara.Kode : acara, "walikota", wilayah.Length == 0 ? k.Kode : wilayah, kolom), default));

    private async Task<(KotaUji Kota, int IndikatorId)> SiapkanAsync(string? rumus = "pengguna_p / dpt_p x 100")
    {
        var k = await KotaUji.BuatAsync(fixture);
        var pk = await fixture.PerjanjianAsync(new PerjanjianKinerjaBuilder(k.Kota).WithTahun(2024).WithIndikator("1", 77, null));
        var id = pk.Sasarans[0].Indikators[0].Id;
        await fixture.ExecuteDbContextAsync(async db =>
        {
            (await db.IndikatorKinerjas.SingleAsync(i => i.Id == id)).Rumus = rumus;
            return await db.SaveChangesAsync();
        });
        var impor = await fixture.SendAsync<ImportDataKepemiluan.Handler, Jawaban<ImportDataKepemiluan.Hasil>>(h => h.HandleAsync(k.Operator, new(k.Kode, k.Acara.Kode, "walikota", "data.csv", k.Berkas()), default));
        impor.Pasti();
        return (k, id);
    }

    [Fact]
    public async Task BindingBothVariables_FillsTheRealisasiFromTheData_AndUnbindingKeepsTheValues()
    {
        var (k, id) = await SiapkanAsync();
        var pertama = (await IkatAsync(k, k.Operator, "pengguna_p", "pengguna_p")).Pasti();
        Assert.Equal(["Indikator 1 Indikator 1: pengguna_p = 105; variabel dpt_p belum terisi."], pertama.Realisasi);
        var kedua = (await IkatAsync(k, k.Operator, "dpt_p", "dpt_p")).Pasti();
        Assert.Equal("1 Indikator 1", kedua.Indikator);
        Assert.Equal(["Indikator 1 Indikator 1: pengguna_p = 105, dpt_p = 150."], kedua.Realisasi);
        var r = await fixture.ExecuteDbContextAsync(db => db.RealisasiKinerjas.Include(x => x.Variabels).SingleAsync(x => x.IndikatorKinerjaId == id));
        Assert.Equal([("dpt_p", 150m), ("pengguna_p", 105m)], r.Variabels.OrderBy(v => v.Nama).Select(v => (v.Nama, v.Nilai)));

        // A kecamatan instead of the kota; then the binding removed.
        (await IkatAsync(k, k.Operator, "dpt_p", "dpt_p", wilayah: k.Kode + "02")).Pasti();
        Assert.Equal(1, await fixture.ExecuteDbContextAsync(db => db.IkatanDataKepemiluans.CountAsync(x => x.IndikatorKinerjaId == id && x.NamaVariabel == "dpt_p" && x.KodeWilayah == k.Kode + "02")));
        (await IkatAsync(k, k.Operator, "dpt_p", null, acara: null)).Pasti();
        Assert.Equal(["pengguna_p"], await fixture.ExecuteDbContextAsync(db => db.IkatanDataKepemiluans.Where(x => x.IndikatorKinerjaId == id).Select(x => x.NamaVariabel).ToListAsync()));
    }

    [Fact]
    public async Task AVariableTheFormulaLacks_AColumnThatIsNotACount_OrAnotherSatker_AreRefused()
    {
        var (k, _) = await SiapkanAsync();
        Assert.Equal("Rumus indikator 1 (pengguna_p / dpt_p x 100) tidak memiliki variabel 'dpk'; variabelnya: pengguna_p, dpt_p.", (await IkatAsync(k, k.Operator, "dpk", "dpk")).Pesan);
        Assert.Equal("'partisipasi_persen' bukan kolom angka templat data kepemiluan (misalnya pengguna, dpt, dpk, pengguna_p, dpt_p).", (await IkatAsync(k, k.Operator, "dpt_p", "partisipasi_persen")).Pesan);
        Assert.Equal(JenisKegagalan.TidakSah, (await IkatAsync(k, k.Operator, "dpt_p", "dpt_p", wilayah: "18A")).Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await IkatAsync(k, k.Pemantau, "dpt_p", "dpt_p")).Jenis);
        var (tanpaRumus, _) = await SiapkanAsync(rumus: null);
        Assert.Equal("Indikator 1 tidak memiliki rumus; tetapkan rumusnya (misalnya 'pengguna / dpt x 100') lebih dulu.", (await IkatAsync(tanpaRumus, tanpaRumus.Operator, "x", "dpt")).Pesan);
    }
}
