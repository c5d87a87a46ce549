using Microsoft.AspNetCore.Mvc;
using Sakip.App.Features.Evaluasi;
using Sakip.Web.Halaman;

namespace Sakip.Web.Pages.Evaluasi;

/// <summary>The evaluator's form to add, change or remove a recommendation. An adapter over <see cref="GetEvaluasiAkip"/> and <see cref="EditRekomendasiEvaluasi"/>.</summary>
public class RekomendasiModel(GetEvaluasiAkip.Handler get) : HalamanSakip
{
    [BindProperty(SupportsGet = true)]
    public string Satker { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public int Tahun { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    /// <summary>The form, shaped as <see cref="EditRekomendasiEvaluasi.Command"/> (satker, year and id come from the address).</summary>
    [BindProperty]
    public EditRekomendasiEvaluasi.Command Isian { get; set; } = new(string.Empty, 0, null, 0, null, null, null, null);

    public GetEvaluasiAkip.Hasil? Data { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct, sebagaiDiketik: false);

    public Task<IActionResult> OnPostAsync([FromServices] EditRekomendasiEvaluasi.Handler edit, CancellationToken ct) => SimpanAsync(edit, hapus: false, ct);

    public Task<IActionResult> OnPostHapusAsync([FromServices] EditRekomendasiEvaluasi.Handler edit, CancellationToken ct) => SimpanAsync(edit, hapus: true, ct);

    private async Task<IActionResult> SimpanAsync(EditRekomendasiEvaluasi.Handler edit, bool hapus, CancellationToken ct) =>
        await SelesaikanAsync(
            await edit.HandleAsync(Pelaku, Isian with { KodeSatker = Satker, Tahun = Tahun, Id = Id, Hapus = hapus }, ct),
            _ => hapus ? "Rekomendasi dihapus." : "Rekomendasi disimpan.",
            _ => Redirect($"/Evaluasi?satker={Uri.EscapeDataString(Satker)}&tahun={Tahun}#rekomendasi"),
            () => TampilAsync(ct, sebagaiDiketik: true),
            nameof(Isian));

    private async Task<IActionResult> TampilAsync(CancellationToken ct, bool sebagaiDiketik)
    {
        var hasil = Tampilkan(await get.HandleAsync(Pelaku, new GetEvaluasiAkip.Query(Satker, Tahun), ct), d => Data = d);
        if (Data is not { } d)
        {
            return hasil;
        }

        var r = d.Rekomendasis?.FirstOrDefault(x => x.Id == Id);
        if (!d.BolehRekomendasi || !d.Ada || (Id is not null && r is null))
        {
            Tolak(!d.BolehRekomendasi
                ? App.Keamanan.Izin.Tolak(App.Keamanan.Tindakan.MengevaluasiAkip, d.NamaSatker)
                : !d.Ada
                ? App.Gagal.TidakDitemukan($"Evaluasi SAKIP {d.NamaSatker} tahun {d.Tahun} belum dibuka.")
                : App.Gagal.TidakDitemukan($"Rekomendasi ini tidak ada pada evaluasi SAKIP {d.NamaSatker} tahun {d.Tahun}."));
            Data = null;
            return Page();
        }

        if (!sebagaiDiketik && r is not null)
        {
            Isian = new EditRekomendasiEvaluasi.Command(d.KodeSatker, d.Tahun, r.Id, r.Revisi, r.KodeKomponen, r.Uraian, r.Unit, r.JatuhTempo);
        }

        return hasil;
    }
}
