using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Sakip.App.Features.Pemberitahuan;
using Sakip.Web.Keamanan;

namespace Sakip.Web.Komponen;

/// <summary>The menu's link to the notifications, with the unread count (over <see cref="CountPemberitahuan"/>).</summary>
public sealed class MenuPemberitahuanViewComponent(CountPemberitahuan.Handler count) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var jumlah = SesiSakip.Akses(HttpContext) is { } pelaku
            ? (await count.HandleAsync(pelaku, new CountPemberitahuan.Query(), HttpContext.RequestAborted)).Nilai
            : 0;
        return new HtmlContentViewComponentResult(new Microsoft.AspNetCore.Html.HtmlContentBuilder()
            .AppendHtml("<a href=\"/Pemberitahuan\">Pemberitahuan")
            .AppendHtml(jumlah > 0 ? $" <span class=\"jumlah-baru\">{jumlah}<span class=\"tersembunyi\"> belum dibaca</span></span>" : string.Empty)
            .AppendHtml("</a>"));
    }
}
