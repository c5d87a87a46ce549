using Sakip.App;
using Sakip.Web;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSakipApp(builder.Configuration).AddSakipWeb();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseSakipWeb();
app.MapRazorPages();
app.Run();

/// <summary>Exposed to the test host (WebApplicationFactory).</summary>
public partial class Program;
