using Sakip.App.Entities;
using Sakip.App.Features.Pengguna;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Pengguna;

/// <summary>A user changes their own password: the current one asked again, the rules, and the other sessions ended.</summary>
public class ChangeKataSandiTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task TheCurrentPasswordIsAskedAgain_EveryWrongFieldIsNamed_AndTheNewOneSignsIn()
    {
        var satker = await fixture.SatkerAsync();
        var admin = await fixture.PelakuAsync(Peran.Administrator, satker);
        var nama = $"staf.{DataUji.Nomor()}";
        var id = (await fixture.SendAsync<CreatePengguna.Handler, Jawaban<int>>(h => h.HandleAsync(admin, new CreatePengguna.Command { NamaPengguna = nama, NamaLengkap = "Staf", KataSandi = "SandiAwalKuat2024", Peran = Peran.Operator, KodeSatker = satker.Kode }, default))).Pasti();
        var pelaku = await fixture.AksesDariAsync(id);
        Task<Jawaban<SignIn.Berhasil>> Ganti(string? lama, string? baru, string? ulangi) =>
            fixture.SendAsync<ChangeKataSandi.Handler, Jawaban<SignIn.Berhasil>>(h => h.HandleAsync(pelaku, new(lama, baru, ulangi, "token-sesi"), default));

        Assert.Equal("KataSandiLama", Assert.Single((await Ganti("salah", "SandiBaruKuat2025", "SandiBaruKuat2025")).Kesalahans).Bidang);
        var salah = await Ganti("SandiAwalKuat2024", "pendek", "lain");
        Assert.Contains(salah.Kesalahans, k => k.Bidang == "KataSandiBaru");
        Assert.Contains(salah.Kesalahans, k => k.Bidang == "Ulangi");

        var sesi = (await Ganti("SandiAwalKuat2024", "SandiBaruKuat2025", "SandiBaruKuat2025")).Pasti();
        Assert.Equal("token-sesi", sesi.TokenSesi);
        Assert.True((await fixture.SendAsync<SignIn.Handler, Jawaban<SignIn.Berhasil>>(h => h.HandleAsync(new SignIn.Command(nama, "SandiBaruKuat2025"), default))).Berhasil);
        Assert.False((await fixture.SendAsync<SignIn.Handler, Jawaban<SignIn.Berhasil>>(h => h.HandleAsync(new SignIn.Command(nama, "SandiAwalKuat2024"), default))).Berhasil);
    }
}
