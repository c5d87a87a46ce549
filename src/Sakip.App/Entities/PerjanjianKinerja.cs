using Sakip.Domain.Bilangan;
using Sakip.Domain.Capaian;
using Sakip.Domain.Periode;

namespace Sakip.App.Entities;

/// <summary>The state of a PK version.</summary>
public enum StatusPerjanjianKinerja
{
    Draf,
    Ditandatangani,
}

/// <summary>
/// One version of a satker's performance agreement for a year. Version 1 is the original; each
/// PK perubahan is a new version with a reason, and all versions are kept. Measurement uses the
/// version in force: the highest version whose <see cref="BerlakuMulai"/> is on or before the date.
/// </summary>
public class PerjanjianKinerja
{
    public int Id { get; set; }

    public int SatkerId { get; set; }

    public Satker Satker { get; set; } = null!;

    public int Tahun { get; set; }

    /// <summary>
    /// Tells apart the agreements of one satker-year (a Ketua's and a Sekretaris's) and stays the
    /// same across their versions.
    /// </summary>
    public required string Kode { get; set; }

    public int Versi { get; set; } = 1;

    public required string Judul { get; set; }

    /// <summary>
    /// The first party: the Ketua alone, or the Sekretaris who agrees with the Ketua; null while a
    /// draft has none, or when the source document does not name it.
    /// </summary>
    public int? PihakPertamaId { get; set; }

    public Pegawai? PihakPertama { get; set; }

    /// <summary>The second party (the superior), or null for a Ketua-only PK.</summary>
    public int? PihakKeduaId { get; set; }

    public Pegawai? PihakKedua { get; set; }

    public string? Tempat { get; set; }

    /// <summary>The signing date; null while unsigned or when the source does not print it.</summary>
    public DateOnly? Tanggal { get; set; }

    public DateOnly BerlakuMulai { get; set; }

    public string? AlasanPerubahan { get; set; }

    public StatusPerjanjianKinerja Status { get; set; }

    /// <summary>
    /// Raised on every edit of this version (parties, targets, indicators, Rencana Aksi); an edit
    /// made on a form opened before another person's edit is refused (optimistic concurrency).
    /// </summary>
    public int Revisi { get; set; }

    public List<SasaranPerjanjianKinerja> Sasarans { get; } = [];

    /// <summary>The message of <see cref="AlasanTidakDapatDiubah"/> for a signed version.</summary>
    public const string PesanTerkunci = "Perjanjian Kinerja yang sudah ditandatangani terkunci; buat perubahan (versi baru).";

    /// <summary>Why this version can no longer be edited (it is signed), or null while it is a draft.</summary>
    public string? AlasanTidakDapatDiubah() => Status == StatusPerjanjianKinerja.Draf ? null : PesanTerkunci;

    /// <summary>
    /// Records an edit of this version (heading, indicators and targets of a draft, or its Rencana
    /// Aksi, which stays editable after signing): raises <see cref="Revisi"/>, checked on save.
    /// </summary>
    public void TandaiDiubah() => Revisi++;

    /// <summary>
    /// The pimpinan signs the draft on <paramref name="tanggal"/>: it becomes binding and locked.
    /// Null when signed, else why it cannot be (already signed, no indicator, a target missing).
    /// </summary>
    public string? Tandatangani(DateOnly tanggal)
    {
        if (Status != StatusPerjanjianKinerja.Draf)
        {
            return "Perjanjian Kinerja ini sudah ditandatangani dan terkunci.";
        }

        var indikators = Sasarans.SelectMany(s => s.Indikators).ToList();
        if (indikators.Count == 0)
        {
            return "Perjanjian Kinerja tanpa indikator tidak dapat ditandatangani.";
        }

        var kosong = indikators.Where(i => i.KeTarget() is null).Select(i => i.Kode).ToList();
        if (kosong.Count > 0)
        {
            return $"Target indikator {string.Join(", ", kosong)} belum ditetapkan.";
        }

        Status = StatusPerjanjianKinerja.Ditandatangani;
        Tanggal = tanggal;
        return null;
    }

