using Sakip.App.Import.CapaianCsv;
using Sakip.Domain.Capaian;

namespace Sakip.App.Features.Capaian;

/// <summary>
/// Computes capaian for rows given in a CSV (<c>sakip capaian hitung</c>), without a database:
/// valid rows are computed, bad rows are reported with their line numbers.
/// </summary>
public static class CalculateCapaianRows
{
    public sealed record Query(TextReader Input, UbahKebijakan? Ubah = null);

    /// <param name="Id">The row's id.</param>
    /// <param name="Capaian">The capaian after the policy's cap; null when it cannot be computed.</param>
    /// <param name="Kategori">Its category on the policy's scale.</param>
    /// <param name="Alasan">Why it cannot be computed.</param>
    public sealed record Baris(string Id, decimal? Capaian, string? Kategori, string? Alasan);

    public sealed record Hasil(IReadOnlyList<Baris> Barises, IReadOnlyList<KesalahanBaris> Kesalahans);

    public sealed class Handler
    {
        public Task<Jawaban<Hasil>> HandleAsync(Query query, CancellationToken ct)
        {
            ct.ThrowIfCancellationRequested();
            var kebijakan = query.Ubah?.Terapkan(KebijakanCapaian.Bawaan) ?? KebijakanCapaian.Bawaan;
            var (rows, errors) = PembacaCapaianCsv.Parse(query.Input, kebijakan);
            var hasil = rows.Select(r =>
            {
                var h = KalkulatorCapaian.Hitung(r.Target, r.Polaritas, r.Realisasi, kebijakan);
                return new Baris(
                    r.Id,
                    h.Nilai,
                    h.DapatDihitung ? kebijakan.Skala.Kategorikan(h.Nilai!.Value).Nama : null,
                    h.Alasan?.Uraian());
            }).ToList();
            return Task.FromResult<Jawaban<Hasil>>(new Hasil(hasil, errors));
        }
    }
}
