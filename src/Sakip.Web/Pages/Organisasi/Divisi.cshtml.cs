using Microsoft.AspNetCore.Mvc;
using Sakip.App.Features.Organisasi;

namespace Sakip.Web.Pages.Organisasi;

/// <summary>Adding, changing or removing a division: an adapter over <see cref="EditDivisi"/>.</summary>
public class DivisiModel(GetOrganisasi.Handler get, EditDivisi.Handler edit) : HalamanUbahOrganisasi(get)
{
    /// <summary>The form, shaped as <see cref="EditDivisi.Command"/> (satker and division come from the address).</summary>
    [BindProperty]
    public EditDivisi.Command Isian { get; set; } = new(string.Empty, null, 0, null, null, null, null);

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct, isiUlang: true);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => Simpan(hapus: false, ct);

    public Task<IActionResult> OnPostHapusAsync(CancellationToken ct) => Simpan(hapus: true, ct);

    private Task<IActionResult> Simpan(bool hapus, CancellationToken ct) => SimpanAsync(
        () => edit.HandleAsync(Pelaku, Isian with { KodeSatker = Satker, Id = Id, Hapus = hapus }, ct),
        hapus ? "Divisi dihapus." : $"{Isian.Nama?.Trim()} disimpan.",
        "divisi",
        () => TampilAsync(ct, isiUlang: false),
        nameof(Isian));

    private Task<IActionResult> TampilAsync(CancellationToken ct, bool isiUlang) => TampilAsync(
        d => Cari(d.Divisis, v => v.Id, $"Divisi ini tidak ada di {d.NamaSatker}.", isiUlang, v =>
            Isian = new EditDivisi.Command(d.KodeSatker, v.Id, v.Revisi, v.Nama, v.Tugas, v.UnitSekretariat, v.Urutan)),
        ct);
}
