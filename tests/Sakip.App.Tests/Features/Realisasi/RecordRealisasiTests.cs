using System.Text;
using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Realisasi;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Realisasi;

/// <summary>Recording realisasi with evidence: bad input, who may record, two editors, one stored file.</summary>
public class RecordRealisasiTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    internal static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    internal static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    [Fact]
    public async Task BadInput_IsRefusedWithAClearMessage_AndNothingIsWritten()
    {
        var uji = await RealisasiUji.BuatAsync(fixture);
        var berkasSebelum = await fixture.ExecuteDbContextAsync(db => db.Set<Berkas>().CountAsync());
        var exe = new RecordRealisasi.BerkasUnggah("bukti.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03]);
        var besar = new RecordRealisasi.BerkasUnggah("pindaian.pdf", [.. Pdf, .. new byte[21 * 1024 * 1024]]);

        var hasil = await uji.RekamAsync(fixture, uji.Operator, "lima puluh persen", ajukan: true, null, 1, exe, besar);

        Assert.False(hasil.Berhasil);
        Assert.Contains(hasil.Kesalahans, k => k.Bidang == "Nilai" && k.Pesan.Contains("'lima puluh persen' bukan angka", StringComparison.Ordinal));
        Assert.Contains(hasil.Kesalahans, k => k.Bidang == "Berkas" && k.Pesan.Contains("'bukti.pdf' bukan PDF, JPEG, PNG, XLSX atau DOCX", StringComparison.Ordinal));
        Assert.Contains(hasil.Kesalahans, k => k.Bidang == "Berkas" && k.Pesan.Contains("'pindaian.pdf' berukuran 21 MB; paling besar 20 MB", StringComparison.Ordinal));
        Assert.Null(await uji.TersimpanAsync(fixture));
        Assert.Equal(berkasSebelum, await fixture.ExecuteDbContextAsync(db => db.Set<Berkas>().CountAsync()));

        var satuanSalah = await uji.RekamAsync(fixture, uji.Operator, "50 kali", ajukan: false);
        Assert.Contains("Satuan 'kali' berbeda", satuanSalah.Pesan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherRolesAndSatker_CannotRecord()
    {
        var provinsi = await fixture.SatkerAsync(tingkat: TingkatSatker.Provinsi);
        var uji = await RealisasiUji.BuatAsync(fixture, induk: provinsi);

        foreach (var pelaku in new[]
        {
            await fixture.PelakuAsync(Peran.Pemantau, uji.Satker),
            await fixture.PelakuAsync(Peran.Evaluator, uji.Satker),
            uji.Pimpinan,
            await fixture.PelakuAsync(Peran.Operator, await fixture.SatkerAsync()),
            await fixture.PelakuAsync(Peran.Operator, provinsi, termasukTurunan: true),
        })
        {
            var hasil = await uji.RekamAsync(fixture, pelaku, "100 %", ajukan: false);
            Assert.Equal(JenisKegagalan.Ditolak, hasil.Jenis);
            Assert.Contains("tidak berhak", hasil.Pesan, StringComparison.Ordinal);
        }

        Assert.Null(await uji.TersimpanAsync(fixture));
    }

    [Fact]
    public async Task TwoPeopleEditingTheSameDraft_TheSecondGetsAConflictAndLosesNothing()
    {
        // Two people share the operator desk; both opened the draft at revision 1.
        var uji = await RealisasiUji.BuatAsync(fixture);
        await uji.RekamAsync(fixture, uji.Operator, "80 %", ajukan: false);

        var pertama = await uji.RekamAsync(fixture, uji.Operator, "90 %", ajukan: false, revisi: 1);
        var kedua = await uji.RekamAsync(fixture, uji.Operator, "85 %", ajukan: false, revisi: 1);

        Assert.True(pertama.Berhasil, pertama.Pesan);
        Assert.Equal(JenisKegagalan.Konflik, kedua.Jenis);
        Assert.Contains("telah diubah oleh pengguna lain", kedua.Pesan, StringComparison.Ordinal);
        Assert.Equal(90m, (await uji.TersimpanAsync(fixture))!.Nilai);
    }

    [Fact]
    public async Task SameFileTwice_IsStoredOnce()
    {
        var a = await RealisasiUji.BuatAsync(fixture);
        var b = await RealisasiUji.BuatAsync(fixture);
        byte[] png = [.. Png, 1, 2, 3, 4];

        Assert.True((await a.RekamAsync(fixture, a.Operator, null, ajukan: false, null, 1, new RecordRealisasi.BerkasUnggah("a.png", png))).Berhasil);
        Assert.True((await b.RekamAsync(fixture, b.Operator, null, ajukan: false, null, 1, new RecordRealisasi.BerkasUnggah("b.png", png))).Berhasil);

        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(png));
        Assert.Equal(1, await fixture.ExecuteDbContextAsync(db => db.Set<Berkas>().CountAsync(x => x.Sha256 == sha)));
    }

    [Fact]
    public async Task ASubmittedOrClosedPeriod_IsLocked_WithTheReason()
    {
        var uji = await RealisasiUji.BuatAsync(fixture);
        await uji.AjukanAsync(fixture, 1);

        Assert.Equal("Realisasi periode TW I 2024 sudah diajukan dan menunggu verifikasi; realisasinya terkunci.", (await uji.RekamAsync(fixture, uji.Operator, "96 %", ajukan: false, revisi: 1)).Pesan);

        (await fixture.SendAsync<ClosePeriode.Handler, Jawaban<string>>(h => h.HandleAsync(uji.Administrator, new(uji.Satker.Kode, 2024, Domain.Periode.JenisPeriode.Semester, 1), default))).Pasti();
        Assert.Equal("Periode Semester I 2024 sudah ditutup administrator; realisasinya terkunci.", (await uji.RekamAsync(fixture, uji.Operator, "96 %", ajukan: false, triwulan: 2)).Pesan);
    }
}
