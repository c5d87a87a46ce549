using Sakip.App.Features.Capaian;
using Sakip.Domain.Bilangan;
using Sakip.Domain.Periode;

namespace Sakip.App.Dokumen;

/// <summary>
/// The quarterly capaian report (issue 10, item 1): for each sasaran, every indicator's annual
/// target, the quarter's target from the Rencana Aksi, the realisasi up to the quarter's end and
/// its capaian against both; the counts and the overall capaian so far; and each indicator's
/// action and who carries it out. Every figure is the dashboard's measurement up to that quarter.
/// </summary>
public static class DokumenCapaianTriwulan
{
    public static ModelDokumen Bangun(CalculateCapaian.Hasil c, int triwulan)
    {
        var u = c.Pengukuran;
        var r = u.Ringkasan;
        var tw = Periode.Romawi(triwulan);
        var aksi = c.RencanaAksi.ToDictionary(a => a.Kode, StringComparer.Ordinal);
        var b = new List<Blok>
        {
            new BlokJudul($"LAPORAN CAPAIAN KINERJA TRIWULAN {tw} TAHUN {c.Tahun}", 0),
            new BlokJudul(c.NamaSatker.ToUpperInvariant(), 0),
            BlokParagraf.Teks($"Capaian {u.Perjanjian.Judul} versi {u.Perjanjian.Versi} sampai dengan akhir triwulan {tw} {c.Tahun}, dari realisasi terverifikasi. Kebijakan perhitungan: {KebijakanTeks.Uraian(u.Kebijakan)}", Perataan.RataKiriKanan),
            new BlokJudul("A. Ringkasan", 2),
            BlokParagraf.Teks(
                $"Dari {u.Indikators.Count} indikator: di atas 100 % sebanyak {r.JumlahDiAtas100}, tepat 100 % sebanyak {r.JumlahSama100}, di bawah 100 % sebanyak {r.JumlahDiBawah100}, dan {r.JumlahTidakDapatDihitung} belum dapat dihitung. " +
                (r.Capaian is { } total ? $"Capaian kinerja keseluruhan sampai triwulan {tw} {FormatIndonesia.Persen(total)} ({u.KategoriKeseluruhan}) terhadap target tahunan." : "Capaian keseluruhan belum dapat dihitung."),
                Perataan.RataKiriKanan),
            new BlokJudul($"B. Capaian per Indikator sampai Triwulan {tw}", 2),
        };
        foreach (var s in u.Sasarans)
        {
            b.Add(new BlokParagraf([new Potongan($"Sasaran {s.Kode}. ", true), new Potongan(s.Uraian)]));
            b.Add(new BlokTabel(
                ["Indikator kinerja", "Target tahunan", $"Target TW {tw}", $"Realisasi s.d. TW {tw}", $"Capaian thd. target TW {tw}", "Capaian thd. target tahunan", "Kategori"],
                [.. u.Indikators.Where(i => i.KodeSasaran == s.Kode).Select(i =>
                {
                    var t = aksi.GetValueOrDefault(i.Kode)?.Triwulans.FirstOrDefault(x => x.Triwulan == triwulan);
                    return (IReadOnlyList<Sel>)[
                        new Sel($"{i.Kode} {i.Uraian}"),
                        new Sel(i.Target, Angka: true),
                        new Sel(string.IsNullOrEmpty(t?.Target) ? "-" : t.Target, Angka: true),
                        new Sel(i.Realisasi ?? "belum ada", Angka: true),
                        new Sel(t?.Capaian is { } ct ? FormatIndonesia.Persen(ct) : "-", Angka: true),
                        new Sel(i.Hasil.Nilai is { } v ? FormatIndonesia.Persen(v) : "tidak dapat dihitung", Angka: true),
                        new Sel(i.Kategori ?? "-")];
                })],
                [6, 2, 2, 2, 2, 2, 2]));
        }

        b.Add(new BlokGrafik($"Capaian per indikator sampai triwulan {tw} {c.Tahun} (%)", JenisGrafik.Batang, [.. u.Indikators.Select(i => i.Kode)], [.. u.Indikators.Select(i => i.Hasil.Nilai)], "Capaian (%)"));
        b.Add(new BlokJudul("C. Rencana Aksi", 2));
        b.Add(c.RencanaAksi.Count == 0
            ? BlokParagraf.Teks("Rencana Aksi belum dicatat di Sakip.")
            : new BlokTabel(
                ["Indikator", "Aksi", "Penanggung jawab", $"Target TW {tw}", $"Realisasi s.d. TW {tw}"],
                [.. c.RencanaAksi.Select(a =>
                {
                    var t = a.Triwulans.FirstOrDefault(x => x.Triwulan == triwulan);
                    return (IReadOnlyList<Sel>)[new Sel($"{a.Kode} {a.Uraian}"), new Sel(a.Aksi ?? "belum diisi"), new Sel(a.PenanggungJawab ?? "belum diisi"), new Sel(string.IsNullOrEmpty(t?.Target) ? "-" : t.Target, Angka: true), new Sel(t?.Realisasi ?? "belum ada", Angka: true)];
                })],
                [5, 5, 3, 2, 2]));
        return new ModelDokumen($"Capaian Kinerja TW {tw} {c.Tahun} {c.NamaSatker}", $"Capaian Kinerja Triwulan {tw} {c.Tahun} · {c.NamaSatker}", b);
    }
}
