using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Dokumen;
using Sakip.App.Features.Capaian;
using Sakip.App.Features.Perencanaan;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Dokumen;

/// <summary>
/// The LKjIP of a satker-year (<see cref="DokumenLkjip"/>) from the data, in any document format,
/// for whoever may read the satker: the measurement is the dashboard's (<see cref="CalculateCapaian"/>),
/// the trend and the Renstra are those of their pages, so the report cannot differ from them.
/// </summary>
public static class GenerateDokumenLkjip
{
    /// <param name="KodeSatker">The satker.</param>
    /// <param name="Tahun">The year reported on.</param>
    /// <param name="Format"><c>docx</c>, <c>pdf</c>, <c>html</c> or <c>xlsx</c> (its tables).</param>
    /// <param name="KodePerjanjian">The PK reported on when the satker has more than one.</param>
    public sealed record Query(string KodeSatker, int Tahun, string? Format, string? KodePerjanjian = null);

    public sealed class Handler(SakipDbContext db, CalculateCapaian.Handler capaian, ListTrenCapaian.Handler tren, GetRenstra.Handler renstra, PencetakPdf pdf)
    {
        public async Task<Jawaban<BerkasDokumen>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            if (BerkasDokumen.Format(q.Format) is null)
            {
                return BerkasDokumen.FormatTidakDikenal(q.Format);
            }

            var ukur = await capaian.HandleAsync(pelaku, new CalculateCapaian.Query(q.KodeSatker, q.Tahun, KodePerjanjian: q.KodePerjanjian), ct);
            if (ukur.Nilai is not { } c)
            {
                return ukur.Kegagalan!;
            }

            var pk = await GenerateDokumenPerjanjianKinerja.MuatAsync(db, c.Pengukuran.Perjanjian.Id, ct);
            var programs = await db.ProgramAnggarans.AsNoTracking().Where(p => p.SatkerId == pk!.SatkerId && p.Tahun == q.Tahun).ToListAsync(ct);
            var data = new DataLkjip(
                c,
                (await tren.HandleAsync(pelaku, new ListTrenCapaian.Query(q.KodeSatker), ct)).Nilai ?? [],
                (await renstra.HandleAsync(pelaku, new GetRenstra.Query(q.KodeSatker), ct)).Nilai,
                programs,
                pk!);
            return await BerkasDokumen.BuatAsync(DokumenLkjip.Bangun(data), $"lkjip-{c.KodeSatker}-{q.Tahun}", q.Format, pdf, ct);
        }
    }
}
