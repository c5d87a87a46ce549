using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Pengguna;
using Sakip.Testing;

namespace Sakip.App.Tests.Features.Pengguna;

public class SignInTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private const string Sandi = DatabaseFixture.KataSandiDemo;

    public async Task InitializeAsync() => await fixture.MuatDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<Jawaban<SignIn.Berhasil>> Masuk(string nama, string sandi) =>
        fixture.SendAsync<SignIn.Handler, Jawaban<SignIn.Berhasil>>(h => h.HandleAsync(new SignIn.Command(nama, sandi), default));

    [Fact]
    public async Task RightPassword_SignsIn_CaseInsensitiveName_AndIsAudited()
    {
        var hasil = await Masuk("  Operator.1871 ", Sandi);

        Assert.True(hasil.Berhasil, hasil.Pesan);
        Assert.Equal("operator.1871", hasil.Nilai!.NamaPengguna);
        var jejak = await fixture.ExecuteDbContextAsync(db => db.JejakAudits.Where(a => a.Aksi == AksiAudit.Masuk).ToListAsync());
        Assert.Contains(jejak, j => j.Pelaku == "operator.1871" && j.PenggunaId == hasil.Nilai.PenggunaId);
    }

    [Fact]
    public async Task WrongPasswordOrUnknownName_SameMessage_BothAudited()
    {
        var salah = await Masuk("pemantau.1871", "BukanSandiBenar99");
        var tidakAda = await Masuk("siapa.ini", "BukanSandiBenar99");

        Assert.Equal("Nama pengguna atau kata sandi salah.", salah.Pesan);
        Assert.Equal(salah.Pesan, tidakAda.Pesan);
        var gagal = await fixture.ExecuteDbContextAsync(db => db.JejakAudits.Where(a => a.Aksi == AksiAudit.GagalMasuk).Select(a => a.Pelaku).ToListAsync());
        Assert.Contains("pemantau.1871", gagal);
        Assert.Contains("siapa.ini", gagal);
    }

    [Fact]
    public async Task ManyFailures_NeverLockTheAccount_TheRightPasswordStillWorks()
    {
        for (var i = 1; i <= 8; i++)
        {
            Assert.Equal(SignIn.PesanSalah, (await Masuk("evaluator.1871", "SalahLagiDanLagi" + i)).Pesan);
        }

        var benar = await Masuk("evaluator.1871", Sandi);

        Assert.True(benar.Berhasil, benar.Pesan);
    }

    [Fact]
    public async Task InactiveAccount_AnswersAsAWrongPassword()
    {
        await fixture.ExecuteDbContextAsync(async db =>
        {
            var p = await db.Set<Entities.Pengguna>().SingleAsync(x => x.NamaPengguna == "pemantau.1871");
            p.Aktif = false;
            return await db.SaveChangesAsync();
        });

        Assert.Equal(SignIn.PesanSalah, (await Masuk("pemantau.1871", Sandi)).Pesan);
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
        var pengguna = await fixture.ExecuteDbContextAsync(db => db.Set<Entities.Pengguna>().ToListAsync());
        var audit = await fixture.ExecuteDbContextAsync(db => db.JejakAudits.Select(a => a.Perubahan).ToListAsync());

        Assert.All(pengguna, p => Assert.DoesNotContain(Sandi, p.HashKataSandi, StringComparison.Ordinal));
        Assert.All(audit, a => Assert.DoesNotContain(Sandi, a, StringComparison.Ordinal));
        Assert.Contains(audit, a => a.Contains("\"HashKataSandi\":{\"lama\":null,\"baru\":\"***\"}", StringComparison.Ordinal));
    }
}
