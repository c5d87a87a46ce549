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

    private Task<Result<SignIn.Berhasil>> Masuk(string nama, string sandi) =>
        fixture.SendAsync<SignIn.Handler, Result<SignIn.Berhasil>>(h => h.HandleAsync(new SignIn.Command(nama, sandi), default));

    [Fact]
    public async Task RightPassword_SignsIn_CaseInsensitiveName_AndIsAudited()
    {
        var hasil = await Masuk("  Operator.1871 ", Sandi);

        Assert.True(hasil.IsSuccess, hasil.Error);
        Assert.Equal("operator.1871", hasil.Value!.NamaPengguna);
        var jejak = await fixture.ExecuteDbContextAsync(db => db.JejakAudits.Where(a => a.Aksi == AksiAudit.Masuk).ToListAsync());
        Assert.Contains(jejak, j => j.Pelaku == "operator.1871" && j.PenggunaId == hasil.Value.PenggunaId);
    }

    [Fact]
    public async Task WrongPasswordOrUnknownName_SameMessage_BothAudited()
    {
        var salah = await Masuk("pemantau.1871", "BukanSandiBenar99");
        var tidakAda = await Masuk("siapa.ini", "BukanSandiBenar99");

        Assert.Equal("Nama pengguna atau kata sandi salah.", salah.Error);
        Assert.Equal(salah.Error, tidakAda.Error);
        var gagal = await fixture.ExecuteDbContextAsync(db => db.JejakAudits.Where(a => a.Aksi == AksiAudit.GagalMasuk).Select(a => a.Pelaku).ToListAsync());
        Assert.Contains("pemantau.1871", gagal);
        Assert.Contains("siapa.ini", gagal);
    }

    [Fact]
    public async Task FiveFailures_LockFor15Minutes_ThenTheRightPasswordWorksAgain()
    {
        for (var i = 1; i <= SignIn.BatasGagal; i++)
        {
            var r = await Masuk("evaluator.1871", "SalahLagiDanLagi" + i);
            Assert.Contains(i < SignIn.BatasGagal ? "salah" : "terkunci", r.Error, StringComparison.Ordinal);
        }

        Assert.Contains("Akun terkunci", (await Masuk("evaluator.1871", Sandi)).Error, StringComparison.Ordinal);

        fixture.Clock.Advance(SignIn.LamaKunci + TimeSpan.FromSeconds(1));
        var setelah = await Masuk("evaluator.1871", Sandi);

        Assert.True(setelah.IsSuccess, setelah.Error);
        var pengguna = await fixture.ExecuteDbContextAsync(db => db.Set<Entities.Pengguna>().SingleAsync(p => p.NamaPengguna == "evaluator.1871"));
        Assert.Equal(0, pengguna.GagalMasuk);
        Assert.Null(pengguna.TerkunciSampai);
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
