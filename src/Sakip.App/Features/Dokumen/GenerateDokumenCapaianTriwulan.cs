using Sakip.App.Dokumen;
using Sakip.App.Features.Capaian;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Dokumen;

/// <summary>
/// The quarterly capaian report of a satker-year (<see cref="DokumenCapaianTriwulan"/>), measured by
/// the dashboard's use case up to the quarter's end, in any document format.
/// </summary>
public static class GenerateDokumenCapaianTriwulan
{
    /// <param name="KodeSatker">The satker.</param>
    /// <param name="Tahun">The year.</param>
    /// <param name="Triwulan">The quarter, 1-4.</param>
    /// <param name="Format"><c>docx</c>, <c>pdf</c>, <c>html</c> or <c>xlsx</c>.</param>
    /// <param name="KodePerjanjian">The PK reported on when the satker has more than one.</param>
    public sealed record Query(string KodeSatker, int Tahun, int Triwulan, string? Format, string? KodePerjanjian = null);

    public sealed class Handler(CalculateCapaian.Handler capaian, PencetakPdf pdf)
    {
        public async Task<Jawaban<BerkasDokumen>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            if (BerkasDokumen.Format(q.Format) is null)
            {
                return BerkasDokumen.FormatTidakDikenal(q.Format);
            }

            var ukur = await capaian.HandleAsync(pelaku, new CalculateCapaian.Query(q.KodeSatker, q.Tahun, KodePerjanjian: q.KodePerjanjian, Triwulan: q.Triwulan), ct);
            return ukur.Nilai is { } c
                ? await BerkasDokumen.BuatAsync(DokumenCapaianTriwulan.Bangun(c, q.Triwulan), $"capaian-triwulan-{q.Triwulan}-{c.KodeSatker}-{c.Tahun}", q.Format, pdf, ct)
                : ukur.Kegagalan!;
        }
    }
}
