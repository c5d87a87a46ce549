using System.Text;
using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Capaian;
using Sakip.App.Features.Realisasi;
using Sakip.App.Keamanan;
using Sakip.Testing;

namespace Sakip.App.Tests.Features.Realisasi;

/// <summary>Recording, submitting, verifying and returning realisasi with evidence, on a real database.</summary>
public class RecordRealisasiTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
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
    public async Task BadInput_IsRefusedWithAClearMessage_AndNothingIsWritten()
    {
        var operatorKota = await Akses("operator.1871");
        var ind = await Indikator("3.2");
        var berkasSebelum = await fixture.ExecuteDbContextAsync(db => db.Set<Berkas>().CountAsync());
        var exe = new RecordRealisasi.BerkasUnggah("bukti.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03]);
        var besar = new RecordRealisasi.BerkasUnggah("pindaian.pdf", [.. Pdf, .. new byte[21 * 1024 * 1024]]);

        var hasil = await Rekam(operatorKota, ind, "lima puluh persen", ajukan: true, null, exe, besar);

        Assert.False(hasil.Berhasil);
        Assert.Contains(hasil.Kesalahans, k => k.Bidang == "Nilai" && k.Pesan.Contains("'lima puluh persen' bukan angka", StringComparison.Ordinal));
        Assert.Contains(hasil.Kesalahans, k => k.Bidang == "Berkas" && k.Pesan.Contains("'bukti.pdf' bukan PDF, JPEG, PNG, XLSX atau DOCX", StringComparison.Ordinal));
        Assert.Contains(hasil.Kesalahans, k => k.Bidang == "Berkas" && k.Pesan.Contains("'pindaian.pdf' berukuran 21 MB; paling besar 20 MB", StringComparison.Ordinal));
        Assert.Null(await Realisasi(ind));
        Assert.Equal(berkasSebelum, await fixture.ExecuteDbContextAsync(db => db.Set<Berkas>().CountAsync()));

        var satuanSalah = await Rekam(operatorKota, ind, "50 kali", ajukan: false);
        Assert.Contains("Satuan 'kali' berbeda", satuanSalah.Pesan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherRolesAndSatker_CannotRecord()
    {
        var ind = await Indikator("1.5");

        foreach (var nama in new[] { "pemantau.1871", "evaluator.1871", "operator.1801", "operator.18" })
        {
            var hasil = await Rekam(await Akses(nama), ind, "100 %", ajukan: false);
            Assert.Contains("tidak berhak", hasil.Pesan, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TwoPeopleEditingTheSameDraft_TheSecondGetsAConflictAndLosesNothing()
    {
        // Two people share the province's operator desk; both opened the draft at version 1.
        var operatorProvinsi = await Akses("operator.18");
        var ind = await Indikator("1.1", "18", "SEKRETARIS");
        await Rekam(operatorProvinsi, ind, "80 %", ajukan: false);

        var pertama = await Rekam(operatorProvinsi, ind, "90 %", ajukan: false, versi: 1);
        var kedua = await Rekam(operatorProvinsi, ind, "85 %", ajukan: false, versi: 1);

        Assert.True(pertama.Berhasil, pertama.Pesan);
        Assert.Contains("telah diubah oleh pengguna lain", kedua.Pesan, StringComparison.Ordinal);
        Assert.Equal(90m, (await Realisasi(ind))!.Nilai);
    }

    [Fact]
    public async Task SameFileTwice_IsStoredOnce()
    {
        var operatorProvinsi = await Akses("operator.18");
        byte[] png = [.. Png, 1, 2, 3, 4];

        var a = await Rekam(operatorProvinsi, await Indikator("1.1", "18", "KETUA"), null, ajukan: false, null, new RecordRealisasi.BerkasUnggah("a.png", png));
        var b = await Rekam(operatorProvinsi, await Indikator("2.1", "18", "KETUA"), null, ajukan: false, null, new RecordRealisasi.BerkasUnggah("b.png", png));

        Assert.True(a.Berhasil, a.Pesan);
        Assert.True(b.Berhasil, b.Pesan);

        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(png));
        Assert.Equal(1, await fixture.ExecuteDbContextAsync(db => db.Set<Berkas>().CountAsync(b => b.Sha256 == sha)));
    }
}
