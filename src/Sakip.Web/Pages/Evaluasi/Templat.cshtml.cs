using Microsoft.AspNetCore.Mvc;
using Sakip.App.Features.Evaluasi;
using Sakip.Web.Halaman;

namespace Sakip.Web.Pages.Evaluasi;

/// <summary>
/// The national LKE templates for an administrator of KPU RI: the list, copying one into a new
/// version, and the editor of an unused stored version. An adapter over <see cref="GetTemplatLke"/>,
/// <see cref="CreateTemplatLke"/> and <see cref="EditTemplatLke"/>.
/// </summary>
public class TemplatModel(GetTemplatLke.Handler get) : HalamanSakip
{
    /// <summary>The template opened in the editor; null for the list.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Kode { get; set; }

    [BindProperty]
    public CreateTemplatLke.Command Salin { get; set; } = new(null, null, null, null, null);

    [BindProperty]
    public EditTemplatLke.Command Ubah { get; set; } = new(string.Empty, 0, null, null, null, []);

    public GetTemplatLke.Hasil? Data { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct, sebagaiDiketik: false);

    public async Task<IActionResult> OnPostSalinAsync([FromServices] CreateTemplatLke.Handler salin, CancellationToken ct)
    {
        Kode = null;
        return await SelesaikanAsync(
            await salin.HandleAsync(Pelaku, Salin, ct),
            k => $"Templat {k} disimpan sebagai salinan; ubah isinya di bawah sebelum dipakai evaluasi.",
            k => RedirectToPage(new { kode = k }),
            () => TampilAsync(ct, sebagaiDiketik: true),
            nameof(Salin));
    }

    public async Task<IActionResult> OnPostUbahAsync([FromServices] EditTemplatLke.Handler ubah, CancellationToken ct) =>
        await SelesaikanAsync(
            await ubah.HandleAsync(Pelaku, Ubah with { Kode = Kode ?? string.Empty }, ct),
            _ => $"Templat {Kode} disimpan.",
            _ => RedirectToPage(new { kode = Kode }),
            () => TampilAsync(ct, sebagaiDiketik: true),
            nameof(Ubah));

    private async Task<IActionResult> TampilAsync(CancellationToken ct, bool sebagaiDiketik)
    {
        var hasil = Tampilkan(await get.HandleAsync(Pelaku, new GetTemplatLke.Query(Kode), ct), d => Data = d);
        if (!sebagaiDiketik && Data?.Templat is { } t)
        {
            Ubah = new EditTemplatLke.Command(t.Kode, t.Revisi, t.Nama, t.TahunAwal, t.TahunAkhir, [.. Data.Barises.Select(b => new EditTemplatLke.Baris { Kode = b.Kode, Nama = b.Nama, Bobot = b.Bobot, Jenis = b.Jenis, Skala = b.Skala, Baru = b.Baru })]);
        }

        return hasil;
    }
}
