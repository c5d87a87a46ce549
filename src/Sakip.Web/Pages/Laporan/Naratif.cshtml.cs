using Microsoft.AspNetCore.Mvc;
using Sakip.App;
using Sakip.App.Features.Laporan;
using Sakip.Web.Halaman;

namespace Sakip.Web.Pages.Laporan;

/// <summary>
/// One narrative part of a version: the text box with its marks explained and the reviewer's notes
/// beside it, or the text to read once the version has left draft. An adapter over
/// <see cref="GetLaporanKinerja"/> and <see cref="EditNaratifLaporan"/>.
/// </summary>
public class NaratifModel(GetLaporanKinerja.Handler get, Sakip.App.Features.Capaian.CalculateCapaian.Handler capaian) : HalamanSakip
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Bagian { get; set; }

    public GetLaporanKinerja.Hasil? Data { get; private set; }

    public GetLaporanKinerja.Bagian? Isi { get; private set; }

    /// <summary>For an indicator's analysis, the indicator as the dashboard measures it (written beside the data).</summary>
    public Sakip.App.Features.Capaian.BarisCapaian? Indikator { get; private set; }

    /// <summary>The text in the box: stored, or as typed when the save was refused.</summary>
    public string? Teks { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct, null);

    public async Task<IActionResult> OnPostAsync([FromServices] EditNaratifLaporan.Handler edit, int revisi, string? teks, CancellationToken ct) =>
        await SelesaikanAsync(
            await edit.HandleAsync(Pelaku, new EditNaratifLaporan.Command(Id, revisi, Bagian, teks), ct),
            _ => $"{Isi?.Judul ?? "Bagian"} disimpan.",
            _ => RedirectToPage("/Laporan/Lihat", new { id = Id }),
            () => TampilAsync(ct, teks));

    private async Task<IActionResult> TampilAsync(CancellationToken ct, string? diketik)
    {
        var jawaban = await get.HandleAsync(Pelaku, new GetLaporanKinerja.Query(Id), ct);
        var bagian = jawaban.Nilai?.Bagians.SingleOrDefault(b => b.Kunci == Bagian);
        if (jawaban.Nilai is not null && bagian is null)
        {
            jawaban = Gagal.TidakDitemukan("Bagian itu tidak ada di Laporan Kinerja ini.");
        }

        var halaman = Tampilkan(jawaban, d =>
        {
            Data = d;
            Isi = bagian;
            Teks = diketik ?? bagian!.Teks;
        });
        if (Data is { } data && bagian!.Kunci.StartsWith("indikator:", StringComparison.Ordinal))
        {
            var ukur = await capaian.HandleAsync(Pelaku, new(data.KodeSatker, data.Tahun), ct);
            Indikator = ukur.Nilai?.Pengukuran.Indikators.FirstOrDefault(i => "indikator:" + i.Kode == bagian.Kunci);
        }

        return halaman;
    }
}
