using Microsoft.AspNetCore.Mvc;
using Sakip.App;
using Sakip.App.Features.Evaluasi;
using Sakip.App.Import.Bukti;
using Sakip.Web.Halaman;
using Sakip.Web.Keamanan;

namespace Sakip.Web.Pages.Evaluasi;

/// <summary>
/// The evaluator's form to record a past evaluation as its LHE prints it: the source, the LKE, the
/// result CSV and optionally the recommendations CSV. An adapter over <see cref="GetEvaluasiAkip"/>
/// and <see cref="ImportEvaluasiTercetak"/>.
/// </summary>
[RequestSizeLimit(UkuranPermintaanMaksimum)]
[RequestFormLimits(MultipartBodyLengthLimit = UkuranPermintaanMaksimum, ValueLengthLimit = BatasKiriman.PanjangIsianMaksimum)]
public class ImporModel(GetEvaluasiAkip.Handler get) : HalamanSakip
{
    /// <summary>Two small CSVs and the form.</summary>
    public const long UkuranPermintaanMaksimum = (2 * ImportEvaluasiTercetak.UkuranMaksimum) + (1024 * 1024);

    [BindProperty(SupportsGet = true)]
    public string Satker { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public int Tahun { get; set; }

    [BindProperty]
    public string? Sumber { get; set; }

    [BindProperty]
    public string? KodeTemplat { get; set; }

    public GetEvaluasiAkip.Hasil? Data { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct);

    public async Task<IActionResult> OnPostAsync([FromServices] ImportEvaluasiTercetak.Handler impor, IFormFile? hasil, IFormFile? rekomendasi, CancellationToken ct)
    {
        if (hasil is null || hasil.Length == 0 || hasil.Length > ImportEvaluasiTercetak.UkuranMaksimum || rekomendasi?.Length > ImportEvaluasiTercetak.UkuranMaksimum)
        {
            // Refused before a file is read into memory; the use case checks the same again.
            var tampil = await TampilAsync(ct);
            var berkas = hasil is null || hasil.Length == 0 ? hasil : hasil.Length > ImportEvaluasiTercetak.UkuranMaksimum ? hasil : rekomendasi!;
            BerkasUnggah.Terima(berkas, ImportEvaluasiTercetak.UkuranMaksimum, "Pilih berkas CSV nilai tercetak yang akan diimpor.", out var tolakan);
            Tolak(Gagal.TidakSah(tolakan!, berkas == rekomendasi ? nameof(rekomendasi) : nameof(hasil)));
            return tampil;
        }

        var c = new ImportEvaluasiTercetak.Command(
            Satker,
            Tahun,
            Sumber,
            JenisBerkas.NamaAman(hasil.FileName),
            await BacaAsync(hasil, ct),
            KodeTemplat,
            rekomendasi is { Length: > 0 } ? JenisBerkas.NamaAman(rekomendasi.FileName) : null,
            rekomendasi is { Length: > 0 } ? await BacaAsync(rekomendasi, ct) : null);
        return await SelesaikanAsync(
            await impor.HandleAsync(Pelaku, c, ct),
            h => $"Evaluasi SAKIP tahun {h.Tahun} {(h.Mengganti ? "diganti" : "dicatat")} sebagaimana tercetak: nilai {Sakip.Domain.Bilangan.FormatIndonesia.Angka(h.Nilai)}, {h.JumlahRekomendasi} rekomendasi"
                + (h.Temuan.Count == 0 ? "; angkanya konsisten." : $"; {h.Temuan.Count} ketidakkonsistenan ditemukan pada angka tercetak."),
            h => Redirect($"/Evaluasi?satker={Uri.EscapeDataString(h.KodeSatker)}&tahun={h.Tahun}"),
            () => TampilAsync(ct));
    }

    private static async Task<byte[]> BacaAsync(IFormFile berkas, CancellationToken ct)
    {
        using var ms = new MemoryStream();
        await berkas.CopyToAsync(ms, ct);
        return ms.ToArray();
    }

    private async Task<IActionResult> TampilAsync(CancellationToken ct)
    {
        var hasil = Tampilkan(await get.HandleAsync(Pelaku, new GetEvaluasiAkip.Query(Satker, Tahun), ct), d => Data = d);
        if (Data is not { } d)
        {
            return hasil;
        }

        if (!d.BolehRekomendasi || (d.Ada && d.Tercetak is null))
        {
            Tolak(!d.BolehRekomendasi
                ? App.Keamanan.Izin.Tolak(App.Keamanan.Tindakan.MengevaluasiAkip, d.NamaSatker)
                : Gagal.Konflik($"Evaluasi SAKIP {d.NamaSatker} tahun {d.Tahun} sudah dikerjakan di Sakip; nilai tercetak tidak dapat menggantinya."));
            Data = null;
            return Page();
        }

        Sumber ??= d.Tercetak?.Sumber;
        KodeTemplat ??= d.KodeTemplat;
        return hasil;
    }
}
