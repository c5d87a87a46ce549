using Sakip.App.Features.Perjanjian;

namespace Sakip.App.Dokumen;

/// <summary>
/// The Manual IKU of a satker-year (issue 10, item 4): one table per PK indicator with its sasaran,
/// whether it is an IKU, its definisi operasional, formula, unit, target, periodicity, data source
/// and who answers for it, the Renstra indicator it carries forward and the national priority it serves. The wording, target, unit and periodicity are the PK's; what the manual
/// does not say yet is marked "belum diisi".
/// </summary>
public static class DokumenManualIku
{
    /// <summary>An indicator and its manual as <see cref="GetManualIku"/> reads it.</summary>
    public static ModelDokumen Bangun(string namaSatker, int tahun, IReadOnlyList<GetManualIku.Hasil> manuals)
    {
        const string Belum = "belum diisi";
        var b = new List<Blok>
        {
            new BlokJudul("MANUAL INDIKATOR KINERJA UTAMA", 0),
            new BlokJudul(namaSatker.ToUpperInvariant(), 0),
            new BlokJudul($"TAHUN {tahun}", 0),
            BlokParagraf.Teks($"Manual ini menjelaskan setiap indikator kinerja Perjanjian Kinerja {namaSatker} tahun {tahun}: maknanya, cara menghitungnya, sumber datanya, dan siapa yang bertanggung jawab atasnya. {manuals.Count(m => m.Iku)} dari {manuals.Count} indikator ditetapkan sebagai Indikator Kinerja Utama.", Perataan.RataKiriKanan),
        };
        foreach (var m in manuals)
        {
            var i = m.Indikator;
            b.Add(new BlokJudul($"{i.Kode} {i.Uraian}", 2));
            b.Add(new BlokTabel(
                ["Unsur", "Uraian"],
                [
                    [new Sel("Sasaran"), new Sel($"{i.KodeSasaran}. {i.Sasaran}")],
                    [new Sel("Indikator kinerja"), new Sel(i.Uraian)],
                    [new Sel("Indikator Kinerja Utama"), new Sel(m.Ditulis ? (m.Iku ? "Ya" : "Tidak") : Belum)],
                    [new Sel("Definisi operasional"), new Sel(m.DefinisiOperasional ?? Belum)],
                    [new Sel("Rumus / cara perhitungan"), new Sel((m.Ditulis ? m.RumusUraian : null) ?? Belum)],
                    [new Sel("Satuan"), new Sel(i.Satuan ?? "-")],
                    [new Sel($"Target {tahun}"), new Sel(i.Target)],
                    [new Sel("Periode pengukuran"), new Sel(IndikatorTahunan.PeriodisitasTeks(i.Periodisitas))],
                    [new Sel("Sumber data"), new Sel(m.SumberData ?? Belum)],
                    [new Sel("Unit penanggung jawab"), new Sel(m.UnitPenanggungJawab ?? Belum)],
                    [new Sel("Penanggung jawab"), new Sel(m.PenanggungJawab ?? Belum)],
                    [new Sel("Indikator Renstra"), new Sel(m.Renstra is { } r ? $"{r.KodeSasaran} {r.Indikator} (Renstra {r.TahunAwal}-{r.TahunAkhir}; target {tahun}: {r.TargetTahunIni ?? "-"})" : "tidak dikaitkan")],
                    [new Sel("Prioritas Nasional"), new Sel(m.PrioritasNasional ?? "-")],
                ],
                [3, 8]));
        }

        return new ModelDokumen($"Manual IKU {tahun} {namaSatker}", $"Manual IKU {tahun} · {namaSatker}", b);
    }
}
