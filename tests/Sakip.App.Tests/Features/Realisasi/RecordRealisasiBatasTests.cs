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
public class RecordRealisasiBatasTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static RecordRealisasi.Command Perintah(int indikator, int periode, params RecordRealisasi.BerkasUnggah[] berkas) =>
        new(indikator, periode, "90 %", new Dictionary<string, string>(), "Analisis.", berkas, false, null);

    [Fact]
    public async Task Evidence_IsStoredOnce_AndTheAuditNamesItsHash_NotItsBytes()
    {
        var uji = await RealisasiUji.BuatAsync(fixture);
        var isi = new byte[3 * 1024 * 1024];
        RecordRealisasiTests.Pdf.CopyTo(isi, 0);

        var hasil = await fixture.SendAsync<RecordRealisasi.Handler, Jawaban<RecordRealisasi.Hasil>>(h =>
            h.HandleAsync(uji.Operator, Perintah(uji.IndikatorId, 1, new RecordRealisasi.BerkasUnggah("besar.pdf", isi)), default));

        Assert.True(hasil.Berhasil, hasil.Pesan);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(isi));
        var jejak = await fixture.ExecuteDbContextAsync(db => db.JejakAudits.Where(a => a.Entitas == nameof(Berkas) && a.Perubahan.Contains(sha)).Select(a => a.Perubahan).ToListAsync());
        var baris = Assert.Single(jejak);
        Assert.True(baris.Length < 2000, $"audit row of {baris.Length} characters");
        Assert.Contains($"{isi.Length} bita, sha256 ", baris, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evidence_BeyondTheSatkersQuota_IsRefused_AndNothingIsWritten()
    {
        var uji = await RealisasiUji.BuatAsync(fixture);

        await using var scope = fixture.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var handler = new RecordRealisasi.Handler(sp.GetRequiredService<SakipDbContext>(), sp.GetRequiredService<TimeProvider>(), new BatasPenyimpanan(1024), sp.GetRequiredService<Sakip.App.Features.Pemberitahuan.Pemberitahu>());
        var hasil = await handler.HandleAsync(uji.Operator, Perintah(uji.IndikatorId, 1, new RecordRealisasi.BerkasUnggah("bukti.pdf", [.. RecordRealisasiTests.Pdf, .. new byte[2048]])), default);

        Assert.False(hasil.Berhasil);
        Assert.Contains(hasil.Kesalahans, k => k.Bidang == "Berkas" && k.Pesan.StartsWith($"Ruang penyimpanan bukti {uji.Satker.Nama} tidak cukup", StringComparison.Ordinal));
        Assert.Null(await uji.TersimpanAsync(fixture));
    }

    [Fact]
    public async Task FirstSaves_OfOnePeriodAtOnce_OneSavesTheOthersConflict_NoneThrows()
    {
        var uji = await RealisasiUji.BuatAsync(fixture);

        var hasil = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => fixture.SendAsync<RecordRealisasi.Handler, Jawaban<RecordRealisasi.Hasil>>(h =>
            h.HandleAsync(uji.Operator, Perintah(uji.IndikatorId, 1), default))));

        Assert.Single(hasil, h => h.Berhasil);
        Assert.All(hasil.Where(h => !h.Berhasil), h => Assert.Equal(JenisKegagalan.Konflik, h.Jenis));
        Assert.Equal(1, await fixture.ExecuteDbContextAsync(db => db.RealisasiKinerjas.CountAsync(r => r.IndikatorKinerjaId == uji.IndikatorId && r.NomorPeriode == 1)));
    }
}