    /// <summary>
    /// Why no PK perubahan can be made from this version (given the highest version number of the
    /// agreement, the reason and the date it takes effect), or null when it can.
    /// </summary>
    public string? AlasanTidakDapatDirevisi(int versiTerakhir, string alasan, DateOnly? berlakuMulai, int panjangAlasanMinimum) =>
        Status != StatusPerjanjianKinerja.Ditandatangani || Versi != versiTerakhir ? "Perubahan hanya dapat dibuat dari versi terakhir yang sudah ditandatangani."
        : alasan.Trim().Length < panjangAlasanMinimum ? $"Tuliskan alasan perubahan (minimal {panjangAlasanMinimum} karakter)."
        : berlakuMulai is not { } mulai || mulai.Year != Tahun || mulai <= BerlakuMulai ? $"Tanggal berlaku harus dalam tahun {Tahun} dan sesudah berlakunya versi {Versi}."
        : null;

    /// <summary>
    /// The PK perubahan: a new draft version copying this one's parties, sasaran, indicators and
    /// Rencana Aksi, with its reason and the date it takes effect. This version is kept unchanged.
    /// </summary>
    public PerjanjianKinerja BuatPerubahan(string alasan, DateOnly berlakuMulai)
    {
        var baru = new PerjanjianKinerja
        {
            SatkerId = SatkerId,
            Tahun = Tahun,
            Kode = Kode,
            Versi = Versi + 1,
            Judul = Judul,
            PihakPertamaId = PihakPertamaId,
            PihakKeduaId = PihakKeduaId,
            Tempat = Tempat,
            BerlakuMulai = berlakuMulai,
            AlasanPerubahan = alasan.Trim(),
            Status = StatusPerjanjianKinerja.Draf,
        };
        foreach (var s in Sasarans.OrderBy(s => s.Urutan))
        {
            var sasaran = new SasaranPerjanjianKinerja { Kode = s.Kode, Urutan = s.Urutan, Uraian = s.Uraian };
            foreach (var i in s.Indikators.OrderBy(i => i.Urutan))
            {
                var ind = new IndikatorKinerja
                {
                    Kode = i.Kode,
                    Urutan = i.Urutan,
                    Uraian = i.Uraian,
                    JenisTarget = i.JenisTarget,
                    Polaritas = i.Polaritas,
                    TargetNilai = i.TargetNilai,
                    TargetAtas = i.TargetAtas,
                    TargetPredikat = i.TargetPredikat,
                    SkalaPredikat = i.SkalaPredikat,
                    TargetTanggal = i.TargetTanggal,
                    Satuan = i.Satuan,
                    Periodisitas = i.Periodisitas,
                    CaraAkumulasi = i.CaraAkumulasi,
                    Rumus = i.Rumus,
                    CaraPerhitungan = i.CaraPerhitungan,
                };
                ind.RencanaAksis.AddRange(i.RencanaAksis.Select(r => new RencanaAksi
                {
                    Triwulan = r.Triwulan,
                    TargetNilai = r.TargetNilai,
                    TargetPredikat = r.TargetPredikat,
                    Aksi = r.Aksi,
                    PenanggungJawab = r.PenanggungJawab,
                }));
                sasaran.Indikators.Add(ind);
            }

            baru.Sasarans.Add(sasaran);
        }

        return baru;
    }

    /// <summary>
    /// The versions in force on <paramref name="pada"/>, one per agreement of each satker-year: the
    /// highest signed version whose <see cref="BerlakuMulai"/> is on or before the date; else the
    /// first signed one; for an agreement not signed yet, its first draft (a preview). An unsigned
    /// revision never replaces a signed version. Ketua-only agreements (no second party) come first.
    /// </summary>
    public static List<PerjanjianKinerja> YangBerlaku(IEnumerable<PerjanjianKinerja> versi, DateOnly pada) =>
        [.. versi.GroupBy(p => (p.Tahun, p.Kode))
            .Select(g => g.Where(p => p.Status == StatusPerjanjianKinerja.Ditandatangani && p.BerlakuMulai <= pada).MaxBy(p => p.Versi)
                ?? g.Where(p => p.Status == StatusPerjanjianKinerja.Ditandatangani).MinBy(p => p.Versi)
                ?? g.MinBy(p => p.Versi)!)
            .OrderBy(p => p.Tahun)
            .ThenBy(p => p.PihakKeduaId is null ? 0 : 1)
            .ThenBy(p => p.Kode, StringComparer.Ordinal)];
}

/// <summary>A sasaran of a PK.</summary>
public class SasaranPerjanjianKinerja
{
    public int Id { get; set; }

    public int PerjanjianKinerjaId { get; set; }

    public required string Kode { get; set; }

    public int Urutan { get; set; }

