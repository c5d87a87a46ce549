using Sakip.App.Features.Perencanaan;
using Sakip.App.Features.Perjanjian;
using Sakip.Domain.Bilangan;
using Sakip.Domain.Periode;

namespace Sakip.App.Dokumen;

/// <summary>
/// The planning documents besides the PK: the year's RKT (each unit's on its own pages: its targets,
/// then how each is reached and measured, then the programmes and the signature) and the Rencana
/// Aksi of a PK (the quarterly targets, actions and responsible units, then the progress each
/// quarter from verified realisasi).
/// </summary>
public static class DokumenRencana
{
    public static ModelDokumen Rkt(GetRkt.Hasil h)
    {
        var b = new List<Blok>();
        if (h.Rkts.Count == 0)
        {
            b.Add(new BlokJudul($"RENCANA KINERJA TAHUNAN {h.Tahun}", 0));
            b.Add(BlokParagraf.Teks($"{h.NamaSatker} belum mencatat RKT tahun {h.Tahun} di Sakip."));
        }

        foreach (var (rkt, n) in h.Rkts.Select((r, i) => (r, i)))
        {
            if (n > 0)
            {
                b.Add(new PemisahHalaman());
            }

            b.Add(new BlokJudul($"RENCANA KINERJA TAHUNAN {h.Tahun}", 0));
            b.Add(new BlokJudul(rkt.Unit.ToUpperInvariant(), 0));
            b.Add(new BlokJudul(h.NamaSatker.ToUpperInvariant(), 0));
            b.Add(new BlokTabel(
                ["No", "Sasaran Kegiatan", "Indikator Kinerja", "Target"],
                Baris(rkt, i => [new Sel(i.Uraian), new Sel(Target(i), Angka: true)]),
                [1, 6, 7, 2],
                "Sasaran kegiatan, indikator dan target"));
            b.Add(new BlokTabel(
                ["No", "Sasaran Kegiatan", "Indikator Kinerja", "Target", "Cara Pencapaian", "Cara Pengukuran"],
                Baris(rkt, i => [new Sel(i.Uraian), new Sel(Target(i), Angka: true), new Sel(i.CaraPencapaian ?? DokumenPerjanjianKinerja.BelumDiisi), new Sel(i.CaraPengukuran ?? i.Rumus ?? DokumenPerjanjianKinerja.BelumDiisi)]),
                [1, 4, 5, 2, 5, 5],
                "Cara pencapaian dan cara pengukuran"));
            if (h.Programs.Count > 0)
            {
                b.Add(new BlokTabel(
                    ["No", "Program", "Pagu"],
                    [.. h.Programs.OrderBy(p => p.Urutan).Select((p, i) => (IReadOnlyList<Sel>)[new Sel($"{i + 1}."), new Sel(p.Nama), new Sel(FormatIndonesia.Rupiah(p.Pagu), Angka: true)]),
                        [new Sel(string.Empty), new Sel("Jumlah", Tebal: true), new Sel(FormatIndonesia.Rupiah(h.TotalPagu), Angka: true, Tebal: true)]],
                    [1, 8, 4],
                    "Program dan anggaran"));
            }

            b.Add(new BlokTandaTangan([new KolomTandaTangan([h.NamaSatker], rkt.Penandatangan?.ToUpperInvariant() ?? "(PENANDATANGAN " + DokumenPerjanjianKinerja.BelumDiisi.ToUpperInvariant() + ")")]));
        }

        return new ModelDokumen($"RKT {h.Tahun} {h.NamaSatker}", $"Rencana Kinerja Tahunan {h.Tahun} · {h.NamaSatker}", b);
    }

    public static ModelDokumen RencanaAksi(GetRencanaAksi.Hasil h)
    {
        var b = new List<Blok>
        {
            new BlokJudul($"RENCANA AKSI TAHUN {h.Tahun}", 0),
            new BlokJudul(h.NamaSatker.ToUpperInvariant(), 0),
            BlokParagraf.Teks($"Rencana aksi atas {h.Judul}, versi {h.Versi}. Target triwulan kumulatif sampai akhir triwulan.", Perataan.Tengah),
            new BlokTabel(
                ["No", "Indikator Kinerja", "Target", "TW I", "TW II", "TW III", "TW IV", "Aksi", "Penanggung jawab"],
                [.. h.Barises.Select((r, i) => (IReadOnlyList<Sel>)[
                    new Sel($"{i + 1}."), new Sel($"{r.Kode} {r.Uraian}"), new Sel(r.TargetTahunan, Angka: true),
                    .. Enumerable.Range(1, 4).Select(tw => new Sel(r.Triwulans.FirstOrDefault(t => t.Triwulan == tw)?.Target is { Length: > 0 } t ? t : "-", Angka: true)),
                    new Sel(r.Aksi ?? DokumenPerjanjianKinerja.BelumDiisi), new Sel(r.PenanggungJawab ?? DokumenPerjanjianKinerja.BelumDiisi)])],
                [1, 6, 2, 2, 2, 2, 2, 5, 3],
                "Target triwulan, aksi dan penanggung jawab"),
            new BlokTabel(
                ["No", "Indikator Kinerja", "Triwulan", "Target", "Realisasi terverifikasi", "Capaian"],
                [.. h.Barises.SelectMany((r, i) => r.Triwulans.Where(t => t.Target.Length > 0).Select((t, n) => (IReadOnlyList<Sel>)[
                    .. (n == 0 ? new[] { new Sel($"{i + 1}.", r.Triwulans.Count(x => x.Target.Length > 0)), new Sel($"{r.Kode} {r.Uraian}", r.Triwulans.Count(x => x.Target.Length > 0)) } : []),
                    new Sel($"TW {Periode.Romawi(t.Triwulan)}"), new Sel(t.Target, Angka: true), new Sel(t.Realisasi ?? "belum ada", Angka: true), new Sel(t.Capaian is { } c ? FormatIndonesia.Persen(c) : "-", Angka: true)]))],
                [1, 6, 2, 2, 3, 2],
                "Kemajuan per triwulan"),
        };
        return new ModelDokumen($"Rencana Aksi {h.Tahun} {h.NamaSatker}", $"Rencana Aksi {h.Tahun} · {h.NamaSatker} · versi {h.Versi}", b);
    }

    private static string Target(GetRkt.Indikator i) => i.Target is null ? DokumenPerjanjianKinerja.BelumDiisi : $"{i.Target}{(string.IsNullOrWhiteSpace(i.Satuan) || i.Target.Contains(i.Satuan, StringComparison.OrdinalIgnoreCase) ? string.Empty : " " + i.Satuan)}";

    /// <summary>A row per indicator, a sasaran's number and wording merged over its indicators.</summary>
    private static List<IReadOnlyList<Sel>> Baris(GetRkt.Rencana rkt, Func<GetRkt.Indikator, IEnumerable<Sel>> isi)
    {
        var hasil = new List<IReadOnlyList<Sel>>();
        foreach (var s in rkt.Sasarans.OrderBy(s => s.Nomor))
        {
            var inds = s.Indikators.OrderBy(i => i.Urutan).ToList();
            if (inds.Count == 0)
            {
                continue;
            }

            for (var n = 0; n < inds.Count; n++)
            {
                hasil.Add([.. (n == 0 ? new[] { new Sel($"{s.Nomor}.", inds.Count), new Sel(s.Uraian, inds.Count) } : []), .. isi(inds[n])]);
            }
        }

        return hasil;
    }
}
