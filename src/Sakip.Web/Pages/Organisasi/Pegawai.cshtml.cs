using Microsoft.AspNetCore.Mvc;
using Sakip.App.Entities;
using Sakip.App.Features.Organisasi;

namespace Sakip.Web.Pages.Organisasi;

/// <summary>Recording or changing a person of the satker: an adapter over <see cref="EditPegawai"/>.</summary>
public class PegawaiModel(GetOrganisasi.Handler get, EditPegawai.Handler edit) : HalamanUbahOrganisasi(get)
{
    /// <summary>The form, shaped as <see cref="EditPegawai.Command"/> (satker and person come from the address).</summary>
    [BindProperty]
    public EditPegawai.Command Isian { get; set; } = new(string.Empty, null, 0, JenisPegawai.Asn, null, null, null, null, null, null, null);

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct, isiUlang: true);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SimpanAsync(
        () => edit.HandleAsync(Pelaku, Isian with { KodeSatker = Satker, Id = Id }, ct),
        $"{Isian.Nama?.Trim()} disimpan.",
        "pegawai",
        () => TampilAsync(ct, isiUlang: false),
        nameof(Isian));

    private Task<IActionResult> TampilAsync(CancellationToken ct, bool isiUlang) => TampilAsync(
        d => Cari(d.Pegawais, p => p.Id, $"Pegawai ini tidak tercatat di {d.NamaSatker}.", isiUlang, p =>
            Isian = new EditPegawai.Command(d.KodeSatker, p.Id, p.Revisi, p.Jenis, p.Nama, p.Nip, p.Jabatan, p.PangkatGolongan, p.TmtPangkat, p.MulaiBertugas, p.SelesaiBertugas)),
        ct);
}
