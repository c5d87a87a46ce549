using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.App.Features.Perjanjian;
using Sakip.Web.Keamanan;
using Sakip.Web.Unduhan;

namespace Sakip.Web.Pages.PerjanjianKinerja;

/// <summary>Rencana Aksi of a PK version with quarterly progress: an adapter over <see cref="GetRencanaAksi"/> and <see cref="EditRencanaAksi"/>.</summary>
public class RencanaAksiModel(GetRencanaAksi.Handler get, EditRencanaAksi.Handler edit) : PageModel
{
    public sealed class BarisInput
    {
        public int IndikatorId { get; set; }

        public string? Tw1 { get; set; }

        public string? Tw2 { get; set; }

        public string? Tw3 { get; set; }

        public string? Tw4 { get; set; }

        public string? Aksi { get; set; }

        public string? PenanggungJawab { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public List<BarisInput> Barises { get; set; } = [];

    /// <summary>The PK revision the form was opened on (optimistic concurrency).</summary>
    [BindProperty]
    public int? Revisi { get; set; }

    public GetRencanaAksi.Hasil? Data { get; private set; }

    public string? Kesalahan { get; private set; }

    public Dictionary<(int, int?), string> KesalahanSel { get; } = [];

    [TempData]
    public string? Pesan { get; set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct, isiUlang: true);

    /// <summary>The Rencana Aksi with quarterly targets, realisasi and capaian as a workbook.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var tampil = await TampilAsync(ct, isiUlang: false);
        if (Data is not { } d)
        {
            return tampil;
        }

        return TabelXlsx.Berkas(
            $"rencana-aksi-{d.KodeSatker}-{d.Tahun}-v{d.Versi}.xlsx",
            $"Rencana Aksi {d.Tahun}",
            $"{d.NamaSatker}. {d.Judul}, versi {d.Versi}.",
            ["Kode", "Indikator kinerja", "Target tahunan", "Triwulan", "Target", "Realisasi", "Capaian (%)", "Aksi", "Penanggung jawab"],
            d.Barises.SelectMany(b => b.Triwulans.Select(t => (IReadOnlyList<object?>)
                [b.Kode, b.Uraian, b.TargetTahunan, $"TW {t.Triwulan}", t.Target, t.Realisasi, t.Capaian is { } c ? Math.Round(c, 2, MidpointRounding.AwayFromZero) : null, b.Aksi, b.PenanggungJawab])));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (SesiSakip.Akses(HttpContext) is not { } akses)
        {
            return Challenge();
        }

        var salah = await edit.HandleAsync(
            akses,
            new EditRencanaAksi.Command(Id, [.. Barises.Select(b => new EditRencanaAksi.Baris(b.IndikatorId, [b.Tw1, b.Tw2, b.Tw3, b.Tw4], b.Aksi, b.PenanggungJawab))], Revisi),
            ct);
        if (salah.Count == 0)
        {
            Pesan = "Rencana Aksi disimpan.";
            return RedirectToPage(new { id = Id });
        }

        foreach (var s in salah)
        {
            if (s.IndikatorId is { } i)
            {
                KesalahanSel[(i, s.Triwulan)] = s.Pesan;
            }
            else
            {
                Kesalahan = s.Pesan;
            }
        }

        Response.StatusCode = StatusKegagalan.Kode(StatusKegagalan.Terberat(salah.Select(k => k.Jenis)));
        return await TampilAsync(ct, isiUlang: false);
    }

    public string? Galat(int indikatorId, int? tw) => KesalahanSel.GetValueOrDefault((indikatorId, tw));

    private async Task<IActionResult> TampilAsync(CancellationToken ct, bool isiUlang)
    {
        if (SesiSakip.Akses(HttpContext) is not { } akses)
        {
            return Challenge();
        }

        var hasil = await get.HandleAsync(new GetRencanaAksi.Query(akses, Id), ct);
        if (!hasil.IsSuccess)
        {
            Kesalahan = hasil.Error;
            Response.StatusCode = StatusKegagalan.Kode(hasil.Jenis);
            return Page();
        }

        Data = hasil.Value;
        if (isiUlang)
        {
            Revisi = Data!.Revisi;
            Barises = [.. Data!.Barises.Select(b => new BarisInput
            {
                IndikatorId = b.IndikatorId,
                Tw1 = b.Triwulans[0].Target,
                Tw2 = b.Triwulans[1].Target,
                Tw3 = b.Triwulans[2].Target,
                Tw4 = b.Triwulans[3].Target,
                Aksi = b.Aksi,
                PenanggungJawab = b.PenanggungJawab,
            })];
        }

        return Page();
    }
}
