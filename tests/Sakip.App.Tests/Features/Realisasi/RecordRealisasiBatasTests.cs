using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Features.Realisasi;
using Sakip.Testing;

namespace Sakip.App.Tests.Features.Realisasi;

/// <summary>
/// RecordRealisasi under load and abuse (issue 7, items 7 and 8): evidence is stored once and the
/// audit trail names it by SHA-256; a satker's evidence has a quota; racing first saves of one
/// period end in one save and conflicts, never an exception.
/// </summary>
public class RecordRealisasiBatasTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public async Task InitializeAsync() => await fixture.MuatDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<int> Indikator(string kode) => fixture.ExecuteDbContextAsync(db =>
        db.IndikatorKinerjas.Where(i => i.Kode == kode && db.PerjanjianKinerjas.Any(p => p.Id == i.Sasaran.PerjanjianKinerjaId && p.Satker.Kode == "1871" && p.Kode == "KPU-KOTA")).Select(i => i.Id).SingleAsync());

    private static RecordRealisasi.Command Perintah(int indikator, int periode, params RecordRealisasi.BerkasUnggah[] berkas) =>
        new(indikator, periode, "90 %", new Dictionary<string, string>(), "Analisis.", berkas, false, null);

    [Fact]
    public async Task Evidence_IsStoredOnce_AndTheAuditNamesItsHash_NotItsBytes()
    {
        var operatorKota = await fixture.AksesAsync("operator.1871");
        var isi = new byte[3 * 1024 * 1024];
        RecordRealisasiTests.Pdf.CopyTo(isi, 0);

        var ind = await Indikator("1.5");
        var hasil = await fixture.SendAsync<RecordRealisasi.Handler, Jawaban<RecordRealisasi.Hasil>>(h =>
            h.HandleAsync(operatorKota, Perintah(ind, 1, new RecordRealisasi.BerkasUnggah("besar.pdf", isi)), default));

        Assert.True(hasil.Berhasil, hasil.Pesan);
        var jejak = await fixture.ExecuteDbContextAsync(db => db.JejakAudits.Where(a => a.Entitas == nameof(Berkas)).Select(a => a.Perubahan).ToListAsync());
        var baris = Assert.Single(jejak);
        Assert.True(baris.Length < 2000, $"audit row of {baris.Length} characters");
        Assert.Contains($"{isi.Length} bita, sha256 ", baris, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evidence_BeyondTheSatkersQuota_IsRefused_AndNothingIsWritten()
    {
        var operatorKota = await fixture.AksesAsync("operator.1871");
        var ind = await Indikator("2.1");
        var sebelum = await fixture.ExecuteDbContextAsync(db => db.RealisasiKinerjas.CountAsync());

        await using var scope = fixture.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var handler = new RecordRealisasi.Handler(sp.GetRequiredService<SakipDbContext>(), sp.GetRequiredService<TimeProvider>(), new BatasPenyimpanan(1024));
        var hasil = await handler.HandleAsync(operatorKota, Perintah(ind, 1, new RecordRealisasi.BerkasUnggah("bukti.pdf", [.. RecordRealisasiTests.Pdf, .. new byte[2048]])), default);

        Assert.False(hasil.Berhasil);
        Assert.Contains(hasil.Kesalahans, k => k.Bidang == "Berkas" && k.Pesan.StartsWith("Ruang penyimpanan bukti KPU Kota Bandar Lampung tidak cukup", StringComparison.Ordinal));
        Assert.Equal(sebelum, await fixture.ExecuteDbContextAsync(db => db.RealisasiKinerjas.CountAsync()));
    }

    [Fact]
    public async Task FirstSaves_OfOnePeriodAtOnce_OneSavesTheOthersConflict_NoneThrows()
    {
        var operatorKota = await fixture.AksesAsync("operator.1871");
        var ind = await Indikator("3.2");

        var hasil = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => fixture.SendAsync<RecordRealisasi.Handler, Jawaban<RecordRealisasi.Hasil>>(h =>
            h.HandleAsync(operatorKota, Perintah(ind, 1), default))));

        Assert.Single(hasil, h => h.Berhasil);
        Assert.All(hasil.Where(h => !h.Berhasil), h => Assert.Equal(JenisKegagalan.Konflik, h.Jenis));
        Assert.Equal(1, await fixture.ExecuteDbContextAsync(db => db.RealisasiKinerjas.CountAsync(r => r.IndikatorKinerjaId == ind && r.NomorPeriode == 1)));
    }
}
