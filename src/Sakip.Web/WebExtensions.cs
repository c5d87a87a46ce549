using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Sakip.App.Audit;
using Sakip.App.Data;
using Sakip.App.Features.Database;
using Sakip.App.Features.Demo;
using Sakip.Web.Halaman;
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

            // Pages bind the use cases' Commands; a handler checks its own input and answers with
            // field errors, so a non-nullable string is not implicitly required on binding.
            o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
        });
        services.AddHttpContextAccessor();
        services.AddScoped<BawaanHalaman>();
        services.AddHostedService<Latar.TugasLatar>();
        services.AddSingleton<PembatasMasuk>();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((o, config) =>
        {
            // Behind a TLS proxy (nginx ...): the client's address and scheme come from the proxy's
            // X-Forwarded-For and X-Forwarded-Proto, trusted only from loopback and the addresses in
            // Sakip:ProxyTepercaya. The scheme makes cookies Secure and turns HSTS on.
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var alamat in (config["Sakip:ProxyTepercaya"] ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                o.KnownProxies.Add(System.Net.IPAddress.Parse(alamat));
            }
        });
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o =>
        {
            // No form field of Sakip is longer than a long analysis; a page pasted whole is refused.
            o.ValueLengthLimit = BatasKiriman.PanjangIsianMaksimum;
            o.ValueCountLimit = 2048;
        });
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
        app.UseForwardedHeaders();
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
            // A urlencoded form is read here first, so a value the form reader refuses (longer than
            // BatasKiriman.PanjangIsianMaksimum, or with a NUL character) gets a message that says
            // so, instead of a failed antiforgery check. Uploads (multipart) are read by their page.
            if (HttpMethods.IsPost(context.Request.Method) && context.Features.Get<IStatusCodeReExecuteFeature>() is null && context.Request.HasFormContentType
                && context.Request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
            {
                try
                {
                    await context.Request.ReadFormAsync(context.RequestAborted);
                }
                catch (InvalidDataException e)
                {
                    var terlaluPanjang = e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase);
                    context.Items[SaringMasukan.KunciPesan] = terlaluPanjang
                        ? $"Isian terlalu panjang: setiap isian paling panjang {Sakip.Domain.Bilangan.FormatIndonesia.AngkaRingkas(BatasKiriman.PanjangIsianMaksimum)} karakter. Perpendek lalu kirim lagi."
                        : "Isian memuat karakter yang tidak sah (misalnya karakter NUL). Hapus karakter itu lalu kirim lagi.";
                    context.Response.StatusCode = terlaluPanjang ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
                    return;
                }
            }

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
    /// <c>Sakip:DemoData</c>; both on in Development, so <c>dotnet run</c> just works), then checks
    /// that the database is migrated and writable. Production applies migrations with
    /// <c>sakip db migrate</c>; false (with the reason logged) when the app must not start.
    /// </summary>
    public static async Task<bool> PrepareDatabaseAsync(this WebApplication app)
    {
        var config = app.Configuration;
        var migrate = config.GetValue("Sakip:AutoMigrate", app.Environment.IsDevelopment());
        var demo = config.GetValue("Sakip:DemoData", app.Environment.IsDevelopment());
        await using var scope = app.Services.CreateAsyncScope();
        if (migrate)
        {
            await scope.ServiceProvider.GetRequiredService<SakipDbContext>().Database.MigrateAsync();
        }

        if ((await scope.ServiceProvider.GetRequiredService<CheckDatabase.Handler>().HandleAsync(new CheckDatabase.Query(), default)).Nilai?.Masalah is { } masalah)
        {
            app.Logger.LogCritical("Sakip tidak dapat dimulai: {Masalah}", masalah);
            return false;
        }

        if (demo)
        {
            var hasil = (await scope.ServiceProvider.GetRequiredService<LoadDemo.Handler>()
                .HandleAsync(new LoadDemo.Command(config["SAKIP_DEMO_PASSWORD"]), default)).Nilai!;
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

        return true;
    }
}
