namespace Sakip.Domain.Capaian;

/// <summary>Why a capaian or a formula is "tidak dapat dihitung" (DOMAIN.md §5): never an exception, never a silent 0.</summary>
public enum AlasanTidakDapatDihitung
{
    /// <summary>No target has been set.</summary>
    TargetKosong,

    /// <summary>The target is zero, so no ratio exists.</summary>
    TargetNol,

    /// <summary>No realisasi has been entered.</summary>
    RealisasiKosong,

    /// <summary>A target or realisasi is negative.</summary>
    NilaiNegatif,

    /// <summary>Target and realisasi are in different units.</summary>
    SatuanBerbeda,

    /// <summary>Realisasi is zero on a lower-is-better indicator and the policy has no cap.</summary>
    RealisasiNolTanpaBatas,

    /// <summary>A grade that the indicator's scale does not know.</summary>
    PredikatTidakDikenal,

    /// <summary>The realisasi is of another kind than the target (a number against a grade, ...).</summary>
    JenisBerbeda,

    /// <summary>A variable of the indicator's formula has no value.</summary>
    VariabelKosong,

    /// <summary>The formula's denominator is zero.</summary>
    PenyebutNol,
}

/// <summary>Texts of <see cref="AlasanTidakDapatDihitung"/> in Bahasa Indonesia.</summary>
public static class AlasanTidakDapatDihitungExtensions
{
    /// <summary>The reason as a user reads it.</summary>
    public static string Uraian(this AlasanTidakDapatDihitung alasan) => alasan switch
    {
        AlasanTidakDapatDihitung.TargetKosong => "target belum ditetapkan",
        AlasanTidakDapatDihitung.TargetNol => "target bernilai nol",
        AlasanTidakDapatDihitung.RealisasiKosong => "realisasi belum diisi",
        AlasanTidakDapatDihitung.NilaiNegatif => "target atau realisasi bernilai negatif",
        AlasanTidakDapatDihitung.SatuanBerbeda => "satuan target dan realisasi berbeda",
        AlasanTidakDapatDihitung.RealisasiNolTanpaBatas => "realisasi nol pada indikator semakin rendah semakin baik, tanpa batas capaian",
        AlasanTidakDapatDihitung.PredikatTidakDikenal => "predikat tidak dikenal pada skala indikator",
        AlasanTidakDapatDihitung.JenisBerbeda => "jenis realisasi tidak sesuai dengan jenis target",
        AlasanTidakDapatDihitung.VariabelKosong => "variabel rumus belum diisi",
        AlasanTidakDapatDihitung.PenyebutNol => "penyebut rumus bernilai nol",
        _ => throw new ArgumentOutOfRangeException(nameof(alasan), alasan, null),
    };
}
