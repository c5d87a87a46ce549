using Microsoft.AspNetCore.Mvc;
using Sakip.App;
using Sakip.App.Features.Laporan;
using Sakip.Web.Halaman;

namespace Sakip.Web.Pages.Laporan;

/// <summary>
/// One version of the Laporan Kinerja: its parts as a task list, the check ("periksa"), the
/// review notes, and the workflow's next step for whoever may take it (send for review, note, sign
/// the review statement, return, approve, publish); the document in every format. An adapter over
/// <see cref="GetLaporanKinerja"/>, <see cref="CheckLaporanKinerja"/>, <see cref="GenerateDokumenLaporan"/>
/// and the workflow's commands.
/// </summary>
public class LihatModel(GetLaporanKinerja.Handler get) : HalamanSakip
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    /// <summary>Whether the page shows the check's findings (the "Periksa" button).</summary>
    [BindProperty(SupportsGet = true)]
    public bool Periksa { get; set; }

    public GetLaporanKinerja.Hasil? Data { get; private set; }

    public CheckLaporanKinerja.Hasil? Pemeriksaan { get; private set; }

    public Task<IActionResult> OnGetAsync([FromServices] CheckLaporanKinerja.Handler periksa, CancellationToken ct) => TampilAsync(ct, Periksa ? periksa : null);

    /// <summary>The version's document: the frozen file once published, else rendered from today's data with its narrative.</summary>
    public async Task<IActionResult> OnGetDokumenAsync([FromServices] GenerateDokumenLaporan.Handler dokumen, string? format, CancellationToken ct) =>
        await UnduhAtauTampilkanAsync(await dokumen.HandleAsync(Pelaku, new GenerateDokumenLaporan.Query(Id, format), ct), () => TampilAsync(ct));

    public async Task<IActionResult> OnPostAjukanAsync([FromServices] SendLaporanKinerja.Handler send, [FromServices] CheckLaporanKinerja.Handler periksa, int revisi, CancellationToken ct) =>
        await SelesaiAsync(await send.HandleAsync(Pelaku, new SendLaporanKinerja.Command(Id, revisi), ct), "Laporan Kinerja diajukan untuk direviu APIP.", ct, periksa);

    public async Task<IActionResult> OnPostCatatAsync([FromServices] RecordCatatanReviu.Handler catat, string? bagian, string? teks, CancellationToken ct) =>
        await SelesaiAsync(await catat.HandleAsync(Pelaku, new RecordCatatanReviu.Command(Id, bagian, teks), ct), "Catatan reviu disimpan.", ct);

    public async Task<IActionResult> OnPostTandatanganiAsync([FromServices] SignReviuLaporan.Handler sign, int revisi, CancellationToken ct) =>
        await SelesaiAsync(await sign.HandleAsync(Pelaku, new SignReviuLaporan.Command(Id, revisi), ct), "Pernyataan Telah Direviu ditandatangani; pimpinan diminta menyetujui.", ct);

    public async Task<IActionResult> OnPostKembalikanAsync([FromServices] ReturnLaporanKinerja.Handler kembalikan, int revisi, string? alasan, CancellationToken ct) =>
        await SelesaiAsync(await kembalikan.HandleAsync(Pelaku, new ReturnLaporanKinerja.Command(Id, revisi, alasan), ct), "Laporan Kinerja dikembalikan ke penyusun dengan alasannya.", ct);

    public async Task<IActionResult> OnPostSetujuiAsync([FromServices] ApproveLaporanKinerja.Handler setujui, int revisi, CancellationToken ct) =>
        await SelesaiAsync(await setujui.HandleAsync(Pelaku, new ApproveLaporanKinerja.Command(Id, revisi), ct), "Laporan Kinerja disetujui dan siap diterbitkan.", ct);

    public async Task<IActionResult> OnPostTerbitkanAsync([FromServices] PublishLaporanKinerja.Handler terbitkan, int revisi, CancellationToken ct) =>
        await SelesaikanAsync(
            await terbitkan.HandleAsync(Pelaku, new PublishLaporanKinerja.Command(Id, revisi), ct),
            h => h.TanpaPdf is null ? "Laporan Kinerja diterbitkan; berkasnya dibekukan dan tampil di halaman publik." : $"Laporan Kinerja diterbitkan tanpa PDF ({h.TanpaPdf}); berkas lainnya dibekukan dan tampil di halaman publik.",
            _ => RedirectToPage(new { id = Id }),
            () => TampilAsync(ct));

    private Task<IActionResult> SelesaiAsync(Jawaban<int> jawaban, string pesan, CancellationToken ct, CheckLaporanKinerja.Handler? periksa = null) =>
        SelesaikanAsync(jawaban, _ => pesan, _ => RedirectToPage(new { id = Id }), () => TampilAsync(ct, periksa));

    private async Task<IActionResult> TampilAsync(CancellationToken ct, CheckLaporanKinerja.Handler? periksa = null)
    {
        var halaman = Tampilkan(await get.HandleAsync(Pelaku, new GetLaporanKinerja.Query(Id), ct), d => Data = d);
        if (Data is not null && periksa is not null)
        {
            Pemeriksaan = (await periksa.HandleAsync(Pelaku, new CheckLaporanKinerja.Query(Id), ct)).Nilai;
        }

        return halaman;
    }
}