    public required string Uraian { get; set; }

    public List<IndikatorKinerja> Indikators { get; } = [];
}

/// <summary>The kind of target an indicator has.</summary>
public enum JenisTarget
{
    Angka,
    Rentang,
    Predikat,
    Milestone,
}

/// <summary>
/// A PK indicator: what is measured, its target, polarity, periodicity and, for a formula
/// indicator, the formula of named variables.
/// </summary>
public class IndikatorKinerja
{
    public int Id { get; set; }

    public int SasaranPerjanjianKinerjaId { get; set; }

    public SasaranPerjanjianKinerja Sasaran { get; set; } = null!;

    public required string Kode { get; set; }

    public int Urutan { get; set; }

    public required string Uraian { get; set; }

    public JenisTarget JenisTarget { get; set; }

    public Polaritas Polaritas { get; set; }

    /// <summary>The number, or the lower bound of a band.</summary>
    public decimal? TargetNilai { get; set; }

    public decimal? TargetAtas { get; set; }

    public string? TargetPredikat { get; set; }

    public string? SkalaPredikat { get; set; }

    public DateOnly? TargetTanggal { get; set; }

    public string? Satuan { get; set; }

    public JenisPeriode Periodisitas { get; set; } = JenisPeriode.Tahun;

    public CaraAkumulasi CaraAkumulasi { get; set; } = CaraAkumulasi.Terakhir;

    /// <summary>The formula as text (<c>dpk / (dpt + dptb) x 100</c>); null for a value entered by hand.</summary>
    public string? Rumus { get; set; }

    /// <summary>The agreement's <i>cara perhitungan</i> in words.</summary>
    public string? CaraPerhitungan { get; set; }

    public List<RencanaAksi> RencanaAksis { get; } = [];

    public List<RealisasiKinerja> Realisasis { get; } = [];

    /// <summary>The grade scale this indicator's grades are read on (SAKIP unless another is named).</summary>
    public Domain.Capaian.SkalaPredikat SkalaPredikatnya() =>
        KebijakanCapaian.Bawaan.CariSkalaPredikat(SkalaPredikat ?? Domain.Capaian.SkalaPredikat.NamaSakip) ?? Domain.Capaian.SkalaPredikat.Sakip;

    /// <summary>The target as the engine reads it; null when no target was set.</summary>
    public Target? KeTarget() => JenisTarget switch
    {
        JenisTarget.Angka when TargetNilai is { } n => new TargetAngka(n, Satuan),
        JenisTarget.Rentang when TargetNilai is { } a && TargetAtas is { } b => new TargetRentang(a, b, Satuan),
        JenisTarget.Predikat when TargetPredikat is { } p => new TargetPredikat(p, SkalaPredikat ?? Domain.Capaian.SkalaPredikat.NamaSakip),
        JenisTarget.Milestone => new TargetMilestone(TargetTanggal),
        _ => null,
    };

    /// <summary>The target as people write it: <c>0,16 %</c>, <c>12 kali</c>, <c>80 - 90 %</c>, <c>B</c>.</summary>
    public string TargetTeks() => JenisTarget switch
    {
        JenisTarget.Angka when TargetNilai is { } n => TampilAngka(n, Satuan),
        JenisTarget.Rentang when TargetNilai is { } a && TargetAtas is { } b =>
            FormatIndonesia.AngkaRingkas(a) + " - " + TampilAngka(b, Satuan),
        JenisTarget.Predikat when TargetPredikat is { } p => p,
        JenisTarget.Milestone => TargetTanggal is { } t ? "selesai paling lambat " + FormatIndonesia.Tanggal(t) : "selesai",
        _ => string.Empty,
    };

    /// <summary>A number with its unit as people write it.</summary>
    public static string TampilAngka(decimal nilai, string? satuan) => satuan switch
    {
        null => FormatIndonesia.AngkaRingkas(nilai),
        Domain.Bilangan.Satuan.Persen => FormatIndonesia.AngkaRingkas(nilai) + " %",
        Domain.Bilangan.Satuan.Rupiah => FormatIndonesia.Rupiah(nilai),
        _ => FormatIndonesia.AngkaRingkas(nilai) + " " + satuan,
    };
}

/// <summary>Rencana Aksi: the target of a PK indicator for one quarter, with the actions and who carries them out.</summary>
public class RencanaAksi
{
    public int Id { get; set; }

    public int IndikatorKinerjaId { get; set; }

