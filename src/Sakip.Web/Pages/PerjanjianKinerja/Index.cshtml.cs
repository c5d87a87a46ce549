using Microsoft.AspNetCore.Mvc;
using Sakip.App.Entities;
using Sakip.App.Features.Perjanjian;
using Sakip.Web.Halaman;
using Sakip.Web.Unduhan;

namespace Sakip.Web.Pages.PerjanjianKinerja;

/// <summary>
/// The PKs of a satker-year with their history: signing a draft (pimpinan) and starting a PK
/// perubahan (operator, administrator, pimpinan). An adapter over <see cref="ListPerjanjianKinerja"/>,
/// <see cref="SignPerjanjianKinerja"/> and <see cref="RevisePerjanjianKinerja"/>.
/// </summary>
public class IndexModel(ListPerjanjianKinerja.Handler list, BawaanHalaman bawaan) : HalamanSakip
{
    [BindProperty(SupportsGet = true)]
    public string? Satker { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Tahun { get; set; }

    public ListPerjanjianKinerja.Hasil? Hasil { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct);

    /// <summary>The versions of the year's agreements as a workbook.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var tampil = await TampilAsync(ct);
        if (Hasil is not { } h)
        {
            return tampil;
        }

        return TabelXlsx.Berkas(
            $"perjanjian-kinerja-{Satker}-{Tahun}.xlsx",
            $"Perjanjian Kinerja {Tahun}",
            h.NamaSatker,
            ["Perjanjian", "Versi", "Berlaku", "Status", "Tanggal", "Pihak pertama", "Pihak kedua", "Berlaku mulai", "Alasan perubahan", "Jumlah indikator"],
            h.Versis.Select(v => (IReadOnlyList<object?>)[v.Judul, v.Nomor, v.Berlaku ? "ya" : "tidak", v.Status == StatusPerjanjianKinerja.Ditandatangani ? "ditandatangani" : "draf", v.Tanggal, v.PihakPertama, v.PihakKedua, v.BerlakuMulai, v.AlasanPerubahan, v.JumlahIndikator]));
    }

    public async Task<IActionResult> OnPostTandatanganiAsync([FromServices] SignPerjanjianKinerja.Handler sign, SignPerjanjianKinerja.Command input, CancellationToken ct) =>
        await SelesaikanAsync(
            await sign.HandleAsync(Pelaku, input, ct),
            _ => "Perjanjian Kinerja ditandatangani dan terkunci; pengukuran mengikuti versi ini sejak tanggal berlakunya.",
            _ => RedirectToPage(new { satker = Satker, tahun = Tahun }),
            () => TampilAsync(ct));

    public async Task<IActionResult> OnPostUbahAsync([FromServices] RevisePerjanjianKinerja.Handler revise, RevisePerjanjianKinerja.Command input, CancellationToken ct) =>
        await SelesaikanAsync(
            await revise.HandleAsync(Pelaku, input, ct),
            _ => "Draf perubahan dibuat. Ubah targetnya, lalu minta pimpinan menandatangani.",
            id => RedirectToPage("Lihat", new { id }),
            () => TampilAsync(ct));

    private async Task<IActionResult> TampilAsync(CancellationToken ct)
    {
        Satker ??= bawaan.SatkerUntuk(Pelaku);
        Tahun ??= await bawaan.TahunAsync(Pelaku, Satker, ct);
        return Tampilkan(await list.HandleAsync(Pelaku, new ListPerjanjianKinerja.Query(Satker, Tahun.Value), ct), h => Hasil = h);
    }
}
