using Microsoft.AspNetCore.Mvc;
using Sakip.App.Features.Organisasi;

namespace Sakip.Web.Pages.Organisasi;

/// <summary>Recording or correcting the decree that forms a year's SAKIP team: an adapter over <see cref="EditTimSakip"/>.</summary>
public class TimModel(GetOrganisasi.Handler get, EditTimSakip.Handler edit) : HalamanUbahOrganisasi(get)
{
    /// <summary>The form, shaped as <see cref="EditTimSakip.Command"/> (satker and year come from the address).</summary>
    [BindProperty]
    public EditTimSakip.Command Isian { get; set; } = new(string.Empty, 0, 0, null, null, null);

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct, isiUlang: true);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SimpanAsync(
        () => edit.HandleAsync(Pelaku, Isian with { KodeSatker = Satker, Tahun = Tahun }, ct),
        $"Keputusan tim SAKIP {Tahun} disimpan.",
        "tim",
        () => TampilAsync(ct, isiUlang: false),
        nameof(Isian));

    private Task<IActionResult> TampilAsync(CancellationToken ct, bool isiUlang) => TampilAsync(
        d =>
        {
            if (isiUlang)
            {
                Isian = d.TimSakip is { } t
                    ? new EditTimSakip.Command(d.KodeSatker, d.Tahun, t.Revisi, t.NomorKeputusan, t.TanggalKeputusan, t.Tentang)
                    : new EditTimSakip.Command(d.KodeSatker, d.Tahun, 0, null, null, $"Pembentukan Tim Evaluasi Internal Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) di Lingkungan {d.NamaSatker} Tahun {d.Tahun}");
            }

            return null;
        },
        ct);
}
