using Sakip.App.Features.Anggaran;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Anggaran;

/// <summary>The budget workbook: its first sheet is the import template, so an export reads back to the same figures.</summary>
public class GenerateAnggaranXlsxTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public async Task InitializeAsync() => await fixture.MuatDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TheDemosWorkbook_ImportsIntoAnotherSatker_WithTheSameFigures()
    {
        var pemantau = await fixture.AksesAsync("pemantau.1871");
        var x = (await fixture.SendAsync<GenerateAnggaranXlsx.Handler, Jawaban<GenerateAnggaranXlsx.Hasil>>(h => h.HandleAsync(pemantau, new("1871", 2024), default))).Pasti();
        Assert.Equal("anggaran-1871-2024.xlsx", x.NamaBerkas);

        var a = await AnggaranUji.BuatAsync(fixture);
        var impor = (await a.ImporAsync(fixture, x.Isi, berkas: x.NamaBerkas)).Pasti();

        Assert.Equal((82_080_156_000m, 82_032_075_479m), (impor.Pagu, impor.Realisasi));
        var salinan = (await a.BacaAsync(fixture)).Pasti().Data.Pohon!;
        var asli = (await fixture.SendAsync<GetAnggaran.Handler, Jawaban<GetAnggaran.Hasil>>(h => h.HandleAsync(pemantau, new("1871", 2024), default))).Pasti().Data.Pohon!;
        Assert.Equal(asli.SemuaSimpul().Select(s => (s.Kode.Kode, s.Jumlah.Pagu, s.Jumlah.Realisasi, s.Jumlah.Rencana)), salinan.SemuaSimpul().Select(s => (s.Kode.Kode, s.Jumlah.Pagu, s.Jumlah.Realisasi, s.Jumlah.Rencana)));
    }

    [Fact]
    public async Task NoDipa_IsNotFound_AndAnotherSatkersPeopleMayNotExport()
    {
        var a = await AnggaranUji.BuatAsync(fixture);
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await fixture.SendAsync<GenerateAnggaranXlsx.Handler, Jawaban<GenerateAnggaranXlsx.Hasil>>(h => h.HandleAsync(a.Pemantau, new(a.Kode, 2024), default))).Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await fixture.SendAsync<GenerateAnggaranXlsx.Handler, Jawaban<GenerateAnggaranXlsx.Hasil>>(h => h.HandleAsync(a.Pemantau, new("1871", 2024), default))).Jenis);
    }
}
