using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Features.Pemberitahuan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Pemberitahuan;

/// <summary>The mail sender: due messages go out once; a failure waits longer each time and is given up after the last attempt.</summary>
public class SendSuratTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private async Task<SendSurat.Hasil> KirimAsync(IPengirimSurel pengirim)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var handler = new SendSurat.Handler(scope.ServiceProvider.GetRequiredService<SakipDbContext>(), pengirim, fixture.Clock);
        return (await handler.HandleAsync(new SendSurat.Command(), default)).Pasti();
    }

    private Task<SuratKeluar> BacaAsync(int id) => fixture.ExecuteDbContextAsync(db => db.SuratKeluars.AsNoTracking().SingleAsync(s => s.Id == id));

    private async Task<int> AntreAsync(string kepada)
    {
        var s = new SuratKeluar { Kepada = kepada, Subjek = "[Sakip] Uji", Isi = "Isi uji.", DibuatPada = fixture.Clock.GetUtcNow(), CobaSetelah = fixture.Clock.GetUtcNow().UtcDateTime };
        await fixture.InsertAsync(s);
        return s.Id;
    }

    [Fact]
    public async Task ADueMessage_IsSentOnce_OverSmtp()
    {
        await using var smtp = new PendengarSmtp();
        var pengaturan = new PengaturanSurel("127.0.0.1", smtp.Port, "None", null, null, "sakip@kpu.go.id", "http://localhost");
        var id = await AntreAsync("operator@kpu.go.id");

        Assert.Equal(new SendSurat.Hasil(1, 0), await KirimAsync(new PengirimSmtp(pengaturan)));
        Assert.Equal(new SendSurat.Hasil(0, 0), await KirimAsync(new PengirimSmtp(pengaturan)));
        var terkirim = await BacaAsync(id);
        Assert.Equal((1, false, (string?)null), (terkirim.Percobaan, terkirim.Menyerah, terkirim.GalatTerakhir));
        Assert.NotNull(terkirim.TerkirimPada);
        var surat = Assert.Single(await smtp.TungguAsync(1));
        Assert.Equal(["operator@kpu.go.id"], surat.Kepada);
    }

    [Fact]
    public async Task AnUnreachableServer_BacksOffDoubling_ThenGivesUp()
    {
        // A port nobody listens on: the connection is refused.
        var kosong = new TcpListener(IPAddress.Loopback, 0);
        kosong.Start();
        var port = ((IPEndPoint)kosong.LocalEndpoint).Port;
        kosong.Stop();
        var pengirim = new PengirimSmtp(new PengaturanSurel("127.0.0.1", port, "None", null, null, "sakip@kpu.go.id", "http://localhost"));
        var id = await AntreAsync("pimpinan@kpu.go.id");
        var mulai = fixture.Clock.GetUtcNow().UtcDateTime;

        Assert.Equal(new SendSurat.Hasil(0, 1), await KirimAsync(pengirim));
        var gagal = await BacaAsync(id);
        Assert.Equal((1, false), (gagal.Percobaan, gagal.Menyerah));
        Assert.False(string.IsNullOrEmpty(gagal.GalatTerakhir));
        Assert.Equal(mulai.AddMinutes(1), gagal.CobaSetelah);

        // Not tried again before its time.
        Assert.Equal(new SendSurat.Hasil(0, 0), await KirimAsync(pengirim));

        var tunggu = new[] { 1, 2, 4, 8 };
        for (var i = 0; i < tunggu.Length; i++)
        {
            fixture.Clock.Advance(TimeSpan.FromMinutes(tunggu[i]));
            Assert.Equal(new SendSurat.Hasil(0, 1), await KirimAsync(pengirim));
        }

        var menyerah = await BacaAsync(id);
        Assert.Equal((PengaturanSurel.PercobaanMaksimum, true, (DateTimeOffset?)null), (menyerah.Percobaan, menyerah.Menyerah, menyerah.TerkirimPada));
        fixture.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(new SendSurat.Hasil(0, 0), await KirimAsync(pengirim));
    }
}