    public int Triwulan { get; set; }

    public decimal? TargetNilai { get; set; }

    public string? TargetPredikat { get; set; }

    public string? Aksi { get; set; }

    public string? PenanggungJawab { get; set; }
}

/// <summary>
/// The realisasi of an indicator for one period: a number, a grade, a milestone date, or the
/// variables of its formula; with the analysis text.
/// </summary>
public class RealisasiKinerja
{
    public int Id { get; set; }

    public int IndikatorKinerjaId { get; set; }

    public IndikatorKinerja Indikator { get; set; } = null!;

    public int Tahun { get; set; }

    public JenisPeriode JenisPeriode { get; set; }

    public int NomorPeriode { get; set; }

    public decimal? Nilai { get; set; }

    public string? Satuan { get; set; }

    public string? Predikat { get; set; }

    /// <summary>For a milestone: true when done.</summary>
    public bool? Selesai { get; set; }

    public DateOnly? TanggalSelesai { get; set; }

    /// <summary>Causes, obstacles and remedies, written by the operator.</summary>
    public string? Analisis { get; set; }

    /// <summary>Where the figure comes from, when it was taken from a document (e.g. the seed's table).</summary>
    public string? Sumber { get; set; }

    /// <summary>Only a verified realisasi counts in the measurement.</summary>
    public StatusRealisasi Status { get; set; }

    /// <summary>The pimpinan's note when the realisasi was returned.</summary>
    public string? CatatanVerifikasi { get; set; }

    /// <summary>Optimistic concurrency: raised by every change, checked on save.</summary>
    public int Revisi { get; set; }

    public List<RealisasiVariabel> Variabels { get; } = [];

    public List<BuktiRealisasi> Buktis { get; } = [];

    public Periode Periode => new(Tahun, JenisPeriode, NomorPeriode);

    /// <summary>
    /// Why the realisasi of an indicator-period can no longer be entered, changed or imported, or
    /// null when it can: the administrator closed a period containing it (<paramref name="tutup"/>),
    /// or it waits for or has passed verification. The one place this rule lives.
    /// </summary>
    public static string? AlasanTerkunci(RealisasiKinerja? realisasi, Periode periode, Periode? tutup) =>
        tutup is { } t ? $"periode {t.Label} sudah ditutup administrator"
        : realisasi?.Status == StatusRealisasi.Diajukan ? $"realisasi periode {periode.Label} sudah diajukan dan menunggu verifikasi"
        : realisasi?.Status == StatusRealisasi.Diverifikasi ? $"realisasi periode {periode.Label} sudah diverifikasi"
        : null;

    /// <summary>
    /// The operator saves the entry: as a draft, or submitted for verification. A note of an
    /// earlier return is cleared. Calling it on a locked realisasi is a bug: check
    /// <see cref="AlasanTerkunci"/> first.
    /// </summary>
    public void Simpan(bool ajukan)
    {
        if (Status is StatusRealisasi.Diajukan or StatusRealisasi.Diverifikasi)
        {
            throw new InvalidOperationException($"Realisasi {Id} is {Status} and locked.");
        }

        Status = ajukan ? StatusRealisasi.Diajukan : StatusRealisasi.Draf;
        CatatanVerifikasi = null;
        Revisi++;
    }

    /// <summary>
    /// The pimpinan's decision on a submitted realisasi: verified (it counts and stays locked), or
    /// returned with a note saying what to correct. Null when done, else why not (with the field,
    /// <c>Catatan</c>, when the note is missing).
    /// </summary>
    public Kesalahan? Putuskan(bool setuju, string? catatan)
    {
        if (Status != StatusRealisasi.Diajukan)
        {
            return new(null, "Realisasi ini tidak sedang menunggu verifikasi.");
        }

        if (!setuju && string.IsNullOrWhiteSpace(catatan))
        {
            return new("Catatan", "Tuliskan catatan: apa yang harus diperbaiki operator.");
        }

        Status = setuju ? StatusRealisasi.Diverifikasi : StatusRealisasi.Dikembalikan;
        CatatanVerifikasi = setuju ? null : catatan!.Trim();
        Revisi++;
        return null;
    }
}

/// <summary>The value of one formula variable in a realisasi.</summary>
public class RealisasiVariabel
{
    public int Id { get; set; }

    public int RealisasiKinerjaId { get; set; }

    public required string Nama { get; set; }

    public decimal Nilai { get; set; }
}
