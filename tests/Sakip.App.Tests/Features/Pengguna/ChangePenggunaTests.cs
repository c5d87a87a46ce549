using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Pengguna;
using Sakip.App.Keamanan;
using Sakip.Testing;

namespace Sakip.App.Tests.Features.Pengguna;

/// <summary>Deactivating an account and resetting its password, only for accounts the user manages.</summary>
public class ChangePenggunaTests(DatabaseFixture fixture) : PenggunaDemoUji(fixture)
{
    [Fact]
    public async Task Change_DeactivateEndsSessions_ResetSetsANewPassword_OnlyForManagedAccounts()
    {
        var pimpinan = await Akses("pimpinan.1871");
        var buat = await Buat(pimpinan, new() { NamaPengguna = "staf.lupa", NamaLengkap = "Staf Lupa Sandi", KataSandi = "SandiAwalKuat2024", Peran = Peran.Operator, KodeSatker = "1871" });
        var id = buat.Nilai;
        Task<Jawaban<string>> Ubah(AksesPengguna a, bool? aktif, string? sandi) =>
            Fixture.SendAsync<ChangePengguna.Handler, Jawaban<string>>(h => h.HandleAsync(a, new ChangePengguna.Command(id, aktif, sandi), default));
        Task<Jawaban<SignIn.Berhasil>> Masuk(string sandi) =>
            Fixture.SendAsync<SignIn.Handler, Jawaban<SignIn.Berhasil>>(h => h.HandleAsync(new SignIn.Command("staf.lupa", sandi), default));
        var sesi = (await Masuk("SandiAwalKuat2024")).Nilai!;

        Assert.Equal(JenisKegagalan.Ditolak, (await Ubah(await Akses("operator.1871"), false, null)).Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await Ubah(await Akses("pimpinan.18"), false, null)).Jenis);
        Assert.True((await Ubah(pimpinan, false, null)).Berhasil);
        Assert.Null(await Fixture.SendAsync<GetAkses.Handler, AksesPengguna?>(async h => (await h.HandleAsync(new GetAkses.Query(id, sesi.StempelKeamanan, sesi.TokenSesi), default)).Nilai));
        Assert.False((await Masuk("SandiAwalKuat2024")).Berhasil);

        Assert.True((await Ubah(pimpinan, true, null)).Berhasil);
        Assert.StartsWith("Kata sandi baru:", (await Ubah(pimpinan, null, "pendek")).Pesan, StringComparison.Ordinal);
        Assert.True((await Ubah(pimpinan, null, "SandiBaruKuat2025")).Berhasil);
        Assert.False((await Masuk("SandiAwalKuat2024")).Berhasil);
        Assert.True((await Masuk("SandiBaruKuat2025")).Berhasil);

        var adminId = await Fixture.ExecuteDbContextAsync(db => db.Set<Sakip.App.Entities.Pengguna>().Where(p => p.NamaPengguna == "admin.1871").Select(p => p.Id).SingleAsync());
        var keAdmin = await Fixture.SendAsync<ChangePengguna.Handler, Jawaban<string>>(h => h.HandleAsync(pimpinan, new ChangePengguna.Command(adminId, false, null), default));
        Assert.Equal(JenisKegagalan.Ditolak, keAdmin.Jenis);
        var diriSendiri = await Fixture.SendAsync<ChangePengguna.Handler, Jawaban<string>>(h => h.HandleAsync(pimpinan, new ChangePengguna.Command(pimpinan.PenggunaId, false, null), default));
        Assert.Equal(JenisKegagalan.Ditolak, diriSendiri.Jenis);
        var jejak = await Fixture.ExecuteDbContextAsync(db => db.JejakAudits.Where(a => a.Entitas == "Pengguna" && a.KunciEntitas == id.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.Aksi == Sakip.App.Entities.AksiAudit.Ubah).Select(a => a.Perubahan).ToListAsync());
        Assert.Contains(jejak, j => j.Contains("Aktif", StringComparison.Ordinal));
        Assert.DoesNotContain(jejak, j => j.Contains("AQAAAA", StringComparison.Ordinal));
    }
}
