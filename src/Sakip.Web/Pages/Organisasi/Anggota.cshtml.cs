using Microsoft.AspNetCore.Mvc;
using Sakip.App;
using Sakip.App.Features.Organisasi;

namespace Sakip.Web.Pages.Organisasi;

/// <summary>Adding, changing or removing a member of a year's SAKIP team: an adapter over <see cref="EditAnggotaTimSakip"/>.</summary>
public class AnggotaModel(GetOrganisasi.Handler get, EditAnggotaTimSakip.Handler edit) : HalamanUbahOrganisasi(get)
{
    /// <summary>The form, shaped as <see cref="EditAnggotaTimSakip.Command"/> (satker, year and member come from the address).</summary>
    [BindProperty]
    public EditAnggotaTimSakip.Command Isian { get; set; } = new(string.Empty, 0, null, 0, null, null, null, null, null, null);

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct, isiUlang: true);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => Simpan(hapus: false, ct);

    public Task<IActionResult> OnPostHapusAsync(CancellationToken ct) => Simpan(hapus: true, ct);

    private Task<IActionResult> Simpan(bool hapus, CancellationToken ct) => SimpanAsync(
        () => edit.HandleAsync(Pelaku, Isian with { KodeSatker = Satker, Tahun = Tahun, Id = Id, Hapus = hapus }, ct),
        hapus ? "Anggota tim dihapus." : $"{Isian.Nama?.Trim()} disimpan di tim SAKIP {Tahun}.",
        "tim",
        () => TampilAsync(ct, isiUlang: false),
        nameof(Isian));

    private Task<IActionResult> TampilAsync(CancellationToken ct, bool isiUlang) => TampilAsync(
        d => d.TimSakip is not { } tim
            ? Gagal.TidakDitemukan($"Keputusan tim SAKIP {d.NamaSatker} tahun {d.Tahun} belum dicatat; catat keputusannya dahulu.")
            : Cari(tim.Anggotas, a => a.Id, $"Anggota ini tidak ada di tim SAKIP {d.NamaSatker} tahun {d.Tahun}.", isiUlang, a =>
                Isian = new EditAnggotaTimSakip.Command(d.KodeSatker, d.Tahun, a.Id, a.Revisi, a.Kelompok, a.Nama, a.Jabatan, a.Kedudukan, a.Tugas, a.Urutan)),
        ct);
}
