using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;

namespace Sakip.Web.Tests.Journeys;

/// <summary>
/// The app served by Kestrel on 127.0.0.1 and Debian's Chromium driven by Playwright. A missing
/// browser is a failure, never a skip: <c>./test.sh</c> installs it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public SakipWebFactory App { get; } = new KestrelFactory();

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium tidak ditemukan di {ChromiumPath}; jalankan ./test.sh (memasang paket chromium).");
        }

        App.UseKestrel();
        App.StartServer();
        BaseUrl = App.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        await App.DisposeAsync();
    }

    /// <summary>Signs in through the form, as a person would.</summary>
    public async Task MasukAsync(IPage page, string namaPengguna)
    {
        await page.GotoAsync(BaseUrl + "/Masuk");
        await page.GetByLabel("Nama pengguna").FillAsync(namaPengguna);
        await page.GetByLabel("Kata sandi").FillAsync(SakipWebFactory.KataSandiDemo);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();

        // Polls instead of waiting for a navigation event, which can complete before a wait starts.
        await Assertions.Expect(page.Locator(".keluar .pengguna")).ToContainTextAsync("(" + namaPengguna + ")");
    }

    /// <summary>Runs a journey in a fresh page; on failure a full-page screenshot is kept under TestResults/screenshots.</summary>
    public async Task RunAsync(string name, Func<IPage, Task> journey)
    {
        var page = await Browser.NewPageAsync(new() { Locale = "id-ID", ViewportSize = new() { Width = 1280, Height = 900 } });
        try
        {
            await journey(page);
        }
        catch
        {
            var dir = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
            Directory.CreateDirectory(dir);
            await page.ScreenshotAsync(new() { Path = Path.Combine(dir, name + ".png"), FullPage = true });
            throw;
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private sealed class KestrelFactory : SakipWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseUrls("http://127.0.0.1:0");
        }
    }
}
