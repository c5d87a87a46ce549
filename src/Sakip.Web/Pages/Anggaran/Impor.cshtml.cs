using Microsoft.AspNetCore.Mvc;
using Sakip.App;
using Sakip.App.Excel;
using Sakip.App.Features.Anggaran;
using Sakip.App.Import.Anggaran;
using Sakip.App.Import.Bukti;
using Sakip.Domain.Anggaran;
using Sakip.Domain.Bilangan;
using Sakip.Web.Halaman;
using Sakip.Web.Keamanan;

namespace Sakip.Web.Pages.Anggaran;

/// <summary>
/// The finance officer's forms: load the DIPA (or the month's realisation, or a revision with its
/// file) from a CSV or XLSX in the template, or record a revision that moved no loaded line. An
/// adapter over <see cref="ImportAnggaran"/> and <see cref="RecordRevisiAnggaran"/>.
/// </summary>
[RequestSizeLimit(UkuranPermintaanMaksimum)]
[RequestFormLimits(MultipartBodyLengthLimit = UkuranPermintaanMaksimum, ValueLengthLimit = BatasKiriman.PanjangIsianMaksimum)]
public class ImporModel(GetAnggaran.Handler get, BawaanHalaman bawaan) : HalamanSakip
{
    /// <summary>The file and the form.</summary>
    public const long UkuranPermintaanMaksimum = PembacaAnggaran.UkuranMaksimum + (1024 * 1024);

