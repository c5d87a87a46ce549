using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sakip.App.Features.Laporan;
using Sakip.Web.Halaman;

namespace Sakip.Web.Pages.Publik;

/// <summary>
/// The public page of a satker-year, open without signing in: the published Laporan Kinerja with
/// its frozen files and their SHA-256, the signed Perjanjian Kinerja, and the Renstra in force. It
/// holds no user data and nothing unpublished, so browsers and proxies may keep it for a few
/// minutes; a published file never changes, so it may be kept for good. An adapter over
/// <see cref="ListPublikasi"/> and <see cref="GetBerkasPublik"/>.
/// </summary>
[AllowAnonymous]
public class IndexModel(ListPublikasi.Handler list) : HalamanSakip
{
    [BindProperty(SupportsGet = true)]
    public string Kode { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public int Tahun { get; set; }

    public ListPublikasi.Hasil? Data { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var halaman = Tampilkan(await list.HandleAsync(new ListPublikasi.Query(Kode, Tahun), ct), d => Data = d);
        if (Data is not null)
        {
            Response.Headers.CacheControl = "public, max-age=300";
        }

        return halaman;
    }

    /// <summary>A published file: a LKjIP version's frozen file, or a signed PK version.</summary>
    public async Task<IActionResult> OnGetBerkasAsync([FromServices] GetBerkasPublik.Handler berkas, string? jenis, int nomor, string? format, CancellationToken ct)
    {
        var jawaban = await berkas.HandleAsync(new GetBerkasPublik.Query(Kode, Tahun, jenis, nomor, format), ct);
        if (jawaban.Nilai is { } b)
        {
            Response.Headers.CacheControl = jenis == "lkjip" ? "public, max-age=31536000, immutable" : "public, max-age=3600";
        }

        return await UnduhAtauTampilkanAsync(jawaban, () => Task.FromResult<IActionResult>(Page()));
    }
}
