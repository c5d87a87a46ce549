using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.App.Entities;
using Sakip.App.Features.Pengguna;
using Sakip.App.Features.Satkers;
using Sakip.App.Keamanan;
using Sakip.Web.Keamanan;
using Sakip.Web.Unduhan;

namespace Sakip.Web.Pages.Pengguna;

/// <summary>
/// User management for administrators and a satker's own pimpinan: the users of the satker they
/// manage, with grants to add and remove. An adapter over <see cref="ListPengguna"/>,
/// <see cref="GrantHakAkses"/> and <see cref="RevokeHakAkses"/>.
/// </summary>
public class IndexModel(ListPengguna.Handler list, GrantHakAkses.Handler grant, RevokeHakAkses.Handler revoke, ChangePengguna.Handler change, ListSatkers.Handler satkers) : PageModel
{
    public IReadOnlyList<ListPengguna.Item> Penggunas { get; private set; } = [];

    /// <summary>The signed-in user, whose own account cannot be deactivated here.</summary>
    public int PenggunaSaatIni => SesiSakip.Akses(HttpContext)?.PenggunaId ?? 0;

    public IReadOnlyList<ListSatkers.Item> SatkerDikelola { get; private set; } = [];

    [TempData]
    public string? Pesan { get; set; }

    public string? Kesalahan { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await TampilAsync(ct);

    /// <summary>The users this user manages, one row per role granted, as a workbook.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var tampil = await TampilAsync(ct);
        if (tampil is not PageResult)
        {
            return tampil;
        }

        return TabelXlsx.Berkas(
            "pengguna.xlsx",
            "Pengguna dan hak akses",
            null,
            ["Nama pengguna", "Nama lengkap", "Status", "Peran", "Satker", "Termasuk satker turunan"],
            Penggunas.SelectMany(p => (p.HakAkses.Count == 0 ? [null] : p.HakAkses.Select(h => (ListPengguna.Hak?)h)).Select(h => (IReadOnlyList<object?>)
                [p.NamaPengguna, p.NamaLengkap, p.Aktif ? "aktif" : "nonaktif", h?.Peran.ToString(), h is null ? null : $"{h.KodeSatker} {h.NamaSatker}", h is null ? null : h.TermasukTurunan ? "ya" : "tidak"])));
    }

    /// <summary>Deactivates or reactivates an account.</summary>
    public Task<IActionResult> OnPostStatusAsync(int penggunaId, bool aktif, CancellationToken ct) =>
        UbahAkunAsync(new ChangePengguna.Command(penggunaId, aktif, null), ct);

    /// <summary>Sets a new password for an account (for someone who forgot theirs).</summary>
    public Task<IActionResult> OnPostKataSandiAsync(int penggunaId, string? kataSandiBaru, CancellationToken ct) =>
        UbahAkunAsync(new ChangePengguna.Command(penggunaId, null, kataSandiBaru ?? string.Empty), ct);

    private async Task<IActionResult> UbahAkunAsync(ChangePengguna.Command command, CancellationToken ct)
    {
        if (Akses() is not { } akses)
        {
            return Forbid();
        }

        var hasil = await change.HandleAsync(akses, command, ct);
        if (!hasil.IsSuccess)
        {
            Kesalahan = hasil.Error;
            Response.StatusCode = StatusKegagalan.Kode(hasil.Jenis);
            return await TampilAsync(ct);
        }

        Pesan = hasil.Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostTambahHakAsync(int penggunaId, Peran peran, string kodeSatker, bool termasukTurunan, CancellationToken ct)
    {
        if (Akses() is not { } akses)
        {
            return Forbid();
        }

        var hasil = await grant.HandleAsync(akses, new GrantHakAkses.Command(penggunaId, peran, kodeSatker, termasukTurunan), ct);
        if (!hasil.IsSuccess)
        {
            Kesalahan = hasil.Error;
            Response.StatusCode = StatusKegagalan.Kode(hasil.Jenis);
            return await TampilAsync(ct);
        }

        Pesan = "Hak akses ditambahkan.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCabutHakAsync(int hakAksesId, CancellationToken ct)
    {
        if (Akses() is not { } akses)
        {
            return Forbid();
        }

        var hasil = await revoke.HandleAsync(akses, new RevokeHakAkses.Command(hakAksesId), ct);
        if (!hasil.IsSuccess)
        {
            Kesalahan = hasil.Error;
            Response.StatusCode = StatusKegagalan.Kode(hasil.Jenis);
            return await TampilAsync(ct);
        }

        Pesan = "Hak akses dicabut.";
        return RedirectToPage();
    }

    private AksesPengguna? Akses() => SesiSakip.Akses(HttpContext) is { BolehKelolaPenggunaDiManaPun: true } a ? a : null;

    private async Task<IActionResult> TampilAsync(CancellationToken ct)
    {
        if (Akses() is not { } akses)
        {
            return Forbid();
        }

        Penggunas = await list.HandleAsync(new ListPengguna.Query(akses), ct);
        SatkerDikelola = [.. (await satkers.HandleAsync(new ListSatkers.Query(), ct)).Where(s => akses.BolehKelolaPengguna(s.Id))];
        return Page();
    }
}
