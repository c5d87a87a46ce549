using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Pengguna;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Pengguna;

/// <summary>Signing in: one message for any wrong name or password, every attempt audited, no lockout, passwords only as hashes.</summary>
public class SignInTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const string Sandi = DataUji.KataSandiUji;

    private Task<Jawaban<SignIn.Berhasil>> Masuk(string nama, string sandi) =>
        fixture.SendAsync<SignIn.Handler, Jawaban<SignIn.Berhasil>>(h => h.HandleAsync(new SignIn.Command(nama, sandi), default));

    private async Task<(int Id, string Nama)> AkunAsync(Peran peran = Peran.Operator) => await fixture.AkunAsync(peran, await fixture.SatkerAsync());

    [Fact]
    public async Task RightPassword_SignsIn_CaseInsensitiveName_AndIsAudited()
    {
        var akun = await AkunAsync();

        var hasil = await Masuk($"  {akun.Nama.ToUpperInvariant()} ", Sandi);

        Assert.Equal(akun.Nama, hasil.Pasti().NamaPengguna);
        var jejak = await fixture.ExecuteDbContextAsync(db => db.JejakAudits.Where(a => a.Aksi == AksiAudit.Masuk).ToListAsync());
        Assert.Contains(jejak, j => j.Pelaku == akun.Nama && j.PenggunaId == akun.Id);
    }

    [Fact]
    public async Task WrongPasswordOrUnknownName_SameMessage_BothAudited()
    {
        var akun = await AkunAsync(Peran.Pemantau);

        var salah = await Masuk(akun.Nama, "BukanSandiBenar99");
        var tidakAda = await Masuk("siapa.ini", "BukanSandiBenar99");

        Assert.Equal("Nama pengguna atau kata sandi salah.", salah.Pesan);
        Assert.Equal(salah.Pesan, tidakAda.Pesan);
        var gagal = await fixture.ExecuteDbContextAsync(db => db.JejakAudits.Where(a => a.Aksi == AksiAudit.GagalMasuk).Select(a => a.Pelaku).ToListAsync());
        Assert.Contains(akun.Nama, gagal);
        Assert.Contains("siapa.ini", gagal);
    }

    [Fact]
    public async Task ManyFailures_NeverLockTheAccount_TheRightPasswordStillWorks()
    {
        var akun = await AkunAsync(Peran.Evaluator);
        for (var i = 1; i <= 8; i++)
        {
            Assert.Equal(SignIn.PesanSalah, (await Masuk(akun.Nama, "SalahLagiDanLagi" + i)).Pesan);
        }

        var benar = await Masuk(akun.Nama, Sandi);

        Assert.True(benar.Berhasil, benar.Pesan);
    }

    [Fact]
    public async Task InactiveAccount_AnswersAsAWrongPassword()
    {
        var akun = await AkunAsync(Peran.Pemantau);
        await fixture.ExecuteDbContextAsync(async db =>
        {
            var p = await db.Set<Entities.Pengguna>().SingleAsync(x => x.Id == akun.Id);
            p.Aktif = false;
            return await db.SaveChangesAsync();
        });

        Assert.Equal(SignIn.PesanSalah, (await Masuk(akun.Nama, Sandi)).Pesan);
    }

    [Fact]
    public async Task AHugeUserName_IsNotLookedUp_AndIsAuditedCut()
    {
        var nama = new string('a', 3 * 1024 * 1024);

        var hasil = await Masuk(nama, "BukanSandiBenar99");

        Assert.Equal(SignIn.PesanSalah, hasil.Pesan);
        var terpanjang = await fixture.ExecuteDbContextAsync(db => db.JejakAudits.Where(a => a.Aksi == AksiAudit.GagalMasuk).MaxAsync(a => a.Pelaku.Length + a.KunciEntitas.Length + a.Perubahan.Length));
        Assert.True(terpanjang < 400, $"an audit row of {terpanjang} characters");
    }

    [Fact]
    public async Task Passwords_AreStoredOnlyAsHashes_AndNeverInTheAudit()
    {
        var satker = await fixture.SatkerAsync();
        var admin = await fixture.PelakuAsync(Peran.Administrator, satker);
        const string SandiBaru = "SandiRahasiaSekali2031";
        (await fixture.SendAsync<CreatePengguna.Handler, Jawaban<int>>(h => h.HandleAsync(admin, new CreatePengguna.Command { NamaPengguna = $"rahasia.{DataUji.Nomor()}", NamaLengkap = "Rahasia", KataSandi = SandiBaru, Peran = Peran.Operator, KodeSatker = satker.Kode }, default))).Pasti();

        var pengguna = await fixture.ExecuteDbContextAsync(db => db.Set<Entities.Pengguna>().ToListAsync());
        var audit = await fixture.ExecuteDbContextAsync(db => db.JejakAudits.Select(a => a.Perubahan).ToListAsync());

        Assert.All(pengguna, p => Assert.DoesNotContain(SandiBaru, p.HashKataSandi, StringComparison.Ordinal));
        Assert.All(audit, a => Assert.DoesNotContain(SandiBaru, a, StringComparison.Ordinal));
        Assert.Contains(audit, a => a.Contains("\"HashKataSandi\":{\"lama\":null,\"baru\":\"***\"}", StringComparison.Ordinal));
    }
}
