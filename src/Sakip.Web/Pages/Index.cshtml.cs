using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Sakip.Web.Pages;

/// <summary>The home page is the measurement dashboard.</summary>
public class IndexModel : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Capaian/Index");
}
