using Microsoft.EntityFrameworkCore;
using Sakip.App;
using Sakip.App.Data;
using Sakip.App.Features.Capaian;
using Sakip.App.Features.Pemberitahuan;
using Sakip.App.Features.Perjanjian;
using Sakip.App.Keamanan;

namespace Sakip.Web.Latar;

/// <summary>
/// The web app's background work, each round a system use case in its own scope: the mail sender
/// (every <c>Sakip:Smtp:SelangDetik</c> seconds, 30 by default, when SMTP is configured) and the
/// deadline watch (<see cref="NotifyTerlambat"/>, a minute after start and then every six hours;
/// it tells each reader once, so running it often costs nothing but a query), and the warm-up of
/// the oversight rows of the whole tree (<see cref="ListPengawasan"/>, kept per satker-day: a few
/// seconds for the nation), run after start and just after each midnight in WIB so that no user
/// pays for it. All are switched
/// off with <c>Sakip:TugasLatar=false</c> (the test host drives them by hand).
/// </summary>
public sealed class TugasLatar(IServiceScopeFactory scopes, PengaturanSurel surel, IConfiguration config, ILogger<TugasLatar> log, TimeProvider clock) : BackgroundService
{
    private static readonly TimeSpan SelangTenggat = TimeSpan.FromHours(6);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!config.GetValue("Sakip:TugasLatar", true))
        {
            return;
        }

        var selangSurat = TimeSpan.FromSeconds(Math.Max(5, config.GetValue("Sakip:Smtp:SelangDetik", 30)));
        var tenggatBerikut = clock.GetUtcNow().AddMinutes(1);
        var hangatBerikut = clock.GetUtcNow().AddSeconds(5);
        while (!stoppingToken.IsCancellationRequested)
        {
            if (surel.Aktif)
            {
                await JalankanAsync<SendSurat.Handler>((h, ct) => h.HandleAsync(new SendSurat.Command(), ct), stoppingToken);
            }

            if (clock.GetUtcNow() >= tenggatBerikut)
            {
                await JalankanAsync<NotifyTerlambat.Handler>((h, ct) => h.HandleAsync(new NotifyTerlambat.Command(), ct), stoppingToken);
                tenggatBerikut = clock.GetUtcNow().Add(SelangTenggat);
            }

            if (clock.GetUtcNow() >= hangatBerikut)
            {
                await HangatkanAsync(stoppingToken);
                var besok = WaktuIndonesia.HariIni(clock).AddDays(1).ToDateTime(new TimeOnly(0, 1));
                hangatBerikut = new DateTimeOffset(besok, TimeSpan.FromHours(7));
            }

            try
            {
                await Task.Delay(selangSurat, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Measures the oversight rows of every root of the satker tree for its year in force, as the system (it reads all).</summary>
    private async Task HangatkanAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SakipDbContext>();
            foreach (var kode in await db.Satkers.AsNoTracking().Where(s => s.IndukId == null).Select(s => s.Kode).ToListAsync(ct))
            {
                if ((await scope.ServiceProvider.GetRequiredService<GetTahunBerlaku.Handler>().HandleAsync(AksesPengguna.Sistem, new GetTahunBerlaku.Query(kode), ct)).Nilai is { } tahun)
                {
                    await scope.ServiceProvider.GetRequiredService<ListPengawasan.Handler>().HandleAsync(AksesPengguna.Sistem, new ListPengawasan.Query(kode, tahun.Tahun), ct);
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Pemanasan data pengawasan gagal");
        }
    }

    private async Task JalankanAsync<THandler>(Func<THandler, CancellationToken, Task> jalankan, CancellationToken ct)
        where THandler : notnull
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await jalankan(scope.ServiceProvider.GetRequiredService<THandler>(), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failed round (the database away for a moment) is logged and tried again next round.
            log.LogError(e, "Tugas latar {Tugas} gagal", typeof(THandler).DeclaringType?.Name);
        }
    }
}
