using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.App.Entities;
using Sakip.App.Features.Perjanjian;
using Sakip.Web.Keamanan;
using Sakip.Web.Unduhan;

namespace Sakip.Web.Pages.PerjanjianKinerja;

/// <summary>
/// The PKs of a satker-year with their history: signing a draft (pimpinan) and starting a PK
/// perubahan (operator, administrator, pimpinan). An adapter over <see cref="ListPerjanjianKinerja"/>,
/// <see cref="SignPerjanjianKinerja"/> and <see cref="RevisePerjanjianKinerja"/>.
/// </summary>
public class IndexModel(ListPerjanjianKinerja.Handler list, SignPerjanjianKinerja.Handler sign, RevisePerjanjianKinerja.Handler revise, IConfiguration configuration) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Satker { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Tahun { get; set; }

    [BindProperty]
    public string? Alasan { get; set; }

    [BindProperty]
    public DateOnly? BerlakuMulai { get; set; }

    public ListPerjanjianKinerja.Hasil? Hasil { get; private set; }

    public string? Kesalahan { get; private set; }

    [TempData]
    public string? Pesan { get; set; }

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

    public async Task<IActionResult> OnPostTandatanganiAsync(int id, CancellationToken ct)
    {
        if (SesiSakip.Akses(HttpContext) is not { } akses)
        {
            return Challenge();
        }

        var hasil = await sign.HandleAsync(akses, new SignPerjanjianKinerja.Command(id), ct);
        return await SelesaiAsync(hasil.IsSuccess, hasil.Error, hasil.Jenis, "Perjanjian Kinerja ditandatangani dan terkunci; pengukuran mengikuti versi ini sejak tanggal berlakunya.", ct);
    }

    public async Task<IActionResult> OnPostUbahAsync(int id, CancellationToken ct)
    {
        if (SesiSakip.Akses(HttpContext) is not { } akses)
        {
            return Challenge();
        }

        var hasil = await revise.HandleAsync(akses, new RevisePerjanjianKinerja.Command(id, Alasan, BerlakuMulai), ct);
        if (hasil.IsSuccess)
        {
            Pesan = "Draf perubahan dibuat. Ubah targetnya, lalu minta pimpinan menandatangani.";
            return RedirectToPage("Lihat", new { id = hasil.Value });
        }

        return await SelesaiAsync(false, hasil.Error, hasil.Jenis, string.Empty, ct);
    }

    private async Task<IActionResult> SelesaiAsync(bool berhasil, string? galat, Sakip.App.JenisKegagalan? jenis, string pesan, CancellationToken ct)
    {
        if (berhasil)
        {
            Pesan = pesan;
            return RedirectToPage(new { satker = Satker, tahun = Tahun });
        }

        Kesalahan = galat;
        var tampil = await TampilAsync(ct);
        Response.StatusCode = StatusKegagalan.Kode(jenis);
        return tampil;
    }

    private async Task<IActionResult> TampilAsync(CancellationToken ct)
    {
        if (SesiSakip.Akses(HttpContext) is not { } akses)
        {
            return Challenge();
        }

        Satker ??= configuration["Sakip:SatkerAwal"] ?? "1871";
        Tahun ??= 2024;
        var hasil = await list.HandleAsync(new ListPerjanjianKinerja.Query(akses, Satker, Tahun.Value), ct);
        if (!hasil.IsSuccess)
        {
            Kesalahan = hasil.Error;
            Response.StatusCode = StatusKegagalan.Kode(hasil.Jenis);
            return Page();
        }

        Hasil = hasil.Value;
        return Page();
    }
}
