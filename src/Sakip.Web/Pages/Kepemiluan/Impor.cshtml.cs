using Microsoft.AspNetCore.Mvc;
using Sakip.App;
using Sakip.App.Excel;
using Sakip.App.Features.Kepemiluan;
using Sakip.App.Import.Bukti;
using Sakip.Domain.Bilangan;
using Sakip.Domain.Kepemiluan;
using Sakip.Web.Halaman;
using Sakip.Web.Keamanan;

namespace Sakip.Web.Pages.Kepemiluan;

/// <summary>
/// The data officer's form to load a contest's figures from a CSV or XLSX in the template, and the
/// template itself. An adapter over <see cref="GetRekapKepemiluan"/> and <see cref="ImportDataKepemiluan"/>.
/// </summary>
[RequestSizeLimit(UkuranPermintaanMaksimum)]
[RequestFormLimits(MultipartBodyLengthLimit = UkuranPermintaanMaksimum, ValueLengthLimit = BatasKiriman.PanjangIsianMaksimum)]
public class ImporModel(GetRekapKepemiluan.Handler get) : HalamanSakip
{
    /// <summary>The largest file taken through the browser: a kabupaten/kota down to its TPS is well under it; a province or the nation goes through <c>sakip kepemiluan impor</c>.</summary>
    public const long UkuranBerkasMaksimum = 32L * 1024 * 1024;

    /// <summary>The file and the form.</summary>
    public const long UkuranPermintaanMaksimum = UkuranBerkasMaksimum + (1024 * 1024);

    [BindProperty(SupportsGet = true)]
    public string Satker { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string Acara { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? Kontes { get; set; }

    public GetRekapKepemiluan.Hasil? Hasil { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct);

    /// <summary>The template as a workbook: the header in row 1 and, as an example, a kecamatan of the demo (Tabel 18 and 19).</summary>
    public IActionResult OnGetTemplat()
    {
        string[] kepala = ["kode_wilayah", "nama_wilayah", "tingkat", .. KatalogKolom.KepalaWajib, "suara_1", "suara_2"];
        object?[] contoh = ["187101", "KEDATON", "kecamatan", 19054L, 19565L, null, null, 10L, 20L, 9091L, 10607L, 1L, 0L, 10L, 20L, 29L, 30L, 39645L, 19729L, 23L, 19893L, 17049L, 2680L, 4849L, 12200L];
        var lembar = new LembarTulis("Data") { BekukanDi = "A2" };
        lembar.Baris([.. kepala.Select(k => new SelTulis(k, null, GayaSel.Judul))]);
        lembar.Baris([.. contoh.Select(n => SelTulis.Dari(n))]);
        lembar.LebarKolom.AddRange(kepala.Select(k => (double)Math.Max(10, k.Length + 2)));
        return File(BukuKerjaXlsx.Tulis([lembar]), JenisBerkas.Xlsx, "templat-data-kepemiluan.xlsx");
    }

    public async Task<IActionResult> OnPostAsync([FromServices] ImportDataKepemiluan.Handler impor, IFormFile? berkas, CancellationToken ct)
    {
        if (!BerkasUnggah.Terima(berkas, UkuranBerkasMaksimum, "Pilih berkas CSV atau XLSX yang akan diimpor.", out var tolakan, "Berkas sebesar ini diimpor dengan perintah 'sakip kepemiluan impor'."))
        {
            var tampil = await TampilAsync(ct);
            Tolak(Gagal.TidakSah(tolakan, "Berkas"));
            return tampil;
        }

        var isi = (await BerkasUnggah.BacaAsync([berkas], ct))[0].Isi;
        return await SelesaikanAsync(
            await impor.HandleAsync(Pelaku, new ImportDataKepemiluan.Command(Satker, Acara, Kontes, JenisBerkas.NamaAman(berkas.FileName), isi), ct),
            h => $"{h.Kontes}: {h.JumlahBaris} baris {(h.Mengganti ? "menggantikan impor sebelumnya" : "diimpor")}; partisipasi {FormatIndonesia.PersenAtauKosong(h.Partisipasi)}; "
                + (h.JumlahKesalahan + h.JumlahPeringatan == 0 ? "semua angka lolos pemeriksaan." : $"{h.JumlahKesalahan} kesalahan dan {h.JumlahPeringatan} peringatan ditemukan (lihat Temuan pemeriksaan).")
                + string.Concat(h.Realisasi.Select(r => " " + r)),
            _ => Redirect($"/Kepemiluan/Rekap?acara={Uri.EscapeDataString(Acara)}&kontes={Uri.EscapeDataString(Kontes ?? string.Empty)}&satker={Uri.EscapeDataString(Satker)}"),
            () => TampilAsync(ct));
    }

    private async Task<IActionResult> TampilAsync(CancellationToken ct)
    {
        var tampil = Tampilkan(await get.HandleAsync(Pelaku, new GetRekapKepemiluan.Query(Satker, Acara, Kontes), ct), h => Hasil = h);
        if (Hasil is { BolehImpor: false } h)
        {
            Tolak(App.Keamanan.Izin.Tolak(App.Keamanan.Tindakan.MengelolaDataKepemiluan, h.NamaSatker));
            Hasil = null;
        }

        return tampil;
    }
}
