using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Capaian;
using Sakip.App.Features.Realisasi;
using Sakip.App.Keamanan;
using Sakip.Domain.Periode;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Realisasi;

/// <summary>The pimpinan verifies or returns submitted realisasi; only verified values count.</summary>
public class VerifyRealisasiTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly byte[] Pdf = RecordRealisasiTests.Pdf;

    private async Task<decimal?> CapaianDashboard(RealisasiUji uji)
    {
        var hasil = await fixture.SendAsync<CalculateCapaian.Handler, Jawaban<CalculateCapaian.Hasil>>(h => h.HandleAsync(AksesPengguna.Sistem, new CalculateCapaian.Query(uji.Satker.Kode, 2024), default));
        return hasil.Pasti().Pengukuran.Indikators.Single().Hasil.Nilai;
    }

    [Fact]
    public async Task Journey_DraftSubmitVerify_TheDashboardMovesOnlyAfterVerification()
    {
        var uji = await RealisasiUji.BuatAsync(fixture, JenisPeriode.Tahun);

        var draf = await uji.RekamAsync(fixture, uji.Operator, "95 %", ajukan: false);
        Assert.Equal(StatusRealisasi.Draf, draf.Pasti().Status);
        Assert.Null(await CapaianDashboard(uji));

        var tanpaBukti = await uji.RekamAsync(fixture, uji.Operator, "95 %", ajukan: true, revisi: 1);
        Assert.Contains(tanpaBukti.Kesalahans, k => k.Bidang == "Berkas" && k.Pesan.Contains("sedikitnya satu berkas", StringComparison.Ordinal));

        var ajukan = await uji.RekamAsync(fixture, uji.Operator, "95 %", ajukan: true, revisi: 1, 1, new RecordRealisasi.BerkasUnggah("berita-acara.pdf", Pdf));
        Assert.Equal(StatusRealisasi.Diajukan, ajukan.Pasti().Status);
        Assert.Null(await CapaianDashboard(uji));

        Assert.Contains("terkunci", (await uji.RekamAsync(fixture, uji.Operator, "96 %", ajukan: false, revisi: 2)).Pesan, StringComparison.Ordinal);

        var bukanPimpinan = await uji.PutuskanAsync(fixture, uji.Operator, ajukan.Pasti().RealisasiId, true, null, 2);
        Assert.Equal(JenisKegagalan.Ditolak, bukanPimpinan.Jenis);
        Assert.Contains("Hanya pimpinan", bukanPimpinan.Pesan, StringComparison.Ordinal);
        Assert.Equal(JenisKegagalan.Konflik, (await uji.PutuskanAsync(fixture, uji.Pimpinan, ajukan.Pasti().RealisasiId, true, null, 1)).Jenis);

        var verifikasi = await uji.PutuskanAsync(fixture, uji.Pimpinan, ajukan.Pasti().RealisasiId, true, null, 2);
        Assert.True(verifikasi.Berhasil, verifikasi.Pesan);
        Assert.Equal(105.56m, Math.Round((await CapaianDashboard(uji))!.Value, 2));

        var kunci = ajukan.Pasti().RealisasiId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var jejak = await fixture.ExecuteDbContextAsync(db => db.JejakAudits.Where(a => a.Entitas == nameof(RealisasiKinerja) && a.KunciEntitas == kunci).OrderBy(a => a.Id).Select(a => new { a.Aksi, a.Pelaku }).ToListAsync());
        Assert.Equal([AksiAudit.Tambah, AksiAudit.Ajukan, AksiAudit.Verifikasi], jejak.Select(j => j.Aksi));
        Assert.Equal(uji.Pimpinan.NamaPengguna, jejak[^1].Pelaku);
    }

    [Fact]
    public async Task Returned_WithANote_CanBeCorrectedAndSubmittedAgain()
    {
        var uji = await RealisasiUji.BuatAsync(fixture);
        var ajukan = (await uji.RekamAsync(fixture, uji.Operator, "91 %", ajukan: true, null, 1, new RecordRealisasi.BerkasUnggah("laporan.png", RecordRealisasiTests.Png))).Pasti();

        var tanpaCatatan = await uji.PutuskanAsync(fixture, uji.Pimpinan, ajukan.RealisasiId, false, " ", 1);
        Assert.Equal("Catatan", Assert.Single(tanpaCatatan.Kesalahans).Bidang);

        var kembali = await uji.PutuskanAsync(fixture, uji.Pimpinan, ajukan.RealisasiId, false, "Lampirkan laporan yang ditandatangani.", 1);
        Assert.Equal(StatusRealisasi.Dikembalikan, kembali.Pasti());
        Assert.Equal("Lampirkan laporan yang ditandatangani.", (await uji.TersimpanAsync(fixture))!.CatatanVerifikasi);

        var lagi = await uji.RekamAsync(fixture, uji.Operator, "92 %", ajukan: true, revisi: 2, 1, new RecordRealisasi.BerkasUnggah("laporan-ttd.pdf", Pdf));
        Assert.True(lagi.Berhasil, lagi.Pesan);
        var r = await uji.TersimpanAsync(fixture);
        Assert.Equal(StatusRealisasi.Diajukan, r!.Status);
        Assert.Null(r.CatatanVerifikasi);
        Assert.Equal(2, r.Buktis.Count);
    }
}
