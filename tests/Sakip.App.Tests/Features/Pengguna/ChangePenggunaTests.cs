using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Pengguna;
using Sakip.App.Keamanan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Pengguna;

/// <summary>Deactivating an account and resetting its password, only for accounts the user manages.</summary>
public class ChangePenggunaTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Change_DeactivateEndsSessions_ResetSetsANewPassword_OnlyForManagedAccounts()
    {
        var provinsi = await fixture.SatkerAsync(tingkat: TingkatSatker.Provinsi);
        var satker = await fixture.SatkerAsync(provinsi);
        var pimpinan = await fixture.PelakuAsync(Peran.Pimpinan, satker);
        var staf = await fixture.AkunAsync(Peran.Operator, satker);
        var admin = await fixture.AkunAsync(Peran.Administrator, satker);
        Task<Jawaban<string>> Ubah(AksesPengguna a, int id, bool? aktif, string? sandi) =>
            fixture.SendAsync<ChangePengguna.Handler, Jawaban<string>>(h => h.HandleAsync(a, new ChangePengguna.Command(id, aktif, sandi), default));
        Task<Jawaban<SignIn.Berhasil>> Masuk(string sandi) =>
            fixture.SendAsync<SignIn.Handler, Jawaban<SignIn.Berhasil>>(h => h.HandleAsync(new SignIn.Command(staf.Nama, sandi), default));
        var sesi = (await Masuk(DataUji.KataSandiUji)).Pasti();

        Assert.Equal(JenisKegagalan.Ditolak, (await Ubah(await fixture.PelakuAsync(Peran.Operator, satker), staf.Id, false, null)).Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await Ubah(await fixture.PelakuAsync(Peran.Pimpinan, provinsi, termasukTurunan: true), staf.Id, false, null)).Jenis);
        Assert.True((await Ubah(pimpinan, staf.Id, false, null)).Berhasil);
        Assert.False((await fixture.SendAsync<GetAkses.Handler, Jawaban<AksesPengguna>>(h => h.HandleAsync(new GetAkses.Query(staf.Id, sesi.StempelKeamanan, sesi.TokenSesi), default))).Berhasil);
        Assert.False((await Masuk(DataUji.KataSandiUji)).Berhasil);

        Assert.True((await Ubah(pimpinan, staf.Id, true, null)).Berhasil);
        Assert.StartsWith("Kata sandi baru:", (await Ubah(pimpinan, staf.Id, null, "pendek")).Pesan, StringComparison.Ordinal);
        Assert.True((await Ubah(pimpinan, staf.Id, null, "SandiBaruKuat2025")).Berhasil);
        Assert.False((await Masuk(DataUji.KataSandiUji)).Berhasil);
        Assert.True((await Masuk("SandiBaruKuat2025")).Berhasil);

        Assert.Equal(JenisKegagalan.Ditolak, (await Ubah(pimpinan, admin.Id, false, null)).Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await Ubah(pimpinan, pimpinan.PenggunaId, false, null)).Jenis);
        var kunci = staf.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var jejak = await fixture.ExecuteDbContextAsync(db => db.JejakAudits.Where(a => a.Entitas == "Pengguna" && a.KunciEntitas == kunci && a.Aksi == AksiAudit.Ubah).Select(a => a.Perubahan).ToListAsync());
        Assert.Contains(jejak, j => j.Contains("Aktif", StringComparison.Ordinal));
        Assert.DoesNotContain(jejak, j => j.Contains("AQAAAA", StringComparison.Ordinal));
    }
}
