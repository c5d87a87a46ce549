using Sakip.App.Dokumen;
using Sakip.App.Features.Perjanjian;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Dokumen;

/// <summary>The Rencana Aksi document of a PK version (<see cref="DokumenRencana.RencanaAksi"/>) from the Rencana Aksi page's data, in any document format.</summary>
public static class GenerateDokumenRencanaAksi
{
    /// <param name="Id">The PK version.</param>
    /// <param name="Format"><c>docx</c>, <c>pdf</c>, <c>html</c> or <c>xlsx</c> (its tables).</param>
    public sealed record Query(int Id, string? Format);

    public sealed class Handler(GetRencanaAksi.Handler rencanaAksi, PencetakPdf pdf)
    {
        public async Task<Jawaban<BerkasDokumen>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            if (BerkasDokumen.Format(q.Format) is null)
            {
                return BerkasDokumen.FormatTidakDikenal(q.Format);
            }

            var data = await rencanaAksi.HandleAsync(pelaku, new GetRencanaAksi.Query(q.Id), ct);
            return data.Nilai is { } h
                ? await BerkasDokumen.BuatAsync(DokumenRencana.RencanaAksi(h), $"rencana-aksi-{h.KodeSatker}-{h.Tahun}-v{h.Versi}", q.Format, pdf, ct)
                : data.Kegagalan!;
        }
    }
}
