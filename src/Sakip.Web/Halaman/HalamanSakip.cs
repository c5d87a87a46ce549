using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.App;
using Sakip.App.Keamanan;
using Sakip.Web.Keamanan;

namespace Sakip.Web.Halaman;

/// <summary>
/// The base of every signed-in page: the user as handlers take it, and the one way a page turns
/// a use case's <see cref="Jawaban{T}"/> into a response. A query that fails answers with its
/// status (404, 403, 422) and its message on the page; a command that fails shows the form again
/// with the field errors beside their fields and the message in the error summary (422, or 403,
/// 404, 409); a command that succeeds redirects (Post-Redirect-Get) with a message.
/// </summary>
public abstract class HalamanSakip : PageModel
{
    /// <summary>The signed-in user. Every page but sign-in requires one (the fallback policy), and the session check has loaded it.</summary>
    public AksesPengguna Pelaku => SesiSakip.Akses(HttpContext)
        ?? throw new InvalidOperationException("A signed-in page was reached without the user's access; the fallback authorization policy should have refused it.");

    /// <summary>The message of a failed use case, shown in the error summary.</summary>
    public string? Kesalahan { get; protected set; }

    /// <summary>The field errors of the last refused command, in the order the use case found them.</summary>
    public IReadOnlyList<Kesalahan> KesalahanIsian { get; private set; } = [];

    /// <summary>
    /// The page was opened without naming a year and the satker has nothing for the year it
    /// opened on: an empty state shown as information (200), not a missing page; a year named in
    /// the address that has nothing stays a 404.
    /// </summary>
    public bool Kosong { get; private set; }

    /// <summary>Turns a 404 of a page opened on its default year into the empty state (<see cref="Kosong"/>).</summary>
    protected void KosongBilaTahunBawaan(bool tahunDiminta)
    {
        if (!tahunDiminta && Kesalahan is not null && Response.StatusCode == StatusCodes.Status404NotFound)
        {
            Response.StatusCode = StatusCodes.Status200OK;
            Kosong = true;
        }
    }

    /// <summary>
    /// Answers with a document (<see cref="App.Dokumen.BerkasDokumen"/>) as a download, or, when it
    /// was refused, with the page again showing why (its status and message).
    /// </summary>
    protected async Task<IActionResult> UnduhAtauTampilkanAsync(Jawaban<App.Dokumen.BerkasDokumen> jawaban, Func<Task<IActionResult>> tampil)
    {
        if (jawaban.Nilai is { } berkas)
        {
            return File(berkas.Isi, berkas.JenisKonten, berkas.NamaBerkas);
        }

        var halaman = await tampil();
        Tolak(jawaban.Kegagalan!);
        return halaman;
    }

    /// <summary>What the last successful command did, carried over the redirect.</summary>
    [TempData]
    public string? Pesan { get; set; }

    /// <summary>
    /// Shows the answer of the page's query: on success <paramref name="isi"/> keeps the value for
    /// the view; on failure the page answers with the failure's status and message.
    /// </summary>
    protected IActionResult Tampilkan<T>(Jawaban<T> jawaban, Action<T> isi)
    {
        if (jawaban.Berhasil)
        {
            isi(jawaban.Nilai!);
        }
        else
        {
            Tolak(jawaban.Kegagalan!);
        }

        return Page();
    }

    /// <summary>
    /// Finishes a command: on success sets <see cref="Pesan"/> and redirects with
    /// <paramref name="keHalaman"/>; on failure records it (<see cref="Tolak"/>) and shows the page
    /// again through <paramref name="tampilUlang"/>.
    /// </summary>
    protected async Task<IActionResult> SelesaikanAsync<T>(Jawaban<T> jawaban, Func<T, string> pesan, Func<T, IActionResult> keHalaman, Func<Task<IActionResult>> tampilUlang, string? awalanBidang = null)
    {
        if (jawaban.Berhasil)
        {
            Pesan = pesan(jawaban.Nilai!);
            return keHalaman(jawaban.Nilai!);
        }

        var tampil = await tampilUlang();
        Tolak(jawaban.Kegagalan!, awalanBidang);
        return tampil;
    }

    /// <summary>
    /// Records a failure on the page: its status, its message in the summary, and each field error
    /// under its field's name (prefixed with <paramref name="awalanBidang"/> when the form binds the
    /// command under a name).
    /// </summary>
    protected void Tolak(Gagal gagal, string? awalanBidang = null)
    {
        Response.StatusCode = StatusKegagalan.Kode(gagal.Jenis);
        Kesalahan = gagal.Pesan;
        KesalahanIsian = gagal.Kesalahans;
        foreach (var k in gagal.Kesalahans.Where(k => k.Bidang is not null))
        {
            ModelState.AddModelError(awalanBidang is null ? k.Bidang! : $"{awalanBidang}.{k.Bidang}", k.Pesan);
        }
    }

    /// <summary>The message recorded for a field, if any (for views that place it beside a cell).</summary>
    public string? GalatBidang(string bidang, string? awalanBidang = null) =>
        ModelState.TryGetValue(awalanBidang is null ? bidang : $"{awalanBidang}.{bidang}", out var entri) && entri.Errors.Count > 0 ? entri.Errors[0].ErrorMessage : null;

    /// <summary>Whether the form's input was refused on binding (a value that could not be read); then it is shown again with 422.</summary>
    protected bool TidakTerbaca() => !ModelState.IsValid;
}
