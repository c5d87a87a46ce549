using Microsoft.AspNetCore.Mvc;
using Sakip.App;
using Sakip.App.Features.Pengguna;
using Sakip.App.Features.Satkers;
using Sakip.App.Keamanan;
using Sakip.Web.Halaman;
using Sakip.Web.Unduhan;

namespace Sakip.Web.Pages.Pengguna;

/// <summary>
/// User management for administrators and a satker's own pimpinan: the users of the satker they
/// manage, with grants to add and remove. An adapter over <see cref="ListPengguna"/>,
/// <see cref="GrantHakAkses"/>, <see cref="RevokeHakAkses"/> and <see cref="ChangePengguna"/>.
/// </summary>
public class IndexModel(ListPengguna.Handler list, ListSatkers.Handler satkers) : HalamanSakip
{
    public IReadOnlyList<ListPengguna.Item> Penggunas { get; private set; } = [];

    /// <summary>The signed-in user, whose own account cannot be deactivated here.</summary>
    public int PenggunaSaatIni => Pelaku.PenggunaId;

    public IReadOnlyList<ListSatkers.Item> SatkerDikelola { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await TampilAsync(ct);

    /// <summary>The users this user manages, one row per role granted, as a workbook.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var tampil = await TampilAsync(ct);
        if (Kesalahan is not null)
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
    public async Task<IActionResult> OnPostStatusAsync([FromServices] ChangePengguna.Handler change, ChangePengguna.Command input, CancellationToken ct) =>
        await SelesaiAsync(await change.HandleAsync(Pelaku, input with { KataSandiBaru = null }, ct), pesan => pesan, ct);

    /// <summary>Sets a new password for an account (for someone who forgot theirs).</summary>
    public async Task<IActionResult> OnPostKataSandiAsync([FromServices] ChangePengguna.Handler change, ChangePengguna.Command input, CancellationToken ct) =>
        await SelesaiAsync(await change.HandleAsync(Pelaku, input with { Aktif = null, KataSandiBaru = input.KataSandiBaru ?? string.Empty }, ct), pesan => pesan, ct);

    public async Task<IActionResult> OnPostTambahHakAsync([FromServices] GrantHakAkses.Handler grant, GrantHakAkses.Command input, CancellationToken ct) =>
        await SelesaiAsync(await grant.HandleAsync(Pelaku, input, ct), _ => "Hak akses ditambahkan.", ct);

    public async Task<IActionResult> OnPostCabutHakAsync([FromServices] RevokeHakAkses.Handler revoke, RevokeHakAkses.Command input, CancellationToken ct) =>
        await SelesaiAsync(await revoke.HandleAsync(Pelaku, input, ct), _ => "Hak akses dicabut.", ct);

    private Task<IActionResult> SelesaiAsync<T>(Jawaban<T> jawaban, Func<T, string> pesan, CancellationToken ct) =>
        SelesaikanAsync(jawaban, pesan, _ => RedirectToPage(), () => TampilAsync(ct));

    private async Task<IActionResult> TampilAsync(CancellationToken ct)
    {
        var dikelola = await satkers.HandleAsync(Pelaku, new ListSatkers.Query(Tindakan.MengelolaPengguna), ct);
        if (dikelola.Nilai is not { } daftar)
        {
            Tolak(dikelola.Kegagalan!);
            return Page();
        }

        SatkerDikelola = daftar;
        return Tampilkan(await list.HandleAsync(Pelaku, new ListPengguna.Query(), ct), p => Penggunas = p);
    }
}
