namespace Sakip.Domain.Kepegawaian;

/// <summary>When a person counts among a satker's people: the LKjIP's Bab I counts those serving on 31 December.</summary>
public static class MasaTugas
{
    /// <summary>
    /// Whether someone who started on <paramref name="mulai"/> and left on <paramref name="selesai"/>
    /// (either unknown: open) serves on 31 December of <paramref name="tahun"/>; the first and last
    /// days of duty are days served.
    /// </summary>
    public static bool BertugasAkhirTahun(DateOnly? mulai, DateOnly? selesai, int tahun)
    {
        var akhir = new DateOnly(tahun, 12, 31);
        return (mulai is null || mulai <= akhir) && (selesai is null || selesai >= akhir);
    }

    /// <summary>Why a period of duty cannot be, or null: the last day must not come before the first.</summary>
    public static string? Periksa(DateOnly? mulai, DateOnly? selesai) =>
        mulai is { } m && selesai is { } s && s < m ? "Tanggal selesai bertugas tidak boleh sebelum tanggal mulai bertugas." : null;
}
