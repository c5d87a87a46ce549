using Sakip.App.Features.Pemberitahuan;

namespace Sakip.Web.Latar;

/// <summary>
/// The web app's background work, each round a system use case in its own scope: the mail sender
/// (every <c>Sakip:Smtp:SelangDetik</c> seconds, 30 by default, when SMTP is configured) and the
/// deadline watch (<see cref="NotifyTerlambat"/>, a minute after start and then every six hours;
/// it tells each reader once, so running it often costs nothing but a query). Both are switched
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
