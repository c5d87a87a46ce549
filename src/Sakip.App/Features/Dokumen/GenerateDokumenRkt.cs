using Sakip.App.Dokumen;
using Sakip.App.Features.Perencanaan;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Dokumen;

/// <summary>The year's RKT document (<see cref="DokumenRencana.Rkt"/>) from the RKT page's data, in any document format.</summary>
public static class GenerateDokumenRkt
{
    /// <param name="KodeSatker">The satker.</param>
    /// <param name="Tahun">The year.</param>
    /// <param name="Format"><c>docx</c>, <c>pdf</c>, <c>html</c> or <c>xlsx</c> (its tables).</param>
    public sealed record Query(string KodeSatker, int Tahun, string? Format);

    public sealed class Handler(GetRkt.Handler rkt, PencetakPdf pdf)
    {
        public async Task<Jawaban<BerkasDokumen>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            if (BerkasDokumen.Format(q.Format) is null)
            {
                return BerkasDokumen.FormatTidakDikenal(q.Format);
            }

            var data = await rkt.HandleAsync(pelaku, new GetRkt.Query(q.KodeSatker, q.Tahun), ct);
            return data.Nilai is { } h
                ? await BerkasDokumen.BuatAsync(DokumenRencana.Rkt(h), $"rkt-{h.KodeSatker}-{h.Tahun}", q.Format, pdf, ct)
                : data.Kegagalan!;
        }
    }
}
