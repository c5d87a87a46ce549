using Microsoft.AspNetCore.Mvc;
using Sakip.App;
using Sakip.App.Charts;
using Sakip.App.Entities;
using Sakip.App.Features.Anggaran;
using Sakip.App.Import.Bukti;
using Sakip.Domain.Anggaran;
using Sakip.Domain.Bilangan;
using Sakip.Web.Halaman;

namespace Sakip.Web.Pages.Anggaran;

/// <summary>
/// A satker's budget year: the DIPA tree with pagu, realisation and absorption, the cumulative
/// absorption against the plan, the revisions, the SIMONIKA reports (recorded here by the finance
/// officer), the indicators fed from them and the efficiency table. An adapter over
/// <see cref="GetAnggaran"/>, <see cref="GenerateAnggaranXlsx"/> and <see cref="RecordLaporanSimonika"/>.
/// </summary>
public class IndexModel(GetAnggaran.Handler get, BawaanHalaman bawaan) : HalamanSakip
{
    [BindProperty(SupportsGet = true)]
    public string? Satker { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Tahun { get; set; }

    public GetAnggaran.Hasil? Hasil { get; private set; }

    /// <summary>The cumulative absorption chart (SVG), when a DIPA is loaded.</summary>
    public string? Grafik { get; private set; }

    /// <summary>The SIMONIKA report being recorded.</summary>
    [BindProperty]
    public IsianSimonika Simonika { get; set; } = new();

    /// <summary>The indicator binding being set.</summary>
    [BindProperty]
    public IsianIkat Ikat { get; set; } = new();

    /// <summary>The sasaran links being set.</summary>
    [BindProperty]
    public IsianTautan Tautan { get; set; } = new();

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TampilAsync(ct);

    public async Task<IActionResult> OnPostIkatAsync([FromServices] LinkIndikatorAnggaran.Handler ikat, CancellationToken ct)
    {
        Satker ??= bawaan.SatkerUntuk(Pelaku);
        var tahun = Tahun ?? bawaan.TahunBerjalan;
        UkuranAnggaran? ukuran = Ikat.Ukuran is { Length: > 0 } u && Enum.TryParse<UkuranAnggaran>(u, out var x) && Enum.IsDefined(x) ? x : null;
        if (Ikat.Ukuran is { Length: > 0 } && ukuran is null)
        {
            var tampil = await TampilAsync(ct);
            Tolak(Gagal.TidakSah("Pilih angka anggaran yang menjadi realisasi indikator.", nameof(IsianIkat.Ukuran)), nameof(Ikat));
            return tampil;
        }

        return await SelesaikanAsync(
            await ikat.HandleAsync(Pelaku, new LinkIndikatorAnggaran.Command(Satker, tahun, Ikat.Indikator ?? string.Empty, ukuran), ct),
            h => (ukuran is { } uk ? $"Indikator {h.Indikator} diambil dari {DataAnggaran.NamaUkuran(uk)}." : string.Empty) + string.Concat(h.Realisasi.Select(r => " " + r)),
            _ => Redirect($"/Anggaran?satker={Uri.EscapeDataString(Satker)}&tahun={tahun}#judul-indikator"),
            () => TampilAsync(ct),
            nameof(Ikat));
    }

    public async Task<IActionResult> OnPostTautkanAsync([FromServices] LinkSasaranAnggaran.Handler tautkan, CancellationToken ct)
    {
        Satker ??= bawaan.SatkerUntuk(Pelaku);
        var tahun = Tahun ?? bawaan.TahunBerjalan;
        var kodes = (Tautan.Kodes ?? string.Empty).Split([',', ';', '\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return await SelesaikanAsync(
            await tautkan.HandleAsync(Pelaku, new LinkSasaranAnggaran.Command(Satker, tahun, Tautan.Sasaran ?? string.Empty, kodes), ct),
            h => h.JumlahBaris == 0 ? $"Sasaran {h.Sasaran} tidak lagi ditautkan ke baris anggaran." : $"Sasaran {h.Sasaran} ditautkan ke {h.JumlahBaris} baris anggaran.",
            _ => Redirect($"/Anggaran?satker={Uri.EscapeDataString(Satker)}&tahun={tahun}#judul-efisiensi"),
            () => TampilAsync(ct),
            nameof(Tautan));
    }

    public async Task<IActionResult> OnGetUnduhAsync([FromServices] GenerateAnggaranXlsx.Handler xlsx, CancellationToken ct)
    {
        Satker ??= bawaan.SatkerUntuk(Pelaku);
        var jawaban = await xlsx.HandleAsync(Pelaku, new GenerateAnggaranXlsx.Query(Satker, Tahun), ct);
        return jawaban.Nilai is { } h ? File(h.Isi, JenisBerkas.Xlsx, h.NamaBerkas) : Tampilkan(jawaban, _ => { });
    }

    public async Task<IActionResult> OnPostSimonikaAsync([FromServices] RecordLaporanSimonika.Handler catat, CancellationToken ct)
    {
        Satker ??= bawaan.SatkerUntuk(Pelaku);
        if (TidakTerbaca())
        {
            var tampil = await TampilAsync(ct);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return tampil;
        }

        var tahun = Tahun ?? bawaan.TahunBerjalan;
        return await SelesaikanAsync(
            await catat.HandleAsync(Pelaku, new RecordLaporanSimonika.Command(Satker, tahun, Simonika.Bulan, Simonika.Dikirim, Simonika.Valid, Simonika.Catatan), ct),
            h => $"Laporan SIMONIKA {FormatIndonesia.Bulan(Simonika.Bulan)} {tahun} dicatat: {(Simonika.Dikirim is null ? "belum dikirim" : h.TepatWaktu ? "tepat waktu" : $"terlambat (batas {FormatIndonesia.Tanggal(h.Batas)})")}, {(Simonika.Valid ? "valid" : "belum valid")}." + string.Concat(h.Indikator.Select(r => " " + r)),
            _ => Redirect($"/Anggaran?satker={Uri.EscapeDataString(Satker)}&tahun={tahun}#simonika"),
            () => TampilAsync(ct),
            nameof(Simonika));
    }

    private async Task<IActionResult> TampilAsync(CancellationToken ct)
    {
        Satker ??= bawaan.SatkerUntuk(Pelaku);
        var tampil = Tampilkan(await get.HandleAsync(Pelaku, new GetAnggaran.Query(Satker, Tahun), ct), h => Hasil = h);
        if (Hasil?.Data.Pohon is { } pohon)
        {
            var j = pohon.Jumlah;
            var sampai = Math.Max(1, j.BulanTerakhir);
            Grafik = GrafikSvg.Penyerapan(
                [.. Enumerable.Range(1, 12).Select(b => j.PenyerapanSampai(b))],
                j.RencanaBulan is null ? null : [.. Enumerable.Range(1, 12).Select(b => j.RencanaPersenSampai(b))],
                sampai,
                $"Penyerapan kumulatif DIPA {Hasil.Tahun} terhadap rencana penarikan dana",
                $"Realisasi kumulatif sampai {FormatIndonesia.Bulan(sampai)} {FormatIndonesia.PersenAtauKosong(j.PenyerapanSampai(sampai))} dari pagu {FormatIndonesia.Rupiah(j.Pagu)}"
                + (j.RencanaPersenSampai(sampai) is { } r ? $"; rencana sampai bulan itu {FormatIndonesia.Persen(r)}." : "."));
        }

        return tampil;
    }

    /// <summary>The SIMONIKA form.</summary>
    public sealed class IsianSimonika
    {
        public int Bulan { get; set; }

        public DateOnly? Dikirim { get; set; }

        public bool Valid { get; set; }

        public string? Catatan { get; set; }
    }

    /// <summary>The indicator-binding form.</summary>
    public sealed class IsianIkat
    {
        public string? Indikator { get; set; }

        /// <summary>A <see cref="UkuranAnggaran"/> name; empty removes the binding.</summary>
        public string? Ukuran { get; set; }
    }

    /// <summary>The sasaran-link form.</summary>
    public sealed class IsianTautan
    {
        public string? Sasaran { get; set; }

        /// <summary>Dotted codes separated by commas, spaces or lines; empty removes the links.</summary>
        public string? Kodes { get; set; }
    }

    /// <summary>The CSS class of a node's row by its level (indentation).</summary>
    public static string KelasTingkat(SimpulAnggaran s) => "tingkat-anggaran-" + ((int)s.Kode.Tingkat).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
