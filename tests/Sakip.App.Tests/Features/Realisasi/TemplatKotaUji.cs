using Sakip.App.Features.Realisasi;
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
}
