using Sakip.App.Entities;
using Sakip.App.Features.Evaluasi;
using Sakip.Domain.Bilangan;
using Sakip.Domain.Evaluasi;

namespace Sakip.App.Dokumen;

/// <summary>
/// The Laporan Hasil Evaluasi of a finished AKIP evaluation (issue 11, item 5), in the sections of
/// the LHE: Pendahuluan (basis, aims, scope and the LKE used), Hasil Evaluasi (value, predikat and
/// its meaning, the table komponen / bobot / nilai with the scale of the letters named, the value of
/// each round, the notes per component), the criteria scored below BB, and the closing with the
/// evaluator who fixed the final value. Every figure is the final round's, through the domain scoring.
/// </summary>
public static class DokumenLhe
{
    public static ModelDokumen Bangun(GetEvaluasiAkip.Hasil d)
    {
        var akhir = d.Putarans.Single(p => p.Jenis == JenisPutaran.Akhir);
        var nilai = akhir.Nilai ?? throw new InvalidOperationException("An LHE is built from a finished evaluation.");
        var satker = d.NamaSatker;
        var b = new List<Blok>
        {
            new BlokJudul("LAPORAN HASIL EVALUASI", 0),
            new BlokJudul("AKUNTABILITAS KINERJA INSTANSI PEMERINTAH", 0),
            new BlokJudul(satker.ToUpperInvariant(), 0),
            new BlokJudul($"TAHUN {d.Tahun}", 0),
            new BlokJudul("I. PENDAHULUAN", 1),
            new BlokJudul("A. Dasar", 2),
            new BlokDaftar(
                [
                    [new Potongan("Peraturan Pemerintah Nomor 8 Tahun 2006 tentang Pelaporan Keuangan dan Kinerja Instansi Pemerintah;")],
                    [new Potongan("Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah;")],
                    [new Potongan("Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 88 Tahun 2021 tentang Evaluasi Akuntabilitas Kinerja Instansi Pemerintah.")],
                ],
                Bernomor: true),
            new BlokJudul("B. Tujuan", 2),
            BlokParagraf.Teks($"Evaluasi bertujuan menilai tingkat implementasi Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) {satker}, memberikan saran perbaikan untuk peningkatan kinerja dan penguatan akuntabilitas, serta memantau tindak lanjut hasil evaluasi periode sebelumnya.", Perataan.RataKiriKanan),
            new BlokJudul("C. Ruang Lingkup", 2),
            BlokParagraf.Teks($"Evaluasi meliputi perencanaan kinerja, pengukuran kinerja, pelaporan kinerja, dan evaluasi akuntabilitas kinerja internal tahun {d.Tahun}, dengan {d.NamaTemplat}, dinilai {(d.Metode == MetodePenilaian.PerKriteria ? "per kriteria" : "per subkomponen berdasarkan persentase kriteria yang terpenuhi")}, melalui evaluasi mandiri satker, penilaian evaluator, dan kesepakatan nilai akhir.", Perataan.RataKiriKanan),
            new BlokJudul("II. HASIL EVALUASI", 1),
            BlokParagraf.Teks($"Hasil evaluasi atas implementasi SAKIP {satker} tahun {d.Tahun} menunjukkan nilai {FormatIndonesia.Angka(nilai.Total)} dengan predikat {nilai.Predikat} ({nilai.Predikat.Sebutan()}). {nilai.Predikat.Interpretasi()}", Perataan.RataKiriKanan),
            new BlokTabel(
                ["No", "Komponen", "Bobot", "Nilai", "Persentase bobot", "Huruf"],
                [
                    .. nilai.Komponens.Select((k, i) => (IReadOnlyList<Sel>)[new Sel($"{i + 1}."), new Sel(k.Komponen.Nama), new Sel(FormatIndonesia.AngkaRingkas(k.Komponen.Bobot), Angka: true), new Sel(FormatIndonesia.Angka(k.Nilai), Angka: true), new Sel(FormatIndonesia.Persen(k.Persen), Angka: true), new Sel(k.Huruf.ToString())]),
                    [new Sel(string.Empty), new Sel("Nilai evaluasi", Tebal: true), new Sel("100", Angka: true, Tebal: true), new Sel(FormatIndonesia.Angka(nilai.Total), Angka: true, Tebal: true), new Sel(string.Empty), new Sel(nilai.Predikat.ToString(), Tebal: true)],
                ],
                [1, 6, 2, 2, 3, 2],
                $"Nilai per komponen; huruf komponen menurut {PenilaianLke.SkalaHurufKomponen}"),
            new BlokTabel(
                ["Putaran", "Diajukan", "Nilai", "Predikat"],
                [.. d.Putarans.Select(p => (IReadOnlyList<Sel>)[new Sel(p.Judul), new Sel(p.Diajukan ?? "-"), new Sel(p.Nilai is { } h ? FormatIndonesia.Angka(h.Total) : "-", Angka: true), new Sel(p.Nilai?.Predikat.ToString() ?? "-")])],
                [3, 6, 2, 2],
                "Nilai setiap putaran penilaian"),
        };

        b.Add(new BlokJudul("Catatan per komponen", 2));
        foreach (var k in d.Komponens)
        {
            b.Add(new BlokParagraf([new Potongan($"{k.Kode}. {k.Nama}", Tebal: true)]));
            var catatan = k.SubKomponens.SelectMany(s => s.Barises)
                .Where(r => r.Isians.GetValueOrDefault(JenisPutaran.Akhir)?.Catatan is not null)
                .Select(r => (IReadOnlyList<Potongan>)[new Potongan($"{r.Kode}: ", Tebal: true), new Potongan(r.Isians[JenisPutaran.Akhir].Catatan!)])
                .ToList();
            b.Add(catatan.Count == 0 ? BlokParagraf.Teks("Tidak ada catatan.") : new BlokDaftar(catatan, Bernomor: false));
        }

        b.Add(new BlokJudul("III. HAL YANG PERLU DIPERBAIKI", 1));
        var kurang = d.Komponens.SelectMany(k => k.SubKomponens).SelectMany(s => s.Barises)
            .Where(r => r.Isians.GetValueOrDefault(JenisPutaran.Akhir) is { } isi && DiBawahBb(r, isi))
            .ToList();
        b.Add(kurang.Count == 0
            ? BlokParagraf.Teks("Seluruh kriteria dinilai BB atau lebih baik.", Perataan.RataKiriKanan)
            : new BlokTabel(
                ["Kode", "Kriteria", "Nilai akhir", "Catatan"],
                [.. kurang.Select(r => (IReadOnlyList<Sel>)[new Sel(r.Kode), new Sel(r.Teks), new Sel(r.Isians[JenisPutaran.Akhir].Teks), new Sel(r.Isians[JenisPutaran.Akhir].Catatan ?? "-")])],
                [2, 8, 2, 6],
                "Kriteria dengan nilai akhir di bawah BB"));

        b.Add(new BlokJudul("IV. PENUTUP", 1));
        b.Add(BlokParagraf.Teks($"Demikian laporan hasil evaluasi atas implementasi SAKIP {satker} tahun {d.Tahun}. Atas perhatian dan kerja sama yang baik, kami ucapkan terima kasih.", Perataan.RataKiriKanan));
        b.Add(new BlokTandaTangan([new KolomTandaTangan([akhir.DiajukanPada is { } t ? FormatIndonesia.Tanggal(DateOnly.FromDateTime(t.ToOffset(WaktuIndonesia.Offset).DateTime)) : string.Empty, "Evaluator"], akhir.DiajukanOleh ?? "-")]));
        return new ModelDokumen($"LHE SAKIP {d.Tahun} {satker}", $"LHE SAKIP {d.Tahun} · {satker}", b);
    }

    /// <summary>Below BB: on the AA-E scale (or a sub-component's grade) past BB; on another scale, below its best answer.</summary>
    private static bool DiBawahBb(GetEvaluasiAkip.Baris r, GetEvaluasiAkip.Isian isi) =>
        r.Pilihans.Count is 0 or 8 ? isi.Peringkat > 2 : isi.Peringkat > 0;
}