    [BindProperty(SupportsGet = true)]
    public string? Satker { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Tahun { get; set; }

    /// <summary>The revision's particulars (empty for the DIPA awal or the month's realisation).</summary>
    [BindProperty]
    public IsianRevisi Revisi { get; set; } = new();

    public GetAnggaran.Hasil? Hasil { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct);

    /// <summary>The template as a workbook: the header and, as an example, a program with a kegiatan and an akun.</summary>
    public IActionResult OnGetTemplat()
    {
        var kepala = PembacaAnggaran.KepalaWajib.Concat(PembacaAnggaran.KepalaRencana).ToList();
        var lembar = new LembarTulis("DIPA") { BekukanDi = "A2" };
        lembar.Baris([.. kepala.Select(k => new SelTulis(k, null, GayaSel.Judul))]);
        lembar.Baris(new SelTulis("076.01.WA", null), new SelTulis("Program Dukungan Manajemen", null), new SelTulis("rm", null));
        lembar.Baris(new SelTulis("076.01.WA.3360", null), new SelTulis("Pengelolaan Keuangan dan Barang Milik Negara", null), new SelTulis("rm", null));
        lembar.Baris([new SelTulis("076.01.WA.3360.EBA.994.002.A.521211", null), new SelTulis("Belanja Bahan", null), new SelTulis("rm", null), SelTulis.Dari(12_000_000m), SelTulis.Dari(1_000_000m), SelTulis.Dari(1_000_000m), .. Enumerable.Repeat(new SelTulis(null, null), 10), .. Enumerable.Repeat(SelTulis.Dari(1_000_000m), 12)]);
        lembar.LebarKolom.AddRange([34, 50, 12, .. Enumerable.Repeat(14d, kepala.Count - 3)]);
        return File(BukuKerjaXlsx.Tulis([lembar]), JenisBerkas.Xlsx, "templat-anggaran.xlsx");
    }

    public async Task<IActionResult> OnPostAsync([FromServices] ImportAnggaran.Handler impor, IFormFile? berkas, CancellationToken ct)
    {
        Satker ??= bawaan.SatkerUntuk(Pelaku);
        var tahun = Tahun ?? bawaan.TahunBerjalan;
        if (!BerkasUnggah.Terima(berkas, PembacaAnggaran.UkuranMaksimum, "Pilih berkas CSV atau XLSX yang akan diimpor.", out var tolakan))
        {
            var tampil = await TampilAsync(ct);
            Tolak(Gagal.TidakSah(tolakan, "Berkas"));
            return tampil;
        }

        if (Revisi.BacaRevisi(out var revisi) is { } salah)
        {
            var tampil = await TampilAsync(ct);
            Tolak(salah, nameof(Revisi));
            return tampil;
        }

        var isi = (await BerkasUnggah.BacaAsync([berkas], ct))[0].Isi;
        return await SelesaikanAsync(
            await impor.HandleAsync(Pelaku, new ImportAnggaran.Command(Satker, tahun, JenisBerkas.NamaAman(berkas.FileName), isi, revisi), ct),
            h => $"{h.Versi}: {h.JumlahBaris} baris; pagu {FormatIndonesia.Rupiah(h.Pagu)}, realisasi {FormatIndonesia.Rupiah(h.Realisasi)}"
                + (h.Perubahan.Count > 0 ? $"; pagu {h.Perubahan.Count} baris berubah" : string.Empty)
                + (h.Temuan.Count > 0 ? $"; {h.Temuan.Count} temuan (lihat Temuan pemeriksaan)." : "; tidak ada temuan.")
                + string.Concat(h.Indikator.Select(r => " " + r)),
            _ => Redirect($"/Anggaran?satker={Uri.EscapeDataString(Satker)}&tahun={tahun}"),
            () => TampilAsync(ct),
            nameof(Revisi));
    }

    public async Task<IActionResult> OnPostRevisiAsync([FromServices] RecordRevisiAnggaran.Handler catat, CancellationToken ct)
    {
        Satker ??= bawaan.SatkerUntuk(Pelaku);
        var tahun = Tahun ?? bawaan.TahunBerjalan;
        var salah = Revisi.BacaRevisi(out var revisi);
        if (salah is not null || revisi is null)
        {
            var tampil = await TampilAsync(ct);
            Tolak(salah ?? Gagal.TidakSah("Pilih jenis revisi.", nameof(IsianRevisi.Jenis)), nameof(Revisi));
            return tampil;
        }

        return await SelesaikanAsync(
            await catat.HandleAsync(Pelaku, new RecordRevisiAnggaran.Command(Satker, tahun, revisi), ct),
            h => $"{h.Versi} dicatat." + string.Concat(h.Indikator.Select(r => " " + r)),
            _ => Redirect($"/Anggaran?satker={Uri.EscapeDataString(Satker)}&tahun={tahun}#judul-revisi"),
            () => TampilAsync(ct),
            nameof(Revisi));
    }

    private async Task<IActionResult> TampilAsync(CancellationToken ct)
    {
        Satker ??= bawaan.SatkerUntuk(Pelaku);
        var tampil = Tampilkan(await get.HandleAsync(Pelaku, new GetAnggaran.Query(Satker, Tahun ?? bawaan.TahunBerjalan), ct), h => Hasil = h);
        if (Hasil is { BolehKelola: false } h)
        {
            Tolak(App.Keamanan.Izin.Tolak(App.Keamanan.Tindakan.MengelolaAnggaran, h.NamaSatker));
            Hasil = null;
        }

        return tampil;
    }

    /// <summary>The revision part of the forms.</summary>
    public sealed class IsianRevisi
    {
        /// <summary><c>dja</c>, <c>kanwil</c>, <c>pok</c>; empty = not a revision.</summary>
        public string? Jenis { get; set; }

        public DateOnly? Tanggal { get; set; }

        public string? Alasan { get; set; }

        /// <summary>The revision, or null when none was chosen; a failure when it is incomplete.</summary>
        public Gagal? BacaRevisi(out ImportAnggaran.DataRevisi? revisi)
        {
            revisi = null;
            if (string.IsNullOrWhiteSpace(Jenis))
            {
                return Tanggal is null && string.IsNullOrWhiteSpace(Alasan) ? null : Gagal.TidakSah("Pilih jenis revisi, atau kosongkan tanggal dan alasannya bila berkas ini bukan revisi.", nameof(Jenis));
            }

            if (!PerubahanAnggaran.TryBacaJenis(Jenis, out var jenis))
            {
                return Gagal.TidakSah("Pilih jenis revisi: DJA, Kanwil DJPb atau POK.", nameof(Jenis));
            }

            if (Tanggal is not { } tanggal)
            {
                return Gagal.TidakSah("Isi tanggal revisi.", nameof(Tanggal));
            }

            revisi = new ImportAnggaran.DataRevisi(jenis, tanggal, Alasan ?? string.Empty);
            return null;
        }
    }
}
