using Sakip.App.Entities;
using Sakip.App.Features.Capaian;
using Sakip.App.Features.Organisasi;
using Sakip.App.Features.Perencanaan;
using Sakip.App.Features.Perjanjian;
using Sakip.Domain.Anggaran;
using Sakip.Domain.Bilangan;
using Sakip.Domain.Capaian;

namespace Sakip.App.Dokumen;

/// <summary>What the LKjIP of a satker-year is built from; every figure comes from here.</summary>
/// <param name="Capaian">The measurement of the PK in force (the dashboard's).</param>
/// <param name="Tren">The overall capaian of every year with a PK.</param>
/// <param name="Renstra">The satker's Renstra, when it has one.</param>
/// <param name="Programs">The year's programmes and their budget.</param>
/// <param name="Perjanjian">The PK in force, with its satker, parties, sasaran and indicators (for the lampiran).</param>
/// <param name="Versi">The report version whose narrative, review and approval the document carries; null for a document straight from the data.</param>
/// <param name="Organisasi">The satker's divisions, people serving at the year's end and SAKIP team (Bab I and its lampiran).</param>
/// <param name="Manuals">The manuals of the PK's indicators: their Renstra indicator (Bab III's comparison with the Renstra) and national priority (Bab II).</param>
/// <param name="Evaluasi">The latest finished AKIP evaluation of the satker up to the year, with its year.</param>
/// <param name="Kepemiluan">The satker's imported election contests up to the year, newest first (Tabel 27-30).</param>
/// <param name="Riwayat">The participation of earlier elections as the satker's past reports printed it, checked (the seed's Tabel 30).</param>
/// <param name="Anggaran">The year's budget: the DIPA in force, its revisions, SIMONIKA, the efficiency table and the checks (Bab II D and Bab III).</param>
public sealed record DataLkjip(CalculateCapaian.Hasil Capaian, IReadOnlyList<ListTrenCapaian.TitikTren> Tren, GetRenstra.Hasil? Renstra, IReadOnlyList<ProgramAnggaran> Programs, PerjanjianKinerja Perjanjian, VersiLkjip? Versi = null, GetOrganisasi.Hasil? Organisasi = null, IReadOnlyList<GetManualIku.Hasil>? Manuals = null, (int Tahun, Domain.Evaluasi.HasilEvaluasiAkip Nilai, string? Sumber, IReadOnlyList<string> Temuan)? Evaluasi = null, IReadOnlyList<PartisipasiLkjip>? Kepemiluan = null, IReadOnlyList<Features.Kepemiluan.RiwayatTerperiksa>? Riwayat = null, Features.Anggaran.GetAnggaran.Hasil? Anggaran = null);

/// <summary>One imported contest as the LKjIP prints it: participation per region below the satker's (Tabel 27-29) and the total.</summary>
/// <param name="Tahun">The event's year.</param>
/// <param name="Acara">The event's name.</param>
/// <param name="Kontes">The contest's name.</param>
/// <param name="Wilayah">The region at the top of the data.</param>
/// <param name="Barises">The regions below it, with their figures.</param>
/// <param name="Total">The top's figures.</param>
/// <param name="Kesalahan">Findings of the checks that break an identity.</param>
/// <param name="Peringatan">Plausibility warnings.</param>
public sealed record PartisipasiLkjip(int Tahun, string Acara, string Kontes, string Wilayah, IReadOnlyList<(string Nama, Domain.Kepemiluan.AngkaWilayah Angka)> Barises, Domain.Kepemiluan.AngkaWilayah Total, int Kesalahan, int Peringatan);

/// <summary>What people wrote and decided on a report version (<see cref="LaporanKinerja"/>), as the document prints it.</summary>
/// <param name="Nomor">The version number.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Naratifs">The narrative per part (<see cref="DokumenLkjip.Bagians"/>, <see cref="DokumenLkjip.KunciIndikator"/>).</param>
/// <param name="NamaPereviu">Who signed the review statement, once signed.</param>
/// <param name="TanggalReviu">When, in WIB.</param>
/// <param name="NamaPenyetuju">The pimpinan who approved it, once approved.</param>
/// <param name="TanggalSetuju">When, in WIB.</param>
/// <param name="Tempat">Where the satker signs (the PK's place), for the signature lines.</param>
public sealed record VersiLkjip(int Nomor, StatusLaporanKinerja Status, IReadOnlyDictionary<string, string> Naratifs, string? NamaPereviu, DateOnly? TanggalReviu, string? NamaPenyetuju, DateOnly? TanggalSetuju, string? Tempat);

/// <summary>A narrative part of the LKjIP a user writes: its key and where it sits in the document.</summary>
public sealed record BagianNaratif(string Kunci, string Judul);

/// <summary>
/// The LKjIP in the structure of the seed (PermenPANRB 53/2014): cover, Kata Pengantar, Ikhtisar
/// Eksekutif, Bab I Pendahuluan, Bab II Perencanaan Kinerja (Renstra, PK, programmes and budget),
/// Bab III Akuntabilitas Kinerja (the category scale, the measurement per sasaran, the counts and
/// the overall capaian, the comparison with earlier years, each indicator's analysis as the
/// operator wrote it with its realisasi), Bab IV Penutup and the PK as lampiran. Every table and
/// figure comes from the data, so none can contradict another. Narrative parts that users write
/// (the foreword, the background, the conclusions) and the sections whose data Sakip does not
/// hold yet (voter data, the SAKIP evaluation, budget realisation) say so instead of being left out.
/// </summary>
public static class DokumenLkjip
{
    public const string NaratifBelumDiisi = "Bagian naratif ini belum diisi.";

    /// <summary>The sections users write, besides each indicator's analysis (<see cref="KunciIndikator"/>).</summary>
    public static readonly IReadOnlyList<BagianNaratif> Bagians =
    [
        new("kata-pengantar", "Kata Pengantar"),
        new("pendahuluan", "Bab I Pendahuluan"),
        new("penutup", "Bab IV Penutup (simpulan dan langkah ke depan)"),
    ];

    /// <summary>The key of an indicator's analysis among the narrative parts.</summary>
    public static string KunciIndikator(string kodeIndikator) => "indikator:" + kodeIndikator;

