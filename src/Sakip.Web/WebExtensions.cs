using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Features.Demo;

namespace Sakip.Web;

/// <summary>Hosting of the web app: Razor Pages, security headers, and database preparation.</summary>
public static class WebExtensions
{
    public static IServiceCollection AddSakipWeb(this IServiceCollection services)
    {
        services.AddRazorPages();
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
        app.UseStaticFiles();
        app.UseRouting();
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
            var hasil = await scope.ServiceProvider.GetRequiredService<LoadDemo.Handler>().HandleAsync(new LoadDemo.Command(), default);
            if (hasil.Ditambahkan.Count > 0)
            {
                app.Logger.LogInformation("Data demo dimuat: {Jumlah} bagian", hasil.Ditambahkan.Count);
            }
        }
    }
}
