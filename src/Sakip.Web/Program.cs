using Sakip.App;
using Sakip.Web;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSakipApp(builder.Configuration).AddSakipWeb();

var app = builder.Build();
if (!await app.PrepareDatabaseAsync())
{
    // Disposing flushes the console logger's queue, so the reason is always printed before exiting.
    await app.DisposeAsync();
    return 1;
}

app.UseSakipWeb();
app.MapRazorPages();
await app.RunAsync();
return 0;

/// <summary>Exposed to the test host (WebApplicationFactory).</summary>
public partial class Program;
