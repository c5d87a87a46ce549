using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Pengguna;
using Sakip.App.Keamanan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Pengguna;

/// <summary>CreatePengguna, GrantHakAkses, RevokeHakAkses, ListPengguna and GetAkses together, as an administrator and a pimpinan use them.</summary>
public class KelolaPenggunaTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private const string Sandi = DatabaseFixture.KataSandiDemo;

    public async Task InitializeAsync() => await fixture.MuatDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<AksesPengguna> Akses(string nama) => fixture.AksesAsync(nama);

    private async Task<int> SatkerId(string kode) => await fixture.ExecuteDbContextAsync(db => db.Satkers.Where(s => s.Kode == kode).Select(s => s.Id).SingleAsync());

    [Fact]
    public async Task Scope_GrantWithDescendants_ReachesEveryChild()
    {
        var provinsi = await Akses("operator.18");

        Assert.True(provinsi.Punya(await SatkerId("18"), Peran.Operator));
        Assert.True(provinsi.BolehMembaca(await SatkerId("1871")));
        Assert.False(provinsi.Punya(await SatkerId("1871"), Peran.Operator));
        Assert.Equal(16, provinsi.SatkerTerbaca.Count);
        Assert.False(provinsi.BolehMembaca(await SatkerId("00")));

        var kabupaten = await Akses("operator.1801");
        Assert.Equal([await SatkerId("1801")], kabupaten.SatkerTerbaca);
    }

    [Fact]
    public async Task WhoManagesUsers_AdministratorsAndTheSatkersOwnPimpinan()
    {
        var kota = await SatkerId("1871");

        Assert.True((await Akses("admin.1871")).BolehKelolaPengguna(kota));
        Assert.True((await Akses("pimpinan.1871")).BolehKelolaPengguna(kota));
        Assert.False((await Akses("operator.1871")).BolehKelolaPenggunaDiManaPun);
        Assert.False((await Akses("pimpinan.18")).BolehKelolaPengguna(kota));
        Assert.True((await Akses("pimpinan.18")).BolehKelolaPengguna(await SatkerId("18")));
    }

    private Task<Jawaban<int>> Buat(AksesPengguna pelaku, CreatePengguna.Command c) =>
        fixture.SendAsync<CreatePengguna.Handler, Jawaban<int>>(h => h.HandleAsync(pelaku, c, default));

    [Fact]
    public async Task Create_ChecksPasswordRulesNameAndScope()
    {
        var pimpinan = await Akses("pimpinan.1871");

        var lemah = await Buat(pimpinan, new() { NamaPengguna = "staf.baru", NamaLengkap = "Staf Baru", KataSandi = "pendek", Peran = Peran.Operator, KodeSatker = "1871" });
        Assert.False(lemah.Berhasil);
        Assert.Contains(lemah.Kesalahans, k => k.Bidang == "KataSandi" && k.Pesan.Contains("minimal 12", StringComparison.Ordinal));
        Assert.Contains(lemah.Kesalahans, k => k.Bidang == "KataSandi" && k.Pesan.Contains("huruf dan angka", StringComparison.Ordinal));

        var ganda = await Buat(pimpinan, new() { NamaPengguna = "Operator.1871", NamaLengkap = "X", KataSandi = "KataSandiKuat2024", Peran = Peran.Operator, KodeSatker = "1871" });
        Assert.Contains(ganda.Kesalahans, k => k.Bidang == "NamaPengguna" && k.Pesan.Contains("sudah dipakai", StringComparison.Ordinal));

        var luarCakupan = await Buat(pimpinan, new() { NamaPengguna = "staf.lain", NamaLengkap = "X", KataSandi = "KataSandiKuat2024", Peran = Peran.Operator, KodeSatker = "1801" });
        Assert.Contains(luarCakupan.Kesalahans, k => k.Bidang == "KodeSatker");

        var admin = await Buat(pimpinan, new() { NamaPengguna = "calon.admin", NamaLengkap = "X", KataSandi = "KataSandiKuat2024", Peran = Peran.Administrator, KodeSatker = "1871" });
        Assert.Contains(admin.Kesalahans, k => k.Bidang == "Peran");

        var baik = await Buat(pimpinan, new() { NamaPengguna = "Staf.Baru", NamaLengkap = "Staf Baru", KataSandi = "KataSandiKuat2024", Peran = Peran.Operator, KodeSatker = "1871" });
        Assert.True(baik.Berhasil, baik.Pesan);
        var daftar = await fixture.SendAsync<ListPengguna.Handler, IReadOnlyList<ListPengguna.Item>>(async h => (await h.HandleAsync(pimpinan, new ListPengguna.Query(), default)).Pasti());
        Assert.Contains(daftar, p => p.NamaPengguna == "staf.baru" && p.HakAkses.Single().Peran == Peran.Operator);
        Assert.DoesNotContain(daftar, p => p.NamaPengguna == "operator.1801");
    }

    [Fact]
    public async Task GrantAndRevoke_TakeEffectOnTheNextRequest_AndStayInScope()
    {
        var admin = await Akses("admin.1871");
        var pemantauId = await fixture.ExecuteDbContextAsync(db => db.Set<Entities.Pengguna>().Where(p => p.NamaPengguna == "pemantau.1871").Select(p => p.Id).SingleAsync());

        var grant = await fixture.SendAsync<GrantHakAkses.Handler, Jawaban<int>>(h => h.HandleAsync(admin, new GrantHakAkses.Command(pemantauId, Peran.Operator, "1871", false), default));
        Assert.True(grant.Berhasil, grant.Pesan);
        Assert.True((await Akses("pemantau.1871")).Punya(await SatkerId("1871"), Peran.Operator));

        var ganda = await fixture.SendAsync<GrantHakAkses.Handler, Jawaban<int>>(h => h.HandleAsync(admin, new GrantHakAkses.Command(pemantauId, Peran.Operator, "1871", false), default));
        Assert.Contains("sudah memiliki", ganda.Pesan, StringComparison.Ordinal);

        var luar = await fixture.SendAsync<GrantHakAkses.Handler, Jawaban<int>>(h => h.HandleAsync(admin, new GrantHakAkses.Command(pemantauId, Peran.Operator, "18", false), default));
        Assert.Contains("tidak berhak", luar.Pesan, StringComparison.Ordinal);

        var revoke = await fixture.SendAsync<RevokeHakAkses.Handler, Jawaban<bool>>(h => h.HandleAsync(admin, new RevokeHakAkses.Command(grant.Nilai), default));
        Assert.True(revoke.Berhasil, revoke.Pesan);
        Assert.False((await Akses("pemantau.1871")).Punya(await SatkerId("1871"), Peran.Operator));

        var operatorLain = await Akses("operator.1801");
        var hakPemantau = await fixture.ExecuteDbContextAsync(db => db.Set<HakAkses>().Where(h => h.PenggunaId == pemantauId).Select(h => h.Id).FirstAsync());
        var tanpaHak = await fixture.SendAsync<RevokeHakAkses.Handler, Jawaban<bool>>(h => h.HandleAsync(operatorLain, new RevokeHakAkses.Command(hakPemantau), default));
        Assert.Contains("tidak berhak", tanpaHak.Pesan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangedSecurityStamp_EndsTheSession()
    {
        var masuk = await fixture.SendAsync<SignIn.Handler, Jawaban<SignIn.Berhasil>>(h => h.HandleAsync(new SignIn.Command("operator.18", Sandi), default));
        await fixture.ExecuteDbContextAsync(async db =>
        {
            var p = await db.Set<Entities.Pengguna>().SingleAsync(x => x.NamaPengguna == "operator.18");
            p.StempelKeamanan = Guid.NewGuid().ToString("N");
            return await db.SaveChangesAsync();
        });

        var akses = await fixture.SendAsync<GetAkses.Handler, AksesPengguna?>(async h => (await h.HandleAsync(new GetAkses.Query(masuk.Nilai!.PenggunaId, masuk.Nilai.StempelKeamanan, masuk.Nilai.TokenSesi), default)).Nilai);

        Assert.Null(akses);
    }

    [Fact]
    public async Task Change_DeactivateEndsSessions_ResetSetsANewPassword_OnlyForManagedAccounts()
    {
        var pimpinan = await Akses("pimpinan.1871");
        var buat = await Buat(pimpinan, new() { NamaPengguna = "staf.lupa", NamaLengkap = "Staf Lupa Sandi", KataSandi = "SandiAwalKuat2024", Peran = Peran.Operator, KodeSatker = "1871" });
        var id = buat.Nilai;
        Task<Jawaban<string>> Ubah(AksesPengguna a, bool? aktif, string? sandi) =>
            fixture.SendAsync<ChangePengguna.Handler, Jawaban<string>>(h => h.HandleAsync(a, new ChangePengguna.Command(id, aktif, sandi), default));
        Task<Jawaban<SignIn.Berhasil>> Masuk(string sandi) =>
            fixture.SendAsync<SignIn.Handler, Jawaban<SignIn.Berhasil>>(h => h.HandleAsync(new SignIn.Command("staf.lupa", sandi), default));
        var sesi = (await Masuk("SandiAwalKuat2024")).Nilai!;

        Assert.Equal(JenisKegagalan.Ditolak, (await Ubah(await Akses("operator.1871"), false, null)).Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await Ubah(await Akses("pimpinan.18"), false, null)).Jenis);
        Assert.True((await Ubah(pimpinan, false, null)).Berhasil);
        Assert.Null(await fixture.SendAsync<GetAkses.Handler, AksesPengguna?>(async h => (await h.HandleAsync(new GetAkses.Query(id, sesi.StempelKeamanan, sesi.TokenSesi), default)).Nilai));
        Assert.False((await Masuk("SandiAwalKuat2024")).Berhasil);

        Assert.True((await Ubah(pimpinan, true, null)).Berhasil);
        Assert.StartsWith("Kata sandi baru:", (await Ubah(pimpinan, null, "pendek")).Pesan, StringComparison.Ordinal);
        Assert.True((await Ubah(pimpinan, null, "SandiBaruKuat2025")).Berhasil);
        Assert.False((await Masuk("SandiAwalKuat2024")).Berhasil);
        Assert.True((await Masuk("SandiBaruKuat2025")).Berhasil);

        var adminId = await fixture.ExecuteDbContextAsync(db => db.Set<Sakip.App.Entities.Pengguna>().Where(p => p.NamaPengguna == "admin.1871").Select(p => p.Id).SingleAsync());
        var keAdmin = await fixture.SendAsync<ChangePengguna.Handler, Jawaban<string>>(h => h.HandleAsync(pimpinan, new ChangePengguna.Command(adminId, false, null), default));
        Assert.Equal(JenisKegagalan.Ditolak, keAdmin.Jenis);
        var diriSendiri = await fixture.SendAsync<ChangePengguna.Handler, Jawaban<string>>(h => h.HandleAsync(pimpinan, new ChangePengguna.Command(pimpinan.PenggunaId, false, null), default));
        Assert.Equal(JenisKegagalan.Ditolak, diriSendiri.Jenis);
        var jejak = await fixture.ExecuteDbContextAsync(db => db.JejakAudits.Where(a => a.Entitas == "Pengguna" && a.KunciEntitas == id.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.Aksi == Sakip.App.Entities.AksiAudit.Ubah).Select(a => a.Perubahan).ToListAsync());
        Assert.Contains(jejak, j => j.Contains("Aktif", StringComparison.Ordinal));
        Assert.DoesNotContain(jejak, j => j.Contains("AQAAAA", StringComparison.Ordinal));
    }
}
