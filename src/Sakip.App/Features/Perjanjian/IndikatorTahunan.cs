using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.Domain.Periode;

namespace Sakip.App.Features.Perjanjian;

/// <summary>
/// The indicators a satker-year's documents list (the LKjIP's analyses, the Manual IKU): those of
/// its latest signed PK version, else its latest draft, in the agreement's order.
/// </summary>
public static class IndikatorTahunan
{
    /// <summary>An indicator with its sasaran, target as written, unit, periodicity and formula.</summary>
    public sealed record Baris(string Kode, string Uraian, string KodeSasaran, string Sasaran, string Target, string? Satuan, JenisPeriode Periodisitas, string? CaraPerhitungan, string? Rumus);

    /// <summary>The PK version chosen (null when the year has none) and its indicators.</summary>
    public sealed record Hasil(int? PerjanjianId, string? Judul, IReadOnlyList<Baris> Barises);

    public static async Task<Hasil> MuatAsync(SakipDbContext db, int satkerId, int tahun, CancellationToken ct)
    {
        var pk = await db.PerjanjianKinerjas.AsNoTracking().AsSplitQuery()
            .Where(p => p.SatkerId == satkerId && p.Tahun == tahun)
            .OrderByDescending(p => p.Status == StatusPerjanjianKinerja.Ditandatangani).ThenBy(p => p.Kode).ThenByDescending(p => p.Versi)
            .Include(p => p.Sasarans).ThenInclude(s => s.Indikators)
            .FirstOrDefaultAsync(ct);
        return pk is null ? new Hasil(null, null, []) : new Hasil(pk.Id, pk.Judul, Dari(pk));
    }

    /// <summary>The indicators of a PK version loaded with its sasaran and indicators, in the agreement's order.</summary>
    public static IReadOnlyList<Baris> Dari(PerjanjianKinerja pk) =>
        [.. pk.Sasarans.OrderBy(s => s.Urutan).SelectMany(s => s.Indikators.OrderBy(i => i.Urutan)
            .Select(i => new Baris(i.Kode, i.Uraian, s.Kode, s.Uraian, i.TargetTeks(), i.Satuan, i.Periodisitas, i.CaraPerhitungan, i.Rumus)))];

    /// <summary>The refusal of a satker-year without a PK, for what explains its indicators.</summary>
    public static Gagal TanpaPerjanjian(string namaSatker, int tahun) =>
        Gagal.TidakDitemukan($"Belum ada Perjanjian Kinerja {namaSatker} tahun {tahun}; Manual IKU menjelaskan indikatornya.");

    /// <summary>How often an indicator is measured, as a manual says it.</summary>
    public static string PeriodisitasTeks(JenisPeriode p) => p switch
    {
        JenisPeriode.Bulan => "bulanan",
        JenisPeriode.Triwulan => "triwulanan",
        JenisPeriode.Semester => "semesteran",
        _ => "tahunan",
    };
}
