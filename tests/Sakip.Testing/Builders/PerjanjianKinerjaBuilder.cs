using Sakip.App.Entities;
using Sakip.Domain.Capaian;
using Sakip.Domain.Periode;

namespace Sakip.Testing.Builders;

/// <summary>A satker with a unique code and valid defaults.</summary>
public static class SatkerBuilder
{
    private static int counter;

    public static Satker Baru(string? nama = null)
    {
        var n = Interlocked.Increment(ref counter);
        var kode = "T" + Guid.NewGuid().ToString("N")[..8];
        return new Satker { Kode = kode, Nama = nama ?? $"KPU Uji {n}", Tingkat = TingkatSatker.KabupatenKota };
    }
}

/// <summary>
/// Builds a PK version with one sasaran and the indicators added by the <c>WithIndikator</c> methods;
/// defaults: year 2024, version 1 in force from 1 January, signed.
/// </summary>
public sealed class PerjanjianKinerjaBuilder
{
    private readonly Satker satker;
    private readonly List<IndikatorKinerja> indikators = [];
    private int tahun = 2024;
    private int versi = 1;
    private DateOnly? berlakuMulai;
    private string kode = "UTAMA";
    private string? alasan;

    public PerjanjianKinerjaBuilder(Satker satker) => this.satker = satker;

    public PerjanjianKinerjaBuilder WithTahun(int value)
    {
        tahun = value;
        return this;
    }

    public PerjanjianKinerjaBuilder WithKode(string value)
    {
        kode = value;
        return this;
    }

    /// <summary>A revision (PK perubahan) in force from <paramref name="mulai"/>.</summary>
    public PerjanjianKinerjaBuilder WithVersi(int value, DateOnly mulai, string alasanPerubahan)
    {
        versi = value;
        berlakuMulai = mulai;
        alasan = alasanPerubahan;
        return this;
    }

    /// <summary>A numeric indicator with an optional yearly realisasi.</summary>
    public PerjanjianKinerjaBuilder WithIndikator(string kodeIndikator, decimal target, decimal? realisasi, Polaritas polaritas = Polaritas.Naik, string satuan = "persen")
    {
        var ind = new IndikatorKinerja
        {
            Kode = kodeIndikator,
            Urutan = indikators.Count + 1,
            Uraian = "Indikator " + kodeIndikator,
            JenisTarget = JenisTarget.Angka,
            Polaritas = polaritas,
            TargetNilai = target,
            Satuan = satuan,
        };
        if (realisasi is { } r)
        {
            ind.Realisasis.Add(new RealisasiKinerja { Tahun = tahun, JenisPeriode = JenisPeriode.Tahun, NomorPeriode = 1, Nilai = r, Satuan = satuan, Status = StatusRealisasi.Diverifikasi });
        }

        indikators.Add(ind);
        return this;
    }

    /// <summary>Adds a prepared indicator (periodic realisasi, formula, grade ...).</summary>
    public PerjanjianKinerjaBuilder WithIndikator(IndikatorKinerja indikator)
    {
        indikator.Urutan = indikators.Count + 1;
        indikators.Add(indikator);
        return this;
    }

    public PerjanjianKinerja Build()
    {
        var sasaran = new SasaranPerjanjianKinerja { Kode = "1", Urutan = 1, Uraian = "Sasaran uji" };
        sasaran.Indikators.AddRange(indikators);
        var pk = new PerjanjianKinerja
        {
            Satker = satker,
            Tahun = tahun,
            Kode = kode,
            Versi = versi,
            Judul = $"PK {tahun} {satker.Nama} versi {versi}",
            BerlakuMulai = berlakuMulai ?? new DateOnly(tahun, 1, 1),
            AlasanPerubahan = alasan,
            Status = StatusPerjanjianKinerja.Ditandatangani,
        };
        pk.Sasarans.Add(sasaran);
        return pk;
    }
}
