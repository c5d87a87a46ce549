using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Sakip.App.Audit;
using Sakip.App.Data;
using Sakip.App.Features.Demo;
using Sakip.Web.Keamanan;

namespace Sakip.Web;

/// <summary>Hosting of the web app: Razor Pages, security headers, and database preparation.</summary>
public static class WebExtensions
{
    public static IServiceCollection AddSakipWeb(this IServiceCollection services)
    {
        services.AddRazorPages().AddMvcOptions(o =>
        {
            o.Filters.Add<SaringMasukan>();
            PesanIkatan.Terapkan(o.ModelBindingMessageProvider);
        });
        services.AddHttpContextAccessor();
        services.AddSingleton<PembatasMasuk>();
        services.AddScoped<IPelakuAudit, PelakuWeb>();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.LoginPath = "/Masuk";
            o.LogoutPath = "/Keluar";
            o.ReturnUrlParameter = "kembali";
            o.Cookie.Name = "sakip.sesi";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = SesiSakip.BatasDiam;
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = SesiSakip.ValidasiAsync;

            // A refusal is a 403 with the error page's explanation, not a redirect.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        // Every page requires a signed-in user unless it says [AllowAnonymous].
        services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "sakip.af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        return services;
    }

    public static WebApplication UseSakipWeb(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }

        var indonesia = new CultureInfo("id-ID");
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(indonesia),
            SupportedCultures = [indonesia],
            SupportedUICultures = [indonesia],
        });
        app.Use(async (context, next) =>
        {
            var stopwatch = Stopwatch.StartNew();
            context.Response.OnStarting(() =>
            {
                var h = context.Response.Headers;
                h.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
                h.XContentTypeOptions = "nosniff";
                h.XFrameOptions = "DENY";
                h["Referrer-Policy"] = "same-origin";
                h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                h["Server-Timing"] = "app;dur=" + stopwatch.Elapsed.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            });
            await next();
        });
        app.UseStatusCodePagesWithReExecute("/Error", "?kode={0}");
        app.Use(async (context, next) =>
        {
            // Races and a database that refuses writes are answered, not crashed on: the loser of a
            // race gets 409 and the error page says to reload; a read-only database gets 503.
            try
            {
                await next();
            }
            catch (Exception e) when (!context.Response.HasStarted && (e is DbUpdateConcurrencyException || (e is DbUpdateException u && u.MelanggarKeunikan())))
            {
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status409Conflict;
            }
            catch (Exception e) when (!context.Response.HasStarted && GalatBasisData.TidakDapatDitulis(e))
            {
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Sakip.Web").LogError(e, "Basis data menolak penulisan");
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            }
        });
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    /// <summary>
    /// Applies migrations and loads the demo data when configured (<c>Sakip:AutoMigrate</c>,
    /// <c>Sakip:DemoData</c>; both on in Development, so <c>dotnet run</c> just works).
    /// Production applies migrations with <c>sakip db migrate</c>.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var config = app.Configuration;
        var migrate = config.GetValue("Sakip:AutoMigrate", app.Environment.IsDevelopment());
        var demo = config.GetValue("Sakip:DemoData", app.Environment.IsDevelopment());
        if (!migrate && !demo)
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SakipDbContext>();
        if (migrate)
        {
            await db.Database.MigrateAsync();
        }

        if (demo)
        {
            var hasil = await scope.ServiceProvider.GetRequiredService<LoadDemo.Handler>()
                .HandleAsync(new LoadDemo.Command(config["SAKIP_DEMO_PASSWORD"]), default);
            if (hasil.Ditambahkan.Count > 0)
            {
                app.Logger.LogInformation("Data demo dimuat: {Jumlah} bagian", hasil.Ditambahkan.Count);
            }

            if (hasil.KataSandiDibuat is { } sandi)
            {
                // Shown once: SAKIP_DEMO_PASSWORD was not set, so a random password was generated.
                app.Logger.LogWarning(
                    "Akun demo ({Akun}) dibuat dengan kata sandi acak: {KataSandi} . Simpan sekarang; kata sandi ini tidak ditampilkan lagi. Atur SAKIP_DEMO_PASSWORD untuk memilih sendiri.",
                    string.Join(", ", LoadDemo.AkunDemo.Select(a => a.Nama)),
                    sandi);
            }
        }
    }
}
