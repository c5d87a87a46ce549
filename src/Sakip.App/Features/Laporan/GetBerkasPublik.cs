using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Dokumen;
using Sakip.App.Entities;
using Sakip.App.Features.Dokumen;

namespace Sakip.App.Features.Laporan;

/// <summary>
/// A published document for anyone without signing in: a published LKjIP version's frozen file,
/// or a signed PK version as Word or HTML (rendered in milliseconds; PDF is left to signed-in users
/// so an anonymous caller cannot keep Chromium busy). Drafts are never served.
/// </summary>
public static class GetBerkasPublik
{
    /// <param name="KodeSatker">The satker.</param>
    /// <param name="Tahun">The year.</param>
    /// <param name="Jenis"><c>lkjip</c> or <c>pk</c>.</param>
    /// <param name="Nomor">The LKjIP's version number, or the PK version's id.</param>
    /// <param name="Format">The format.</param>
    public sealed record Query(string KodeSatker, int Tahun, string? Jenis, int Nomor, string? Format);

    public sealed class Handler(SakipDbContext db, PencetakPdf pdf)
    {
        public async Task<Jawaban<BerkasDokumen>> HandleAsync(Query q, CancellationToken ct)
        {
            if (BerkasDokumen.Format(q.Format) is not { } format)
            {
                return BerkasDokumen.FormatTidakDikenal(q.Format);
            }

            var kode = q.KodeSatker?.Trim() ?? string.Empty;
            var tidakAda = Gagal.TidakDitemukan("Dokumen terbitan itu tidak ditemukan.");
            if (q.Jenis == "pk")
            {
                if (format is not ("docx" or "html"))
                {
                    return Gagal.TidakSah("Perjanjian Kinerja tersedia untuk umum sebagai docx atau html.", "Format");
                }

                var pk = await GenerateDokumenPerjanjianKinerja.MuatAsync(db, q.Nomor, ct);
                if (pk is null || pk.Satker.Kode != kode || pk.Tahun != q.Tahun || pk.Status != StatusPerjanjianKinerja.Ditandatangani)
                {
                    return tidakAda;
                }

                var programs = await db.ProgramAnggarans.AsNoTracking().Where(p => p.SatkerId == pk.SatkerId && p.Tahun == pk.Tahun).ToListAsync(ct);
                return await BerkasDokumen.BuatAsync(DokumenPerjanjianKinerja.Bangun(pk, programs), $"perjanjian-kinerja-{pk.Satker.Kode}-{pk.Tahun}-{pk.Kode}-v{pk.Versi}", format, pdf, ct);
            }

            if (q.Jenis != "lkjip")
            {
                return tidakAda;
            }

            var id = await db.LaporanKinerjas.AsNoTracking()
                .Where(l => l.Tahun == q.Tahun && l.Versi == q.Nomor && l.Status == StatusLaporanKinerja.Diterbitkan && db.Satkers.Any(s => s.Id == l.SatkerId && s.Kode == kode))
                .Select(l => (int?)l.Id).SingleOrDefaultAsync(ct);
            return id is { } ada && await GenerateDokumenLaporan.TerbitanAsync(db, ada, format, ct) is { } berkas ? berkas : tidakAda;
        }
    }
}
