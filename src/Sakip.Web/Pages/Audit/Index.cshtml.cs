using Microsoft.AspNetCore.Mvc;
using Sakip.App.Features.Audit;
using Sakip.Web.Halaman;
using Sakip.Web.Unduhan;

namespace Sakip.Web.Pages.Audit;

/// <summary>Browsing the audit trail per satker and per record: an adapter over <see cref="ListJejakAudit"/>.</summary>
public class IndexModel(ListJejakAudit.Handler list, BawaanHalaman bawaan) : HalamanSakip
{
    [BindProperty(SupportsGet = true)]
    public string? Satker { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Entitas { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kunci { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Halaman { get; set; } = 1;

    public ListJejakAudit.Hasil? Hasil { get; private set; }

    /// <summary>The rows of this page of the trail as a workbook (time in WIB, one row per changed field).</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var tampil = await OnGetAsync(ct);
        if (Hasil is not { } h)
        {
            return tampil;
        }

        var wib = TimeZoneInfo.CreateCustomTimeZone("WIB", TimeSpan.FromHours(7), "WIB", "WIB");
        return TabelXlsx.Berkas(
            $"jejak-audit-{Satker}-{Halaman}.xlsx",
            "Jejak audit",
            $"{h.NamaSatker}{(Entitas is null ? string.Empty : $", {Entitas} {Kunci}")}, halaman {Halaman}.",
            ["No.", "Waktu (WIB)", "Oleh", "Aksi", "Data", "Kunci", "Kolom", "Lama", "Baru"],
            h.Barises.SelectMany(b => (b.Perubahans.Count == 0 ? [new ListJejakAudit.Perubahan(string.Empty, null, null)] : b.Perubahans).Select(p => (IReadOnlyList<object?>)
                [b.Id, TimeZoneInfo.ConvertTime(b.Waktu, wib).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), b.Pelaku, b.Aksi.ToString(), b.Entitas, b.Kunci, p.Kolom, p.Lama, p.Baru])));
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Satker ??= bawaan.SatkerUntuk(Pelaku);
        return Tampilkan(await list.HandleAsync(Pelaku, new ListJejakAudit.Query(Satker, Entitas, Kunci, Halaman), ct), h => Hasil = h);
    }
}
