using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Audit;
using Sakip.Testing;

namespace Sakip.App.Tests.Features.Audit;

/// <summary>Browsing the trail per satker and per record (ListJejakAudit).</summary>
public class ListJejakAuditTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Trail_OfARealisasi_IsFoundUnderItsSatker_ForPimpinanAndEvaluator_NotForOperators()
    {
        await fixture.MuatDemoAsync();
        var realisasiId = await fixture.ExecuteDbContextAsync(db => db.RealisasiKinerjas.Where(r => r.Indikator.Kode == "5.1").Select(r => r.Id).FirstAsync());
        await fixture.ExecuteDbContextAsync(async db =>
        {
            var r = await db.RealisasiKinerjas.SingleAsync(x => x.Id == realisasiId);
            r.Analisis = "Revisi anggaran mengikuti perubahan tahapan.";
            return await db.SaveChangesAsync();
        });

        var hasil = await fixture.SendAsync<ListJejakAudit.Handler, Jawaban<ListJejakAudit.Hasil>>(async h =>
            await h.HandleAsync(await fixture.AksesAsync("evaluator.1871"), new ListJejakAudit.Query("1871", nameof(RealisasiKinerja), realisasiId.ToString(System.Globalization.CultureInfo.InvariantCulture)), default));

        Assert.True(hasil.Berhasil, hasil.Pesan);
        var ubah = hasil.Nilai!.Barises.First();
        Assert.Equal(AksiAudit.Ubah, ubah.Aksi);
        Assert.Contains(ubah.Perubahans, p => p.Kolom == "Analisis" && p.Lama == null && p.Baru == "Revisi anggaran mengikuti perubahan tahapan.");
        Assert.Contains(hasil.Nilai.Barises, b => b.Aksi == AksiAudit.Tambah);

        var operatorKota = await fixture.SendAsync<ListJejakAudit.Handler, Jawaban<ListJejakAudit.Hasil>>(async h =>
            await h.HandleAsync(await fixture.AksesAsync("operator.1871"), new ListJejakAudit.Query("1871"), default));
        Assert.Contains("tidak berhak", operatorKota.Pesan, StringComparison.Ordinal);
    }
}
