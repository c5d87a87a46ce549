using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Audit;
using Sakip.App.Tests.Features.Realisasi;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Audit;

/// <summary>Browsing the trail per satker and per record (ListJejakAudit).</summary>
public class ListJejakAuditTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Trail_OfARealisasi_IsFoundUnderItsSatker_ForPimpinanAndEvaluator_NotForOperators()
    {
        var uji = await RealisasiUji.BuatAsync(fixture);
        var realisasiId = (await uji.RekamAsync(fixture, uji.Operator, "91 %", ajukan: false)).Pasti().RealisasiId;
        await fixture.ExecuteDbContextAsync(async db =>
        {
            var r = await db.RealisasiKinerjas.SingleAsync(x => x.Id == realisasiId);
            r.Analisis = "Revisi anggaran mengikuti perubahan tahapan.";
            return await db.SaveChangesAsync();
        });
        Task<Jawaban<ListJejakAudit.Hasil>> Baca(App.Keamanan.AksesPengguna a, ListJejakAudit.Query q) =>
            fixture.SendAsync<ListJejakAudit.Handler, Jawaban<ListJejakAudit.Hasil>>(h => h.HandleAsync(a, q, default));

        var hasil = (await Baca(await fixture.PelakuAsync(Peran.Evaluator, uji.Satker), new(uji.Satker.Kode, nameof(RealisasiKinerja), realisasiId.ToString(System.Globalization.CultureInfo.InvariantCulture)))).Pasti();

        var ubah = hasil.Barises.First();
        Assert.Equal(AksiAudit.Ubah, ubah.Aksi);
        Assert.Contains(ubah.Perubahans, p => p.Kolom == "Analisis" && p.Lama == "Dokumen lengkap." && p.Baru == "Revisi anggaran mengikuti perubahan tahapan.");
        Assert.Contains(hasil.Barises, b => b.Aksi == AksiAudit.Tambah);
        Assert.Equal($"{uji.Operator.NamaPengguna} menambahkan realisasi 1.1 TW I 2024", hasil.Barises.Single(b => b.Aksi == AksiAudit.Tambah).Kalimat);
        Assert.Equal($"sistem mengubah realisasi 1.1 TW I 2024", ubah.Kalimat);
        Assert.True((await Baca(uji.Pimpinan, new(uji.Satker.Kode))).Berhasil);
        Assert.Contains("tidak berhak", (await Baca(uji.Operator, new(uji.Satker.Kode))).Pesan, StringComparison.Ordinal);
    }
}