    /// <summary>The footer of a version: its state, and once published the content's SHA-256 (<see cref="ModelDokumen.Sidik"/>).</summary>
    public static string Kaki(string satker, int tahun, VersiLkjip? versi, string? sidik) => versi is null
        ? $"LKjIP {tahun} · {satker}"
        : sidik is null
            ? $"LKjIP {tahun} · {satker} · versi {versi.Nomor} ({LaporanKinerja.StatusTeks(versi.Status)}, belum diterbitkan)"
            : $"LKjIP {tahun} · {satker} · versi {versi.Nomor} · SHA-256 isi {sidik}";

    public static ModelDokumen Bangun(DataLkjip data)
    {
        var c = data.Capaian;
        var u = c.Pengukuran;
        var r = u.Ringkasan;
        var satker = c.NamaSatker;
        var b = new List<Blok>
        {
            new BlokJudul("LAPORAN KINERJA INSTANSI PEMERINTAH", 0),
            new BlokJudul($"(LKjIP) TAHUN {c.Tahun}", 0),
            new BlokJudul(satker.ToUpperInvariant(), 0),
            new PemisahHalaman(),
            new BlokJudul("KATA PENGANTAR", 1),
        };
        var versi = data.Versi;
        Naratif(b, versi, "kata-pengantar");
        if (versi?.NamaPenyetuju is { } penyetuju)
        {
            b.Add(new BlokTandaTangan([new KolomTandaTangan([$"{versi.Tempat ?? satker}, {(versi.TanggalSetuju is { } ts ? FormatIndonesia.Tanggal(ts) : string.Empty)}", $"Pimpinan {satker}"], penyetuju)]));
        }

        b.AddRange(
        [
            new BlokDaftarIsi("DAFTAR ISI"),
            new PemisahHalaman(),
            new BlokJudul("IKHTISAR EKSEKUTIF", 1),
            BlokParagraf.Teks(Ikhtisar(c), Perataan.RataKiriKanan),
            new PemisahHalaman(),
            new BlokJudul("BAB I PENDAHULUAN", 1),
        ]);
        Naratif(b, versi, "pendahuluan");
        Organisasi(b, data.Organisasi, c.Tahun);
        b.Add(new BlokJudul("BAB II PERENCANAAN KINERJA", 1));

        b.Add(new BlokJudul("A. Rencana Strategis", 2));
        if (data.Renstra is { Ada: true } renstra)
        {
            b.Add(BlokParagraf.Teks($"Rencana Strategis {satker} tahun {renstra.TahunAwal}-{renstra.TahunAkhir}.", Perataan.RataKiriKanan));
            b.Add(new BlokParagraf([new Potongan("Visi: ", true), new Potongan(renstra.Visi ?? "belum diisi")]));
            if (renstra.Misi.Count > 0)
            {
                b.Add(new BlokParagraf([new Potongan("Misi: ", true), new Potongan(string.Join("\n", renstra.Misi.Select((m, i) => $"{i + 1}. {m}")))]));
            }

            var tahun = Enumerable.Range(renstra.TahunAwal, renstra.TahunAkhir - renstra.TahunAwal + 1).ToList();
            b.Add(new BlokTabel(
                ["Sasaran strategis", "Indikator", .. tahun.Select(t => t.ToString(System.Globalization.CultureInfo.InvariantCulture))],
                [.. renstra.Sasarans.SelectMany(s => s.Indikators.Count == 0
                    ? [(IReadOnlyList<Sel>)[new Sel($"{s.Kode} {s.Uraian}"), new Sel("-"), .. tahun.Select(_ => new Sel("-"))]]
                    : s.Indikators.Select((ind, i) => (IReadOnlyList<Sel>)[.. (i == 0 ? new[] { new Sel($"{s.Kode} {s.Uraian}", s.Indikators.Count) } : []), new Sel(ind.Uraian), .. tahun.Select(t => new Sel(ind.Targets.GetValueOrDefault(t) ?? "-", Angka: true))]))],
                [5, 6, .. tahun.Select(_ => 2)],
                $"Sasaran strategis dan target kinerja {renstra.TahunAwal}-{renstra.TahunAkhir}"));
        }
        else
        {
            b.Add(BlokParagraf.Teks("Renstra belum dicatat di Sakip."));
        }

        var manual = (data.Manuals ?? []).ToDictionary(m => m.Indikator.Kode, StringComparer.Ordinal);
        PrioritasNasional(b, u, manual, c.Tahun);
        b.Add(new BlokJudul($"C. Perjanjian Kinerja Tahun {c.Tahun}", 2));
        b.Add(BlokParagraf.Teks($"{u.Perjanjian.Judul}, versi {u.Perjanjian.Versi}{(u.Perjanjian.Tanggal is { } tgl ? $", ditandatangani {FormatIndonesia.Tanggal(tgl)}" : u.Perjanjian.Status == StatusPerjanjianKinerja.Ditandatangani ? ", ditandatangani (tanggalnya tidak tercatat)" : ", belum ditandatangani")}.", Perataan.RataKiriKanan));
        b.Add(TabelPerjanjian(u));
        b.Add(new BlokJudul("D. Rencana Kerja dan Anggaran", 2));
        b.Add(data.Programs.Count == 0
            ? BlokParagraf.Teks("Program dan anggaran tahun ini belum dicatat di Sakip.")
            : new BlokTabel(
                ["No", "Program", "Pagu"],
                [.. data.Programs.OrderBy(p => p.Urutan).Select((p, i) => (IReadOnlyList<Sel>)[new Sel($"{i + 1}."), new Sel(p.Nama), new Sel(FormatIndonesia.Rupiah(p.Pagu), Angka: true)]),
                    [new Sel(string.Empty), new Sel("Jumlah", Tebal: true), new Sel(FormatIndonesia.Rupiah(data.Programs.Sum(p => p.Pagu)), Angka: true, Tebal: true)]],
                [1, 8, 4],
                $"Program dan pagu anggaran tahun {c.Tahun}"));
        if (data.Anggaran?.Data.Pohon is { } dipa)
        {
            b.Add(BlokParagraf.Teks(
                $"Pagu DIPA {satker} tahun {c.Tahun} ({Features.Anggaran.DataAnggaran.NamaVersi(data.Anggaran.Data.Berlaku!)}) seluruhnya {Terbilang.RupiahResmi(dipa.Jumlah.Pagu)}, terdiri atas "
                + string.Join(" dan ", dipa.PerSumber.Select(p => $"{SumberDanaTeks.Nama(p.Key)} {Terbilang.RupiahResmi(p.Value.Pagu)}")) + ".",
                Perataan.RataKiriKanan));
        }

        b.Add(new PemisahHalaman());
        b.Add(new BlokJudul("BAB III AKUNTABILITAS KINERJA", 1));
        b.Add(new BlokJudul($"A. Pengukuran Capaian Kinerja Tahun {c.Tahun}", 2));
        b.Add(BlokParagraf.Teks($"Capaian setiap indikator dihitung dari target dan realisasi terverifikasi dengan kebijakan berikut: {KebijakanTeks.Uraian(u.Kebijakan)}", Perataan.RataKiriKanan));
        var tingkat = u.Kebijakan.Skala.Tingkats;
        b.Add(new BlokTabel(
            ["No", "Rentang capaian", "Kategori"],
            [.. tingkat.Select((t, i) => (IReadOnlyList<Sel>)[new Sel($"{i + 1}."), new Sel(i == 0 ? $"{FormatIndonesia.AngkaRingkas(t.BatasBawah)} % ke atas" : $"{FormatIndonesia.AngkaRingkas(t.BatasBawah)} % sampai kurang dari {FormatIndonesia.AngkaRingkas(tingkat[i - 1].BatasBawah)} %"), new Sel(t.Nama)])],
            [1, 6, 4],
            "Skala kategori capaian"));
        foreach (var s in u.Sasarans)
        {
            b.Add(new BlokParagraf([new Potongan($"Sasaran {s.Kode}. ", true), new Potongan(s.Uraian)]));
            b.Add(new BlokTabel(
                ["No", "Indikator kinerja", "Target", "Realisasi", "Capaian", "Kategori"],
                [.. u.Indikators.Where(i => i.KodeSasaran == s.Kode).Select((i, n) => (IReadOnlyList<Sel>)[
                    new Sel($"{n + 1}."), new Sel(i.Uraian), new Sel(i.Target, Angka: true), new Sel(i.Realisasi ?? "belum ada", Angka: true),
                    new Sel(i.Hasil.Nilai is { } v ? FormatIndonesia.Persen(v) : "tidak dapat dihitung", Angka: true), new Sel(i.Kategori ?? "-")])],
                [1, 7, 2, 2, 2, 3]));
        }

        b.Add(new BlokGrafik($"Capaian per indikator tahun {c.Tahun} (%)", JenisGrafik.Batang, [.. u.Indikators.Select(i => i.Kode)], [.. u.Indikators.Select(i => i.Hasil.Nilai)], "Capaian (%)"));
        b.Add(BlokParagraf.Teks(
            $"Dari {u.Indikators.Count} indikator: capaian di atas 100 % sebanyak {r.JumlahDiAtas100}, tepat 100 % sebanyak {r.JumlahSama100}, di bawah 100 % sebanyak {r.JumlahDiBawah100}, dan {r.JumlahTidakDapatDihitung} belum dapat dihitung. " +
            (r.Capaian is { } total ? $"Capaian kinerja keseluruhan {FormatIndonesia.Persen(total)} ({u.KategoriKeseluruhan})." : "Capaian keseluruhan belum dapat dihitung."),
            Perataan.RataKiriKanan));

        var tren = data.Tren.Where(t => t.Tahun <= c.Tahun).ToList();
        if (tren.Count > 1)
        {
            b.Add(new BlokJudul("B. Perbandingan dengan Tahun Sebelumnya", 2));
            b.Add(new BlokTabel(
                ["Tahun", "Indikator", "Dapat dihitung", "Capaian keseluruhan"],
                [.. tren.Select(t => (IReadOnlyList<Sel>)[new Sel(t.Tahun.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Sel(t.JumlahIndikator.ToString(System.Globalization.CultureInfo.InvariantCulture), Angka: true), new Sel(t.JumlahDihitung.ToString(System.Globalization.CultureInfo.InvariantCulture), Angka: true), new Sel(t.Capaian is { } v ? FormatIndonesia.Persen(v) : "-", Angka: true)])],
                [2, 2, 2, 3],
                "Capaian kinerja keseluruhan per tahun"));
            b.Add(new BlokGrafik("Capaian kinerja keseluruhan per tahun (%)", JenisGrafik.Garis, [.. tren.Select(t => t.Tahun.ToString(System.Globalization.CultureInfo.InvariantCulture))], [.. tren.Select(t => t.Capaian)], "Capaian keseluruhan (%)"));
        }

        var bagian = tren.Count > 1 ? 'C' : 'B';
        var renstraPerIndikator = PerbandinganRenstra(u, manual);
        TabelRenstra(b, renstraPerIndikator, u, c.Tahun, bagian++);
        b.Add(new BlokJudul($"{bagian}. Analisis Capaian per Indikator", 2));
        var analisis = Analisis(data.Capaian.Pengukuran.Perjanjian);
        foreach (var i in u.Indikators)
        {
            b.Add(new BlokJudul($"{i.Kode} {i.Uraian}", 3));
            b.Add(BlokParagraf.Teks($"Target {i.Target}; realisasi {i.Realisasi ?? "belum ada"}; capaian {(i.Hasil.Nilai is { } v ? FormatIndonesia.Persen(v) : "tidak dapat dihitung")}{(i.Kategori is null ? string.Empty : $" ({i.Kategori})")}.{(renstraPerIndikator.GetValueOrDefault(i.Kode) is { } pr ? " " + KalimatRenstra(pr, c.Tahun) : string.Empty)}", Perataan.RataKiriKanan));
            if (versi?.Naratifs.GetValueOrDefault(KunciIndikator(i.Kode)) is { } tulisan && !string.IsNullOrWhiteSpace(tulisan))
            {
                b.AddRange(NaratifTeks.Urai(tulisan));
            }
            else
            {
                b.Add(BlokParagraf.Teks(analisis.GetValueOrDefault(i.Kode) ?? AnalisisBelumDiisi, Perataan.RataKiriKanan));
            }
        }

        b.Add(new BlokJudul("Hasil Evaluasi SAKIP", 2));
        if (data.Evaluasi is { } ev)
        {
            b.Add(BlokParagraf.Teks($"Hasil evaluasi atas implementasi SAKIP {satker} tahun {ev.Tahun}: nilai {FormatIndonesia.Angka(ev.Nilai.Total)} dengan predikat {ev.Nilai.Predikat} ({Domain.Evaluasi.PredikatSakip.Sebutan(ev.Nilai.Predikat)}).", Perataan.RataKiriKanan));
            b.Add(new BlokTabel(
                ["No", "Komponen", "Bobot", "Nilai", "Huruf"],
                [
                    .. ev.Nilai.Komponens.Select((k, i) => (IReadOnlyList<Sel>)[new Sel($"{i + 1}."), new Sel(k.Komponen.Nama), new Sel(FormatIndonesia.AngkaRingkas(k.Komponen.Bobot), Angka: true), new Sel(FormatIndonesia.Angka(k.Nilai), Angka: true), new Sel(k.Huruf.ToString())]),
                    [new Sel(string.Empty), new Sel("Nilai evaluasi", Tebal: true), new Sel("100", Angka: true, Tebal: true), new Sel(FormatIndonesia.Angka(ev.Nilai.Total), Angka: true, Tebal: true), new Sel(ev.Nilai.Predikat.ToString(), Tebal: true)],
                ],
                [1, 7, 2, 2, 2],
                $"Hasil evaluasi SAKIP tahun {ev.Tahun}; huruf komponen menurut {Domain.Evaluasi.PenilaianLke.SkalaHurufKomponen}"));
            if (ev.Sumber is { } sumber)
            {
                b.Add(BlokParagraf.Teks(
                    $"Nilai di atas dicatat sebagaimana tercetak pada {sumber}." + (ev.Temuan.Count == 0 ? string.Empty : " Pemeriksaan Sakip atas angka tercetak itu: " + string.Join(" ", ev.Temuan)),
                    Perataan.RataKiriKanan));
            }
        }
        else
        {
            b.Add(BlokParagraf.Teks("Hasil evaluasi SAKIP belum dicatat di Sakip.", Perataan.RataKiriKanan));
        }

        Kepemiluan(b, data.Kepemiluan ?? [], c.Tahun);
        Riwayat(b, data.Riwayat ?? []);
        Anggaran(b, data.Anggaran, satker, c.Tahun);
        b.Add(new PemisahHalaman());
        b.Add(new BlokJudul("BAB IV PENUTUP", 1));
        b.Add(BlokParagraf.Teks(r.Capaian is { } akhir ? $"Capaian kinerja {satker} tahun {c.Tahun} secara keseluruhan {FormatIndonesia.Persen(akhir)} dengan kategori {u.KategoriKeseluruhan}." : "Capaian kinerja keseluruhan belum dapat dihitung.", Perataan.RataKiriKanan));
        Naratif(b, versi, "penutup");
        b.Add(new PemisahHalaman());
        b.Add(new BlokJudul("PERNYATAAN TELAH DIREVIU", 1));
        b.Add(BlokParagraf.Teks($"Kami telah mereviu Laporan Kinerja {satker} tahun {c.Tahun} sesuai Pedoman Reviu atas Laporan Kinerja. Substansi informasi yang dimuat dalam Laporan Kinerja menjadi tanggung jawab manajemen {satker}.", Perataan.RataKiriKanan));
        if (versi?.NamaPereviu is { } pereviu)
        {
            b.Add(BlokParagraf.Teks("Reviu bertujuan untuk memberikan keyakinan terbatas laporan kinerja telah disajikan secara akurat, andal, dan valid. Berdasarkan reviu tersebut, tidak terdapat kondisi atau hal-hal yang menimbulkan perbedaan dalam meyakini keandalan informasi yang disajikan di dalam laporan kinerja ini.", Perataan.RataKiriKanan));
            b.Add(new BlokTandaTangan([new KolomTandaTangan([$"{versi.Tempat ?? satker}, {(versi.TanggalReviu is { } tr ? FormatIndonesia.Tanggal(tr) : string.Empty)}", "Aparat Pengawasan Intern Pemerintah"], pereviu)]));
        }
        else
        {
            b.Add(BlokParagraf.Teks("Reviu bertujuan untuk memberikan keyakinan terbatas laporan kinerja telah disajikan secara akurat, andal, dan valid. Reviu atas laporan kinerja ini belum dicatat di Sakip."));
            b.Add(new BlokTandaTangan([new KolomTandaTangan(["(tempat dan tanggal reviu)", "Aparat Pengawasan Intern Pemerintah"], "(NAMA PEREVIU BELUM DIISI)")]));
        }
        b.Add(new PemisahHalaman());
        b.Add(new BlokJudul("LAMPIRAN: PERJANJIAN KINERJA", 1));
        b.AddRange(DokumenPerjanjianKinerja.Bangun(data.Perjanjian, data.Programs).Bloks);
        if (data.Organisasi?.TimSakip is { } tim)
        {
            b.Add(new PemisahHalaman());
            b.Add(new BlokJudul("LAMPIRAN: TIM EVALUASI INTERNAL SAKIP", 1));
            b.Add(BlokParagraf.Teks($"Keputusan {satker} Nomor {tim.NomorKeputusan} tanggal {FormatIndonesia.Tanggal(tim.TanggalKeputusan)} tentang {tim.Tentang}.", Perataan.RataKiriKanan));
            b.Add(new BlokTabel(
                ["No", "Nama", "Jabatan", "Kedudukan dalam tim", "Tugas dalam tim"],
                [.. tim.Anggotas.GroupBy(a => a.Kelompok).SelectMany(g => g.Select((a, i) => (IReadOnlyList<Sel>)[new Sel($"{i + 1}."), new Sel(a.Nama), new Sel(a.Jabatan), new Sel(a.Kedudukan), new Sel(a.Tugas ?? "-")])
                    .Prepend([new Sel(string.Empty), new Sel(g.Key.ToUpperInvariant(), Tebal: true), new Sel(string.Empty), new Sel(string.Empty), new Sel(string.Empty)]))],
                [1, 4, 4, 3, 7],
                $"Susunan Tim Evaluasi Internal SAKIP {satker} tahun {c.Tahun}"));
        }

        return new ModelDokumen($"LKjIP {c.Tahun} {satker}", Kaki(satker, c.Tahun, versi, null), b);
    }

    /// <summary>A PK indicator set against the Renstra indicator it carries forward: the year's realisasi measured against the Renstra's last target.</summary>
    private sealed record BarisRenstra(BarisCapaian Indikator, GetManualIku.KaitanRenstra Renstra, HasilCapaian TerhadapTargetAkhir);

    /// <summary>
    /// Bab III's voter participation from the imported election data: per contest of the year,
    /// DPT and users by sex per region with their percentages (the seed's Tabel 27-29), the share
    /// of voters missing from the DPT and what the checks found; then every imported contest side
    /// by side (Tabel 30).
    /// </summary>
    private static void Kepemiluan(List<Blok> b, IReadOnlyList<PartisipasiLkjip> kontes, int tahun)
    {
        b.Add(new BlokJudul("Partisipasi pemilih", 2));
        var tahunIni = kontes.Where(k => k.Tahun == tahun).ToList();
        if (kontes.Count == 0)
        {
            b.Add(BlokParagraf.Teks("Data kepemiluan belum dimuat di Sakip.", Perataan.RataKiriKanan));
            return;
        }

        static IReadOnlyList<Sel> Baris(string nama, Domain.Kepemiluan.AngkaWilayah a, bool tebal) =>
        [
            new Sel(nama, Tebal: tebal),
            new Sel(FormatIndonesia.JumlahAtauKosong(a.Nilai(Domain.Kepemiluan.KolomKepemiluan.Dpt)), Angka: true, Tebal: tebal),
            new Sel(FormatIndonesia.JumlahAtauKosong(a.Nilai(Domain.Kepemiluan.KolomKepemiluan.PenggunaL)), Angka: true, Tebal: tebal),
            new Sel(FormatIndonesia.PersenAtauKosong(a.PartisipasiL()), Angka: true, Tebal: tebal),
            new Sel(FormatIndonesia.JumlahAtauKosong(a.Nilai(Domain.Kepemiluan.KolomKepemiluan.PenggunaP)), Angka: true, Tebal: tebal),
            new Sel(FormatIndonesia.PersenAtauKosong(a.PartisipasiP()), Angka: true, Tebal: tebal),
            new Sel(FormatIndonesia.JumlahAtauKosong(a.Nilai(Domain.Kepemiluan.KolomKepemiluan.Pengguna)), Angka: true, Tebal: tebal),
            new Sel(FormatIndonesia.PersenAtauKosong(a.Partisipasi()), Angka: true, Tebal: tebal),
        ];
        foreach (var k in tahunIni)
        {
            b.Add(BlokParagraf.Teks(
                $"{k.Kontes} ({k.Acara}) di {k.Wilayah}: {FormatIndonesia.JumlahAtauKosong(k.Total.Nilai(Domain.Kepemiluan.KolomKepemiluan.Pengguna))} dari {FormatIndonesia.JumlahAtauKosong(k.Total.Nilai(Domain.Kepemiluan.KolomKepemiluan.Dpt))} pemilih dalam DPT menggunakan hak pilihnya ({FormatIndonesia.PersenAtauKosong(k.Total.Partisipasi())}; laki-laki {FormatIndonesia.PersenAtauKosong(k.Total.PartisipasiL())}, perempuan {FormatIndonesia.PersenAtauKosong(k.Total.PartisipasiP())})."
                + (k.Total.PangsaDpk() is { } dpk ? $" Pemilih yang tidak terdaftar dalam DPT (DPK) dibanding DPT dan DPTb: {FormatIndonesia.PersenAtauKosong(dpk)}." : string.Empty)
                + (k.Kesalahan + k.Peringatan == 0 ? " Seluruh angka lolos pemeriksaan Sakip." : $" Pemeriksaan Sakip atas data ini menemukan {k.Kesalahan} angka yang tidak saling cocok dan {k.Peringatan} yang perlu dicek; rinciannya ada pada halaman Data Kepemiluan."),
                Perataan.RataKiriKanan));
            if (k.Barises.Count > 0)
            {
                b.Add(new BlokTabel(
                    ["Wilayah", "DPT", "Pengguna L", "%", "Pengguna P", "%", "Pengguna", "%"],
                    [.. k.Barises.Select(x => Baris(x.Nama, x.Angka, false)), Baris("Jumlah", k.Total, true)],
                    [4, 2, 2, 1, 2, 1, 2, 1],
                    $"Partisipasi pemilih {k.Kontes} tahun {k.Tahun} per wilayah"));
            }
        }

        b.Add(new BlokTabel(
            ["Tahun", "Pemilihan", "DPT", "Pengguna hak pilih", "Partisipasi"],
            [.. kontes.Select(k => (IReadOnlyList<Sel>)[new Sel(k.Tahun.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Sel($"{k.Kontes} ({k.Acara})"), new Sel(FormatIndonesia.JumlahAtauKosong(k.Total.Nilai(Domain.Kepemiluan.KolomKepemiluan.Dpt)), Angka: true), new Sel(FormatIndonesia.JumlahAtauKosong(k.Total.Nilai(Domain.Kepemiluan.KolomKepemiluan.Pengguna)), Angka: true), new Sel(FormatIndonesia.PersenAtauKosong(k.Total.Partisipasi()), Angka: true)])],
            [1, 6, 2, 2, 2],
            "Partisipasi pemilih setiap pemilihan yang datanya dimuat di Sakip"));
    }

    /// <summary>
    /// The participation of earlier elections as the satker's past reports printed them (the
    /// seed's Tabel 30), with the participation computed from the printed counts and every
    /// disagreement: with the printed percentage, and with the data imported into Sakip.
    /// </summary>
    private static void Riwayat(List<Blok> b, IReadOnlyList<Features.Kepemiluan.RiwayatTerperiksa> riwayat)
    {
        if (riwayat.Count == 0)
        {
            return;
        }

        b.Add(new BlokTabel(
            ["Tahun", "Pemilihan", "DPT", "Pengguna hak pilih", "Partisipasi (dihitung)", "Tercetak"],
            [.. riwayat.Select(r => (IReadOnlyList<Sel>)
            [
                new Sel(r.Baris.Tahun.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Sel(r.Baris.Pemilihan),
                new Sel(FormatIndonesia.Angka(r.Baris.Dpt, 0), Angka: true),
                new Sel(FormatIndonesia.Angka(r.Baris.Pengguna, 0), Angka: true),
                new Sel(FormatIndonesia.PersenAtauKosong(r.Baris.Partisipasi), Angka: true),
                new Sel(r.Baris.PersenTercetak is { } p ? FormatIndonesia.AngkaRingkas(p, 2) + " %" : FormatIndonesia.Kosong, Angka: true),
            ])],
            [1, 5, 2, 2, 2, 2],
            "Riwayat partisipasi pemilih sebagaimana tercetak dalam laporan sebelumnya"));
        var temuan = riwayat.SelectMany(r => r.Temuan.Select(t => $"{r.Baris.Pemilihan}: {t}.")).ToList();
        b.Add(BlokParagraf.Teks(
            temuan.Count == 0
                ? "Angka riwayat di atas sesuai dengan hitungannya sendiri dan dengan data yang dimuat di Sakip."
                : "Pemeriksaan Sakip atas angka riwayat di atas (sumber: " + string.Join("; ", riwayat.Select(r => r.Sumber).Distinct()) + ") menemukan: " + string.Join(" ", temuan),
            Perataan.RataKiriKanan));
    }

    /// <summary>
    /// Bab III's budget: realisation against the pagu per source, per program and kegiatan, the
    /// lines below a kegiatan where they are loaded (the logistics tables of the seed), the revisions,
    /// the SIMONIKA reports, the efficiency table and what the checks found, all from the DIPA in force.
    /// </summary>
    private static void Anggaran(List<Blok> b, Features.Anggaran.GetAnggaran.Hasil? anggaran, string satker, int tahun)
    {
        b.Add(new BlokJudul("Realisasi anggaran", 2));
        if (anggaran?.Data.Pohon is not { } pohon)
        {
            b.Add(BlokParagraf.Teks($"DIPA {satker} tahun {tahun} belum dimuat di Sakip, sehingga realisasi anggaran dan analisis efisiensinya belum dapat disajikan.", Perataan.RataKiriKanan));
            return;
        }

        var d = anggaran.Data;
        var j = pohon.Jumlah;
        b.Add(BlokParagraf.Teks(
            $"Realisasi anggaran {satker} tahun {tahun} sebesar {FormatIndonesia.Rupiah(j.Realisasi)} dari pagu {FormatIndonesia.Rupiah(j.Pagu)}, atau penyerapan {FormatIndonesia.PersenAtauKosong(j.Penyerapan)}; sisa anggaran {FormatIndonesia.Rupiah(j.Sisa)}. "
            + (d.JumlahRevisi == 0 ? "DIPA tidak direvisi selama tahun anggaran." : $"DIPA direvisi {d.JumlahRevisi} kali; revisi terakhir ({Features.Anggaran.DataAnggaran.NamaVersi(d.Berlaku!)}) tanggal {FormatIndonesia.Tanggal(d.Berlaku!.Tanggal)}.")
            + (d.Kepatuhan.Wajib == 0 ? string.Empty : $" Laporan SIMONIKA yang tepat waktu dan valid {d.Kepatuhan.TepatWaktuDanValid} dari {d.Kepatuhan.Wajib} laporan ({FormatIndonesia.PersenAtauKosong(d.Kepatuhan.Persen)})."),
            Perataan.RataKiriKanan));

        IReadOnlyList<Sel> Baris(string kode, string uraian, string sumber, AngkaAnggaran a, bool tebal = false) =>
            [new Sel(kode, Tebal: tebal), new Sel(uraian, Tebal: tebal), new Sel(sumber), new Sel(FormatIndonesia.Rupiah(a.Pagu), Angka: true, Tebal: tebal), new Sel(FormatIndonesia.Rupiah(a.Realisasi), Angka: true, Tebal: tebal), new Sel(FormatIndonesia.PersenAtauKosong(a.Penyerapan), Angka: true, Tebal: tebal)];
        string Sumber(SimpulAnggaran s) => string.Join(", ", s.PerSumber.Keys.Select(SumberDanaTeks.Singkat));
        string[] kepala = ["Kode", "Uraian", "Sumber", "Pagu", "Realisasi", "Penyerapan"];
        int[] lebar = [2, 6, 1, 3, 3, 2];
        b.Add(new BlokTabel(
            kepala,
            [
                .. pohon.SemuaSimpul().Where(s => s.Kode.Tingkat <= TingkatAnggaran.Kegiatan).Select(s => Baris(s.Kode.Tingkat == TingkatAnggaran.Program ? s.Kode.Kode : s.Kode.Bagian, s.Uraian, Sumber(s), s.Jumlah, s.Kode.Tingkat == TingkatAnggaran.Program)),
                .. pohon.PerSumber.Select(p => Baris(string.Empty, "Jumlah " + SumberDanaTeks.Nama(p.Key), SumberDanaTeks.Singkat(p.Key), p.Value, true)),
                Baris(string.Empty, "Jumlah seluruhnya", string.Empty, j, true),
            ],
            lebar,
            $"Pagu, realisasi dan penyerapan anggaran per program dan kegiatan tahun {tahun}"));

        foreach (var kegiatan in pohon.SemuaSimpul().Where(s => s.Kode.Tingkat == TingkatAnggaran.Kegiatan && s.Anak.Count > 0))
        {
            b.Add(new BlokTabel(
                kepala,
                [.. kegiatan.SemuaSimpul().Select(s => Baris(s.Kode.Tingkat == TingkatAnggaran.Kegiatan ? s.Kode.Bagian : string.Join('.', s.Kode.Kode.Split('.').Skip(3)), s.Uraian, Sumber(s), s.Jumlah, s == kegiatan))],
                lebar,
                $"Rincian anggaran kegiatan {kegiatan.Kode.Bagian} {kegiatan.Uraian} tahun {tahun}"));
        }

        if (anggaran.Efisiensi.Count > 0)
        {
            b.Add(new BlokTabel(
                ["Sasaran", "Pagu", "Realisasi", "Penyerapan", "Capaian kinerja", "Selisih"],
                [.. anggaran.Efisiensi.Select(e => (IReadOnlyList<Sel>)
                [
                    new Sel($"{e.KodeSasaran}. {e.Sasaran}"),
                    new Sel(FormatIndonesia.Rupiah(e.Angka.Pagu), Angka: true),
                    new Sel(FormatIndonesia.Rupiah(e.Angka.Realisasi), Angka: true),
                    new Sel(FormatIndonesia.PersenAtauKosong(e.Angka.Penyerapan), Angka: true),
                    new Sel(FormatIndonesia.PersenAtauKosong(e.Capaian), Angka: true),
                    new Sel(e.Selisih is { } x ? FormatIndonesia.Angka(x, 2) : FormatIndonesia.Kosong, Angka: true),
                ])],
                [6, 3, 3, 2, 2, 2],
                "Efisiensi: capaian kinerja sasaran dibandingkan dengan penyerapan anggaran yang mendukungnya (selisih dalam poin persen)"));
        }

        var temuan = d.Temuan.Select(t => t.Pesan).Concat(anggaran.TemuanProgram).ToList();
        b.Add(BlokParagraf.Teks(
            temuan.Count == 0
                ? "Pemeriksaan Sakip atas data anggaran tidak menemukan selisih: program di RKT dan PK sama dengan DIPA, rincian menjumlah ke induknya, realisasi tidak melebihi pagu, dan rencana penarikan dana sama dengan pagu."
                : "Pemeriksaan Sakip atas data anggaran menemukan: " + string.Join(" ", temuan.Select(t => t + ".")),
            Perataan.RataKiriKanan));
    }

    /// <summary>Bab II's national priorities: the indicators whose manual names one, grouped by it.</summary>
    private static void PrioritasNasional(List<Blok> b, Pengukuran u, Dictionary<string, GetManualIku.Hasil> manual, int tahun)
    {
        b.Add(new BlokJudul("B. Prioritas Nasional", 2));
        var terkait = u.Indikators.Where(i => manual.GetValueOrDefault(i.Kode)?.PrioritasNasional is not null).ToList();
        if (terkait.Count == 0)
        {
            b.Add(BlokParagraf.Teks("Belum ada indikator Perjanjian Kinerja yang dikaitkan dengan Prioritas Nasional (dikaitkan pada Manual IKU).", Perataan.RataKiriKanan));
            return;
        }

        var sasaran = u.Sasarans.ToDictionary(s => s.Kode, s => s.Uraian, StringComparer.Ordinal);
        b.Add(new BlokTabel(
            ["Prioritas Nasional", "Sasaran", "Indikator kinerja", $"Target {tahun}"],
            [.. terkait.GroupBy(i => manual[i.Kode].PrioritasNasional!, StringComparer.Ordinal).SelectMany(g => g.Select((i, n) => (IReadOnlyList<Sel>)[
                .. (n == 0 ? new[] { new Sel(g.Key, g.Count()) } : []), new Sel($"{i.KodeSasaran}. {sasaran.GetValueOrDefault(i.KodeSasaran)}"), new Sel($"{i.Kode} {i.Uraian}"), new Sel(i.Target, Angka: true)]))],
            [4, 5, 6, 2],
            $"Indikator kinerja yang mendukung Prioritas Nasional tahun {tahun}"));
    }

    private static Dictionary<string, BarisRenstra> PerbandinganRenstra(Pengukuran u, Dictionary<string, GetManualIku.Hasil> manual) =>
        u.Indikators
            .Where(i => manual.GetValueOrDefault(i.Kode)?.Renstra is not null)
            .ToDictionary(
                i => i.Kode,
                i =>
                {
                    var r = manual[i.Kode].Renstra!;
                    return new BarisRenstra(i, r, KalkulatorCapaian.Hitung(r.TargetAkhirAngka, i.Polaritas, i.NilaiRealisasi, u.Kebijakan));
                },
                StringComparer.Ordinal);

    /// <summary>Bab III's comparison of the year's realisasi with the Renstra's target for the year and its last target.</summary>
    private static void TabelRenstra(List<Blok> b, Dictionary<string, BarisRenstra> baris, Pengukuran u, int tahun, char bagian)
    {
        b.Add(new BlokJudul($"{bagian}. Perbandingan dengan Target Renstra", 2));
        var belum = u.Indikators.Count - baris.Count;
        if (baris.Count == 0)
        {
            b.Add(BlokParagraf.Teks("Belum ada indikator Perjanjian Kinerja yang dikaitkan dengan indikator Renstra (dikaitkan pada Manual IKU), sehingga realisasi belum dapat dibandingkan dengan target Renstra.", Perataan.RataKiriKanan));
            return;
        }

        b.Add(new BlokTabel(
            ["No", "Indikator kinerja", "Indikator Renstra", $"Target Renstra {tahun}", "Target akhir Renstra", $"Realisasi {tahun}", "Capaian terhadap target akhir"],
            [.. baris.Values.Select((x, n) => (IReadOnlyList<Sel>)[
                new Sel($"{n + 1}."), new Sel($"{x.Indikator.Kode} {x.Indikator.Uraian}"), new Sel($"{x.Renstra.KodeSasaran} {x.Renstra.Indikator}"),
                new Sel(x.Renstra.TargetTahunIni ?? "-", Angka: true),
                new Sel(x.Renstra.TargetAkhir is { } akhir ? $"{akhir} ({x.Renstra.TahunTargetAkhir})" : "-", Angka: true),
                new Sel(x.Indikator.Realisasi ?? "belum ada", Angka: true),
                new Sel(x.TerhadapTargetAkhir.Nilai is { } v ? FormatIndonesia.Persen(v) : "tidak dapat dihitung", Angka: true)])],
            [1, 5, 5, 2, 2, 2, 2],
            $"Realisasi {tahun} dibandingkan dengan target Renstra"));
        if (belum > 0)
        {
            b.Add(BlokParagraf.Teks($"{belum} dari {u.Indikators.Count} indikator belum dikaitkan dengan indikator Renstra.", Perataan.RataKiriKanan));
        }
    }

    private static string KalimatRenstra(BarisRenstra x, int tahun) =>
        $"Indikator ini menurunkan indikator Renstra {x.Renstra.TahunAwal}-{x.Renstra.TahunAkhir} \"{x.Renstra.Indikator}\" dengan target {tahun} {x.Renstra.TargetTahunIni ?? "tidak tercantum"}" +
        (x.Renstra.TargetAkhir is { } akhir
            ? $" dan target akhir {akhir} ({x.Renstra.TahunTargetAkhir}); " + (x.TerhadapTargetAkhir.Nilai is { } v
                ? $"realisasi {tahun} mencapai {FormatIndonesia.Persen(v)} dari target akhir itu."
                : $"capaian terhadap target akhir tidak dapat dihitung ({x.TerhadapTargetAkhir.Alasan!.Value.Uraian()}).")
            : ".");

    /// <summary>
    /// Bab I's organisation from the data: the divisions and their secretariat partners (Tabel 3),
    /// the people serving on 31 December counted from their own lists, and those lists (Tabel 1
    /// and 2), so the count and the tables can never disagree.
    /// </summary>
    private static void Organisasi(List<Blok> b, GetOrganisasi.Hasil? o, int tahun)
    {
        b.Add(new BlokJudul("Struktur Organisasi", 2));
        b.Add(o is null || o.Divisis.Count == 0
            ? BlokParagraf.Teks("Divisi dan hubungan kerjanya dengan sekretariat belum dicatat di Sakip.")
            : new BlokTabel(
                ["No", "Divisi", "Tugas", "Hubungan kerja dengan sekretariat"],
                [.. o.Divisis.Select((d, i) => (IReadOnlyList<Sel>)[new Sel($"{i + 1}."), new Sel(d.Nama), new Sel(d.Tugas), new Sel(d.UnitSekretariat ?? "-")])],
                [1, 4, 9, 4],
                "Divisi dan hubungan kerja dengan sekretariat"));

        b.Add(new BlokJudul("Sumber Daya Manusia", 2));
        if (o is null || o.JumlahPegawai.Total == 0)
        {
            b.Add(BlokParagraf.Teks("Pegawai belum dicatat di Sakip."));
            return;
        }

        var j = o.JumlahPegawai;
        b.Add(BlokParagraf.Teks($"Pada 31 Desember {tahun} {o.NamaSatker} memiliki {j.Total} orang: {j.Komisioner} anggota KPU, {j.Asn} Aparatur Sipil Negara (ASN) dan {j.Ppnpn} Pegawai Pemerintah Non PNS (PPNPN).", Perataan.RataKiriKanan));
        var asn = o.Bertugas(JenisPegawai.Asn).ToList();
        if (asn.Count > 0)
        {
            b.Add(new BlokTabel(
                ["No", "Nama", "NIP", "Pangkat/golongan", "TMT pangkat", "Mulai bertugas"],
                [.. asn.Select((p, i) => (IReadOnlyList<Sel>)[new Sel($"{i + 1}."), new Sel(p.Nama), new Sel(p.Nip ?? "belum dicatat"), new Sel(p.PangkatGolongan ?? "-"), new Sel(Tanggal(p.TmtPangkat)), new Sel(Tanggal(p.MulaiBertugas))])],
                [1, 6, 5, 4, 3, 3],
                $"Aparatur Sipil Negara ({asn.Count} orang)"));
        }

        var lain = o.Bertugas(JenisPegawai.Komisioner).Concat(o.Bertugas(JenisPegawai.Ppnpn)).ToList();
        if (lain.Count > 0)
        {
            b.Add(new BlokTabel(
                ["No", "Nama", "Jabatan", "Mulai bertugas"],
                [.. lain.Select((p, i) => (IReadOnlyList<Sel>)[new Sel($"{i + 1}."), new Sel(p.Nama), new Sel(p.Jabatan), new Sel(Tanggal(p.MulaiBertugas))])],
                [1, 6, 6, 3],
                $"Anggota KPU ({j.Komisioner} orang) dan PPNPN ({j.Ppnpn} orang)"));
        }
    }

    private static string Tanggal(DateOnly? t) => t is { } x ? FormatIndonesia.Tanggal(x) : "-";

    /// <summary>What an indicator without a written analysis shows.</summary>
    public const string AnalisisBelumDiisi = "Analisis indikator ini belum diisi.";

    /// <summary>A written section's blocks, or the mark that it is not written yet.</summary>
    private static void Naratif(List<Blok> b, VersiLkjip? versi, string kunci)
    {
        var blok = NaratifTeks.Urai(versi?.Naratifs.GetValueOrDefault(kunci));
        b.AddRange(blok.Count == 0 ? [BlokParagraf.Teks(NaratifBelumDiisi)] : blok);
    }

    private static string Ikhtisar(CalculateCapaian.Hasil c)
    {
        var u = c.Pengukuran;
        var r = u.Ringkasan;
        return $"Laporan Kinerja {c.NamaSatker} tahun {c.Tahun} mengukur {u.Indikators.Count} indikator kinerja pada {u.Sasarans.Count} sasaran {u.Perjanjian.Judul}. " +
            (r.Capaian is { } v ? $"Capaian kinerja keseluruhan {FormatIndonesia.Persen(v)} ({u.KategoriKeseluruhan}); " : "Capaian keseluruhan belum dapat dihitung; ") +
            $"{r.JumlahDiAtas100} indikator di atas 100 %, {r.JumlahSama100} tepat 100 %, {r.JumlahDiBawah100} di bawah 100 %, dan {r.JumlahTidakDapatDihitung} belum dapat dihitung.";
    }

    private static BlokTabel TabelPerjanjian(Pengukuran u)
    {
        var barises = new List<IReadOnlyList<Sel>>();
        foreach (var s in u.Sasarans)
        {
            var inds = u.Indikators.Where(i => i.KodeSasaran == s.Kode).ToList();
            for (var n = 0; n < inds.Count; n++)
            {
                barises.Add([.. (n == 0 ? new[] { new Sel($"{s.Kode}. {s.Uraian}", inds.Count) } : []), new Sel($"{inds[n].Kode} {inds[n].Uraian}"), new Sel(inds[n].Target, Angka: true)]);
            }
        }

        return new BlokTabel(["Sasaran", "Indikator kinerja", "Target"], barises, [5, 7, 2], $"Perjanjian Kinerja tahun {u.Perjanjian.Tahun}");
    }

    /// <summary>Per indicator code, the analysis of its latest verified realisasi that has one.</summary>
    private static Dictionary<string, string> Analisis(PerjanjianKinerja pk) =>
        pk.Sasarans.SelectMany(s => s.Indikators)
            .Select(i => (i.Kode, Teks: i.Realisasis.Where(x => x.Status == StatusRealisasi.Diverifikasi && !string.IsNullOrWhiteSpace(x.Analisis)).OrderBy(x => x.Periode.Akhir).LastOrDefault()?.Analisis))
            .Where(x => x.Teks is not null)
            .GroupBy(x => x.Kode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Teks!, StringComparer.Ordinal);
}
