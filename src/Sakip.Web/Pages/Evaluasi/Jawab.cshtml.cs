using Microsoft.AspNetCore.Mvc;
using Sakip.App.Features.Evaluasi;
using Sakip.Web.Halaman;

namespace Sakip.Web.Pages.Evaluasi;

/// <summary>
/// Answers one criterion (or sub-component) in the evaluation's open round, with the answers of the
/// earlier rounds beside it. An adapter over <see cref="GetEvaluasiAkip"/> and <see cref="RecordJawabanEvaluasi"/>.
/// </summary>
[RequestSizeLimit(UkuranPermintaanMaksimum)]
[RequestFormLimits(MultipartBodyLengthLimit = UkuranPermintaanMaksimum, ValueLengthLimit = Keamanan.BatasKiriman.PanjangIsianMaksimum)]
public class JawabModel(GetEvaluasiAkip.Handler get) : HalamanSakip
{
    /// <summary>Up to five evidence files of 20 MB and the form.</summary>
    public const long UkuranPermintaanMaksimum = (RecordBuktiEvaluasi.BerkasPerKirimanMaksimum * App.Import.Bukti.JenisBerkas.UkuranMaksimum) + (1024 * 1024);

    [BindProperty(SupportsGet = true)]
    public string Satker { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public int Tahun { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Kode { get; set; } = string.Empty;

    /// <summary>The form, shaped as <see cref="RecordJawabanEvaluasi.Command"/> (satker, year, round and code come from the page).</summary>
    [BindProperty]
    public RecordJawabanEvaluasi.Command Isian { get; set; } = new(string.Empty, 0, default, string.Empty, null, null, null, 0);

    public GetEvaluasiAkip.Hasil? Data { get; private set; }

    public GetEvaluasiAkip.SubKomponen? Sub { get; private set; }

    public GetEvaluasiAkip.Baris? Baris { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct, sebagaiDiketik: false);

    public async Task<IActionResult> OnPostAsync([FromServices] RecordJawabanEvaluasi.Handler jawab, CancellationToken ct)
    {
        var baca = await get.HandleAsync(Pelaku, new GetEvaluasiAkip.Query(Satker, Tahun), ct);
        var putaran = baca.Nilai?.Terbuka?.Jenis ?? default;
        return await SelesaikanAsync(
            await jawab.HandleAsync(Pelaku, Isian with { KodeSatker = Satker, Tahun = Tahun, Putaran = putaran, Kode = Kode }, ct),
            _ => $"Jawaban {Kode} disimpan.",
            _ => Redirect($"/Evaluasi?satker={Uri.EscapeDataString(Satker)}&tahun={Tahun}#kriteria-{Uri.EscapeDataString(Kode)}"),
            () => TampilAsync(ct, sebagaiDiketik: true),
            nameof(Isian));
    }

    /// <summary>Attaches evidence files to the criterion.</summary>
    public async Task<IActionResult> OnPostBuktiAsync([FromServices] RecordBuktiEvaluasi.Handler bukti, List<IFormFile> berkas, CancellationToken ct) =>
        await SelesaikanAsync(
            await bukti.HandleAsync(Pelaku, new RecordBuktiEvaluasi.Command(Satker, Tahun, Kode, await BerkasUnggah.BacaAsync(berkas, ct)), ct),
            n => $"{n} berkas bukti dilampirkan pada {Kode}.",
            _ => Redirect($"/Evaluasi/Jawab?satker={Uri.EscapeDataString(Satker)}&tahun={Tahun}&kode={Uri.EscapeDataString(Kode)}#bukti"),
            () => TampilAsync(ct, sebagaiDiketik: false));

    /// <summary>Removes an evidence file attached in the open round.</summary>
    public async Task<IActionResult> OnPostHapusBuktiAsync([FromServices] RecordBuktiEvaluasi.Handler bukti, int id, CancellationToken ct) =>
        await SelesaikanAsync(
            await bukti.HandleAsync(Pelaku, new RecordBuktiEvaluasi.Command(Satker, Tahun, Kode, [], id), ct),
            _ => "Berkas bukti dihapus.",
            _ => Redirect($"/Evaluasi/Jawab?satker={Uri.EscapeDataString(Satker)}&tahun={Tahun}&kode={Uri.EscapeDataString(Kode)}#bukti"),
            () => TampilAsync(ct, sebagaiDiketik: false));

    private async Task<IActionResult> TampilAsync(CancellationToken ct, bool sebagaiDiketik)
    {
        var hasil = Tampilkan(await get.HandleAsync(Pelaku, new GetEvaluasiAkip.Query(Satker, Tahun), ct), d => Data = d);
        if (Data is not { } d)
        {
            return hasil;
        }

        foreach (var s in d.Komponens.SelectMany(k => k.SubKomponens))
        {
            if (s.Barises.FirstOrDefault(b => string.Equals(b.Kode, Kode, StringComparison.OrdinalIgnoreCase)) is { } b)
            {
                (Sub, Baris) = (s, b);
            }
        }

        if (Baris is null || d.Terbuka is not { BolehIsi: true } terbuka)
        {
            Tolak(!d.Ada
                ? App.Gagal.TidakDitemukan($"Evaluasi SAKIP {d.NamaSatker} tahun {d.Tahun} belum dibuka.")
                : Baris is null
                ? App.Gagal.TidakDitemukan($"'{App.TeksRingkas.Potong(Kode, 20)}' tidak ada di Lembar Kerja Evaluasi {d.NamaSatker} tahun {d.Tahun}.")
                : d.Terbuka is null ? App.Gagal.Konflik("Evaluasi ini sudah selesai; jawabannya terkunci.")
                : App.Gagal.Ditolak($"Anda tidak berhak mengisi {d.Terbuka.Nama} {d.NamaSatker}."));
            Data = null;
            return Page();
        }

        if (!sebagaiDiketik)
        {
            var isi = Baris.Isians.GetValueOrDefault(terbuka.Jenis);
            Isian = new RecordJawabanEvaluasi.Command(d.KodeSatker, d.Tahun, terbuka.Jenis, Baris.Kode, isi?.Isi, isi?.TahunDipertahankan, isi?.Catatan, isi?.Revisi ?? 0);
        }

        return hasil;
    }
}
