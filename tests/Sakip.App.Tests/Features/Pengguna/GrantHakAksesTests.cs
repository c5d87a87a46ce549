using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Pengguna;
using Sakip.App.Features.Perencanaan;
using Sakip.App.Features.Realisasi;
using Sakip.App.Keamanan;
using Sakip.Testing;

namespace Sakip.App.Tests.Features.Pengguna;

/// <summary>
/// Grant reach and separation of duties (issue 7, items 1 and 2): a province reads its kab/kota and
/// never writes their data; nobody grants beyond their own reach or changes their own grants;
/// nobody verifies a realisasi they entered, and an administrator never verifies.
/// </summary>
public class GrantHakAksesTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public async Task InitializeAsync() => await fixture.MuatDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<AksesPengguna> Akses(string nama) => fixture.AksesAsync(nama);

    private Task<int> PenggunaId(string nama) =>
        fixture.ExecuteDbContextAsync(db => db.Set<Entities.Pengguna>().Where(p => p.NamaPengguna == nama).Select(p => p.Id).SingleAsync());

    private Task<int> JumlahHak() => fixture.ExecuteDbContextAsync(db => db.Set<HakAkses>().CountAsync());

    private Task<Jawaban<int>> Beri(AksesPengguna pelaku, int penggunaId, Peran peran, string satker, bool turunan) =>
        fixture.SendAsAsync<GrantHakAkses.Handler, Jawaban<int>>(pelaku, h => h.HandleAsync(pelaku, new GrantHakAkses.Command(penggunaId, peran, satker, turunan), default));

    private Task<int> Indikator(string kode) => fixture.ExecuteDbContextAsync(db =>
        db.IndikatorKinerjas.Where(i => i.Kode == kode && db.PerjanjianKinerjas.Any(p => p.Id == i.Sasaran.PerjanjianKinerjaId && p.Satker.Kode == "1871" && p.Kode == "KPU-KOTA")).Select(i => i.Id).SingleAsync());

    private Task<Jawaban<RecordRealisasi.Hasil>> Ajukan(AksesPengguna pelaku, int indikator, string nilai) =>
        fixture.SendAsAsync<RecordRealisasi.Handler, Jawaban<RecordRealisasi.Hasil>>(pelaku, h =>
            h.HandleAsync(pelaku, new RecordRealisasi.Command(indikator, 1, nilai, new Dictionary<string, string>(), "Analisis.", [new("bukti.pdf", Realisasi.RecordRealisasiTests.Pdf)], true, null), default));

    private Task<Jawaban<StatusRealisasi>> Verifikasi(AksesPengguna pelaku, int realisasiId, int versi) =>
        fixture.SendAsAsync<VerifyRealisasi.Handler, Jawaban<StatusRealisasi>>(pelaku, h => h.HandleAsync(pelaku, new VerifyRealisasi.Command(realisasiId, true, null, versi), default));

    [Fact]
    public async Task Grant_WithDescendants_BeyondTheGrantersReach_IsRefused_AndNothingIsWritten()
    {
        var pimpinanProvinsi = await Akses("pimpinan.18");
        var operatorKabupaten = await PenggunaId("operator.1801");
        var sebelum = await JumlahHak();

        var hasil = await Beri(pimpinanProvinsi, operatorKabupaten, Peran.Operator, "18", turunan: true);

        Assert.Equal(JenisKegagalan.Ditolak, hasil.Jenis);
        Assert.Contains("melebihi satker yang penggunanya Anda kelola", hasil.Pesan, StringComparison.Ordinal);
        Assert.Equal(sebelum, await JumlahHak());
    }

    [Fact]
    public async Task Province_WithDescendants_ReadsItsKabKota_ButNeverWritesTheirData()
    {
        var operatorProvinsi = await Akses("operator.18");
        var pimpinanProvinsi = await Akses("pimpinan.18");
        var kota = await fixture.ExecuteDbContextAsync(db => db.Satkers.Where(s => s.Kode == "1871").Select(s => s.Id).SingleAsync());

        Assert.True(operatorProvinsi.BolehMembaca(kota));
        Assert.Equal([Peran.Pemantau], operatorProvinsi.PeranPada(kota));

        var rekam = await Ajukan(operatorProvinsi, await Indikator("1.5"), "90 %");
        Assert.Equal(JenisKegagalan.Ditolak, rekam.Jenis);

        var program = await fixture.SendAsAsync<EditProgramAnggaran.Handler, Jawaban<int>>(operatorProvinsi, h =>
            h.HandleAsync(operatorProvinsi, new EditProgramAnggaran.Command("1871", 2024, null, null, null, "Program titipan provinsi", "Rp 1.000"), default));
        Assert.Equal(JenisKegagalan.Ditolak, program.Jenis);

        var diajukan = await Ajukan(await Akses("operator.1871"), await Indikator("1.5"), "90 %");
        var verifikasi = await Verifikasi(pimpinanProvinsi, diajukan.Nilai!.RealisasiId, 1);
        Assert.Equal(JenisKegagalan.Ditolak, verifikasi.Jenis);
        Assert.Contains("Hanya pimpinan", verifikasi.Pesan, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pimpinan.1871", Peran.Operator)]
    [InlineData("admin.1871", Peran.Pimpinan)]
    [InlineData("admin.1871", Peran.Evaluator)]
    public async Task Grant_ToOnesOwnAccount_IsRefused(string nama, Peran peran)
    {
        var pelaku = await Akses(nama);
        var sebelum = await JumlahHak();

        var hasil = await Beri(pelaku, pelaku.PenggunaId, peran, "1871", turunan: false);

        Assert.Equal(JenisKegagalan.Ditolak, hasil.Jenis);
        Assert.Contains("akun Anda sendiri", hasil.Pesan, StringComparison.Ordinal);
        Assert.Equal(sebelum, await JumlahHak());
    }

    [Fact]
    public async Task Revoke_OnesOwnGrant_IsRefused()
    {
        var admin = await Akses("admin.1871");
        var hak = await fixture.ExecuteDbContextAsync(db => db.Set<HakAkses>().Where(h => h.PenggunaId == admin.PenggunaId).Select(h => h.Id).FirstAsync());

        var hasil = await fixture.SendAsAsync<RevokeHakAkses.Handler, Jawaban<bool>>(admin, h => h.HandleAsync(admin, new RevokeHakAkses.Command(hak), default));

        Assert.Equal(JenisKegagalan.Ditolak, hasil.Jenis);
        Assert.True(await fixture.ExecuteDbContextAsync(db => db.Set<HakAkses>().AnyAsync(h => h.Id == hak)));
    }

    [Fact]
    public async Task Verify_ByThePimpinanWhoSubmittedIt_IsRefused_AnotherPimpinanVerifies()
    {
        var admin = await Akses("admin.1871");
        var pimpinanId = await PenggunaId("pimpinan.1871");
        Assert.True((await Beri(admin, pimpinanId, Peran.Operator, "1871", false)).Berhasil);
        var pimpinanOperator = await Akses("pimpinan.1871");

        var diajukan = await Ajukan(pimpinanOperator, await Indikator("2.1"), "1 laporan");
        Assert.True(diajukan.Berhasil, diajukan.Pesan);

        var sendiri = await Verifikasi(pimpinanOperator, diajukan.Nilai!.RealisasiId, 1);
        Assert.Equal(JenisKegagalan.Ditolak, sendiri.Jenis);
        Assert.Contains("tidak dapat memverifikasinya sendiri", sendiri.Pesan, StringComparison.Ordinal);
        var indikator = await Indikator("2.1");
        var lihat = await fixture.SendAsync<GetRealisasi.Handler, Jawaban<GetRealisasi.Hasil>>(h => h.HandleAsync(pimpinanOperator, new GetRealisasi.Query(indikator, 1), default));
        Assert.False(lihat.Nilai!.BolehVerifikasi);
        Assert.Contains("tidak dapat memverifikasinya sendiri", lihat.Nilai.AlasanTidakBolehVerifikasi, StringComparison.Ordinal);
        Assert.Equal(StatusRealisasi.Diajukan, await fixture.ExecuteDbContextAsync(db => db.RealisasiKinerjas.Where(r => r.Id == diajukan.Nilai!.RealisasiId).Select(r => r.Status).SingleAsync()));

        var buat = await fixture.SendAsAsync<CreatePengguna.Handler, Jawaban<int>>(admin, h => h.HandleAsync(admin, new CreatePengguna.Command
        {
            NamaPengguna = "sekretaris.1871",
            NamaLengkap = "Sekretaris KPU Kota",
            KataSandi = DatabaseFixture.KataSandiDemo,
            Peran = Peran.Pimpinan,
            KodeSatker = "1871",
        }, default));
        Assert.True(buat.Berhasil, buat.Pesan);
        var lain = await Akses("sekretaris.1871");

        var verifikasi = await Verifikasi(lain, diajukan.Nilai!.RealisasiId, 1);
        Assert.True(verifikasi.Berhasil, verifikasi.Pesan);
    }

    [Fact]
    public async Task Verify_ByAnAdministratorWhoIsAlsoPimpinan_IsRefused()
    {
        var pimpinan = await Akses("pimpinan.1871");
        Assert.True((await Beri(pimpinan, await PenggunaId("admin.1871"), Peran.Pimpinan, "1871", false)).Berhasil);
        var adminPimpinan = await Akses("admin.1871");
        var diajukan = await Ajukan(await Akses("operator.1871"), await Indikator("3.2"), "70 %");
        Assert.True(diajukan.Berhasil, diajukan.Pesan);

        var hasil = await Verifikasi(adminPimpinan, diajukan.Nilai!.RealisasiId, 1);

        Assert.Equal(JenisKegagalan.Ditolak, hasil.Jenis);
        Assert.Contains("Administrator tidak dapat memverifikasi", hasil.Pesan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NationalAdministrator_WithDescendants_ManagesAccountsBelow_ButDoesNotWriteTheirData()
    {
        var nasionalId = await fixture.ExecuteDbContextAsync(async db =>
        {
            var provinsi = await db.Satkers.SingleAsync(s => s.Kode == "18");
            var p = new Entities.Pengguna { NamaPengguna = "admin.provinsi", NamaLengkap = "Admin Provinsi", HashKataSandi = "-" };
            p.HakAkses.Add(new HakAkses { Peran = Peran.Administrator, SatkerId = provinsi.Id, TermasukTurunan = true });
            db.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });
        var pohon = await fixture.ExecuteDbContextAsync(db => db.Satkers.Select(s => new { s.Id, s.IndukId }).ToListAsync());
        var pengguna = await fixture.ExecuteDbContextAsync(db => db.Set<Entities.Pengguna>().Include(p => p.HakAkses).SingleAsync(p => p.Id == nasionalId));
        var admin = AksesPengguna.Hitung(pengguna, [.. pohon.Select(s => (s.Id, s.IndukId))]);

        var beri = await Beri(admin, await PenggunaId("pemantau.1871"), Peran.Operator, "1871", false);
        Assert.True(beri.Berhasil, beri.Pesan);

        var rekam = await Ajukan(admin, await Indikator("1.5"), "90 %");
        Assert.Equal(JenisKegagalan.Ditolak, rekam.Jenis);
    }
}
