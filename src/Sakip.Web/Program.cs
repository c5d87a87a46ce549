using Sakip.App;
using Sakip.Web;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSakipApp(builder.Configuration).AddSakipWeb();

var app = builder.Build();
if (!await app.PrepareDatabaseAsync())
{
    return 1;
}

app.UseSakipWeb();
app.MapRazorPages();
await app.RunAsync();
return 0;

/// <summary>Exposed to the test host (WebApplicationFactory).</summary>
public partial class Program;
