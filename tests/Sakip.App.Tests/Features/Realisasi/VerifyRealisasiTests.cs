using System.Text;
using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Capaian;
using Sakip.App.Features.Realisasi;
using Sakip.App.Keamanan;
using Sakip.Testing;

namespace Sakip.App.Tests.Features.Realisasi;

/// <summary>Recording, submitting, verifying and returning realisasi with evidence, on a real database.</summary>
public class VerifyRealisasiTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private const string Sandi = DatabaseFixture.KataSandiDemo;

    internal static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    internal static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    public async Task InitializeAsync() => await fixture.MuatDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<AksesPengguna> Akses(string nama) => fixture.AksesAsync(nama);

    /// <summary>An indicator of a satker's PK by code (codes are unique within a PK).</summary>
    private Task<int> Indikator(string kode, string satker = "1871", string pk = "KPU-KOTA") => fixture.ExecuteDbContextAsync(db =>
        db.IndikatorKinerjas.Where(i => i.Kode == kode && db.PerjanjianKinerjas.Any(p => p.Id == i.Sasaran.PerjanjianKinerjaId && p.Satker.Kode == satker && p.Kode == pk)).Select(i => i.Id).SingleAsync());

    private Task<Jawaban<RecordRealisasi.Hasil>> Rekam(AksesPengguna pelaku, int indikator, string? nilai, bool ajukan, int? versi = null, params RecordRealisasi.BerkasUnggah[] berkas) =>
        fixture.SendAsync<RecordRealisasi.Handler, Jawaban<RecordRealisasi.Hasil>>(h =>
            h.HandleAsync(pelaku, new RecordRealisasi.Command(indikator, 1, nilai, new Dictionary<string, string>(), "Dokumen lengkap.", berkas, ajukan, versi), default));

    private Task<Jawaban<StatusRealisasi>> Putuskan(AksesPengguna pelaku, int realisasiId, bool setuju, string? catatan, int versi) =>
        fixture.SendAsync<VerifyRealisasi.Handler, Jawaban<StatusRealisasi>>(h => h.HandleAsync(pelaku, new VerifyRealisasi.Command(realisasiId, setuju, catatan, versi), default));

    private async Task<decimal?> CapaianDashboard(string kode)
    {
        var hasil = await fixture.SendAsync<CalculateCapaian.Handler, Jawaban<CalculateCapaian.Hasil>>(h => h.HandleAsync(AksesPengguna.Sistem, new CalculateCapaian.Query("1871", 2024), default));
        return hasil.Nilai!.Pengukuran.Indikators.Single(i => i.Kode == kode).Hasil.Nilai;
    }

    private Task<RealisasiKinerja?> Realisasi(int indikator) =>
        fixture.ExecuteDbContextAsync(db => db.RealisasiKinerjas.AsNoTracking().Include(r => r.Buktis).SingleOrDefaultAsync(r => r.IndikatorKinerjaId == indikator));

    [Fact]
    public async Task Journey_DraftSubmitVerify_TheDashboardMovesOnlyAfterVerification()
    {
        var operatorKota = await Akses("operator.1871");
        var pimpinan = await Akses("pimpinan.1871");
        var ind = await Indikator("1.5");

        var draf = await Rekam(operatorKota, ind, "95 %", ajukan: false);
        Assert.True(draf.Berhasil, draf.Pesan);
        Assert.Equal(StatusRealisasi.Draf, draf.Nilai!.Status);
        Assert.Null(await CapaianDashboard("1.5"));

        var tanpaBukti = await Rekam(operatorKota, ind, "95 %", ajukan: true, versi: 1);
        Assert.Contains(tanpaBukti.Kesalahans, k => k.Bidang == "Berkas" && k.Pesan.Contains("sedikitnya satu berkas", StringComparison.Ordinal));

        var ajukan = await Rekam(operatorKota, ind, "95 %", ajukan: true, versi: 1, new RecordRealisasi.BerkasUnggah("berita-acara.pdf", Pdf));
        Assert.True(ajukan.Berhasil, ajukan.Pesan);
        Assert.Equal(StatusRealisasi.Diajukan, ajukan.Nilai!.Status);
        Assert.Null(await CapaianDashboard("1.5"));

        var terkunci = await Rekam(operatorKota, ind, "96 %", ajukan: false, versi: 2);
        Assert.Contains("terkunci", terkunci.Pesan, StringComparison.Ordinal);

        var bukanPimpinan = await Putuskan(operatorKota, ajukan.Nilai!.RealisasiId, true, null, 2);
        Assert.Contains("Hanya pimpinan", bukanPimpinan.Pesan, StringComparison.Ordinal);

        var verifikasi = await Putuskan(pimpinan, ajukan.Nilai!.RealisasiId, true, null, 2);
        Assert.True(verifikasi.Berhasil, verifikasi.Pesan);
        Assert.Equal(95m, await CapaianDashboard("1.5"));

        var jejak = await fixture.ExecuteDbContextAsync(db => db.JejakAudits.Where(a => a.Entitas == nameof(RealisasiKinerja)).OrderBy(a => a.Id).Select(a => new { a.Aksi, a.Pelaku }).ToListAsync());
        Assert.Equal([AksiAudit.Tambah, AksiAudit.Ajukan, AksiAudit.Verifikasi], jejak.TakeLast(3).Select(j => j.Aksi));
        Assert.Equal("sistem", jejak[^1].Pelaku);
    }

    [Fact]
    public async Task Returned_WithANote_CanBeCorrectedAndSubmittedAgain()
    {
        var operatorKota = await Akses("operator.1871");
        var pimpinan = await Akses("pimpinan.1871");
        var ind = await Indikator("2.1");

        var ajukan = await Rekam(operatorKota, ind, "1 laporan", ajukan: true, null, new RecordRealisasi.BerkasUnggah("laporan.png", Png));
        Assert.True(ajukan.Berhasil, ajukan.Pesan);

        var tanpaCatatan = await Putuskan(pimpinan, ajukan.Nilai!.RealisasiId, false, " ", 1);
        Assert.Contains("catatan", tanpaCatatan.Pesan, StringComparison.Ordinal);

        var kembali = await Putuskan(pimpinan, ajukan.Nilai!.RealisasiId, false, "Lampirkan laporan yang ditandatangani.", 1);
        Assert.Equal(StatusRealisasi.Dikembalikan, kembali.Nilai);
        Assert.Equal("Lampirkan laporan yang ditandatangani.", (await Realisasi(ind))!.CatatanVerifikasi);

        var lagi = await Rekam(operatorKota, ind, "1 lap", ajukan: true, versi: 2, new RecordRealisasi.BerkasUnggah("laporan-ttd.pdf", Pdf));
        Assert.True(lagi.Berhasil, lagi.Pesan);
        var r = await Realisasi(ind);
        Assert.Equal(StatusRealisasi.Diajukan, r!.Status);
        Assert.Null(r.CatatanVerifikasi);
        Assert.Equal(2, r.Buktis.Count);
    }
}
