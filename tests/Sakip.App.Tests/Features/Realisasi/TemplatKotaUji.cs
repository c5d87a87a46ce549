using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Excel;
using Sakip.App.Features.Realisasi;
using Sakip.App.Import.TemplatRealisasi;
using Sakip.App.Keamanan;
using Sakip.Testing;

namespace Sakip.App.Tests.Features.Realisasi;

/// <summary>
/// The realisasi workbook of the demo city's PK (seed acceptance: its indicators, formulas and
/// verified values come from the real documents): download, fill, check and confirm, shared by the
/// template, preview and import tests.
/// </summary>
public abstract class TemplatKotaUji(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    protected DatabaseFixture Fixture => fixture;

    protected const string Kolom = "R";

    public async Task InitializeAsync() => await fixture.MuatDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    protected Task<AksesPengguna> Akses(string nama) => fixture.AksesAsync(nama);

    protected async Task<byte[]> Templat(string pengguna = "operator.1871")
    {
        var pelaku = await Akses(pengguna);
        var hasil = await fixture.SendAsync<GenerateTemplatRealisasi.Handler, Jawaban<GenerateTemplatRealisasi.Unduhan>>(h => h.HandleAsync(pelaku, new GenerateTemplatRealisasi.Query("1871", 2024), default));
        Assert.True(hasil.Berhasil, hasil.Pesan);
        Assert.Equal("realisasi-1871-2024-KPU-KOTA-v1.xlsx", hasil.Nilai!.NamaBerkas);
        return hasil.Nilai.Isi;
    }

    /// <summary>The row of an indicator (and variable) in the template.</summary>
    protected static int Baris(byte[] xlsx, string kode, string variabel = "")
    {
        var lembar = PembacaXlsx.Baca(xlsx).Single(l => l.Nama == TataLetakTemplat.NamaLembar);
        return Enumerable.Range(TataLetakTemplat.BarisJudulKolom + 1, lembar.BarisTerakhir)
            .First(b => lembar.Sel(1, b).TeksApaAdanya == kode && lembar.Sel(3, b).TeksApaAdanya == variabel);
    }

    protected static string Sel(byte[] xlsx, string kode, string variabel = "", string kolom = Kolom) => kolom + Baris(xlsx, kode, variabel);

    protected async Task<PreviewImportRealisasi.Pratinjau> Periksa(byte[] isi, string nama = "realisasi.xlsx", string pengguna = "operator.1871")
    {
        var pelaku = await Akses(pengguna);
        var hasil = await Fixture.SendAsync<PreviewImportRealisasi.Handler, Jawaban<PreviewImportRealisasi.Pratinjau>>(h => h.HandleAsync(pelaku, new PreviewImportRealisasi.Command("1871", 2024, nama, isi), default));
        Assert.True(hasil.Berhasil, hasil.Pesan);
        return hasil.Nilai!;
    }

    protected async Task<Jawaban<ImportRealisasi.Hasil>> Terapkan(string token, string pengguna = "operator.1871")
    {
        var pelaku = await Akses(pengguna);
        return await Fixture.SendAsync<ImportRealisasi.Handler, Jawaban<ImportRealisasi.Hasil>>(h => h.HandleAsync(pelaku, new ImportRealisasi.Command(token), default));
    }

    protected Task<List<(string Kode, decimal? Nilai, StatusRealisasi Status, int Variabel)>> Tersimpan() => Fixture.ExecuteDbContextAsync(async db =>
        (await db.RealisasiKinerjas.AsNoTracking().Where(r => r.Tahun == 2024 && db.PerjanjianKinerjas.Any(p => p.Id == r.Indikator.Sasaran.PerjanjianKinerjaId && p.Satker.Kode == "1871"))
            .OrderBy(r => r.Indikator.Kode).Select(r => new { r.Indikator.Kode, r.Nilai, r.Status, Variabel = r.Variabels.Count }).ToListAsync())
        .Select(r => (r.Kode, r.Nilai, r.Status, r.Variabel)).ToList());
}
