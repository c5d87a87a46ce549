using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Excel;
using Sakip.App.Features.Realisasi;
using Sakip.App.Import.TemplatRealisasi;
using Sakip.Testing;

namespace Sakip.App.Tests.Features.Realisasi;

/// <summary>The realisasi template of the PK in force: every indicator, one row per formula variable, the stored values.</summary>
public class GenerateTemplatRealisasiTests(DatabaseFixture fixture) : TemplatKotaUji(fixture)
{
    /// <summary>The row of an indicator (and variable) in the template.</summary>
    private static int Baris(byte[] xlsx, string kode, string variabel = "")
    {
        var lembar = PembacaXlsx.Baca(xlsx).Single(l => l.Nama == TataLetakTemplat.NamaLembar);
        return Enumerable.Range(TataLetakTemplat.BarisJudulKolom + 1, lembar.BarisTerakhir)
            .First(b => lembar.Sel(1, b).TeksApaAdanya == kode && lembar.Sel(3, b).TeksApaAdanya == variabel);
    }

    private static string Sel(byte[] xlsx, string kode, string variabel = "", string kolom = Kolom) => kolom + Baris(xlsx, kode, variabel);

    private async Task<PreviewImportRealisasi.Pratinjau> Periksa(byte[] isi, string nama = "realisasi.xlsx", string pengguna = "operator.1871")
    {
        var pelaku = await Akses(pengguna);
        var hasil = await Fixture.SendAsync<PreviewImportRealisasi.Handler, Jawaban<PreviewImportRealisasi.Pratinjau>>(h => h.HandleAsync(pelaku, new PreviewImportRealisasi.Command("1871", 2024, nama, isi), default));
        Assert.True(hasil.Berhasil, hasil.Pesan);
        return hasil.Nilai!;
    }

    private async Task<Jawaban<ImportRealisasi.Hasil>> Terapkan(string token, string pengguna = "operator.1871")
    {
        var pelaku = await Akses(pengguna);
        return await Fixture.SendAsync<ImportRealisasi.Handler, Jawaban<ImportRealisasi.Hasil>>(h => h.HandleAsync(pelaku, new ImportRealisasi.Command(token), default));
    }

    private Task<List<(string Kode, decimal? Nilai, StatusRealisasi Status, int Variabel)>> Tersimpan() => Fixture.ExecuteDbContextAsync(async db =>
        (await db.RealisasiKinerjas.AsNoTracking().Where(r => r.Tahun == 2024 && db.PerjanjianKinerjas.Any(p => p.Id == r.Indikator.Sasaran.PerjanjianKinerjaId && p.Satker.Kode == "1871"))
            .OrderBy(r => r.Indikator.Kode).Select(r => new { r.Indikator.Kode, r.Nilai, r.Status, Variabel = r.Variabels.Count }).ToListAsync())
        .Select(r => (r.Kode, r.Nilai, r.Status, r.Variabel)).ToList());

    [Fact]
    public async Task Template_HasEveryIndicatorOnePerVariable_WithTheHeadingsAndTheStoredValues()
    {
        var xlsx = await Templat();
        var lembar = PembacaXlsx.Baca(xlsx).Single(l => l.Nama == TataLetakTemplat.NamaLembar);

        Assert.Equal(TataLetakTemplat.JudulKolom, Enumerable.Range(1, 18).Select(k => lembar.Sel(k, TataLetakTemplat.BarisJudulKolom).Teks));
        Assert.Equal(["dpk", "dpt", "dptb"], Enumerable.Range(6, lembar.BarisTerakhir).Where(b => lembar.Sel(1, b).Teks == "1.2").Select(b => lembar.Sel(3, b).Teks));
        Assert.StartsWith("Persentase penyelesaian Sengketa Hukum", lembar.Sel(2, Baris(xlsx, "4.1")).Teks, StringComparison.Ordinal);
        Assert.Equal("BB", lembar.Sel(18, Baris(xlsx, "2.3")).Teks);
        Assert.Equal(100m, lembar.Sel(18, Baris(xlsx, "2.4")).Angka);
        Assert.Equal("tahunan", lembar.Sel(6, Baris(xlsx, "1.1")).Teks);
        Assert.True(lembar.Sel(7, Baris(xlsx, "1.1")).Kosong);
    }
}
