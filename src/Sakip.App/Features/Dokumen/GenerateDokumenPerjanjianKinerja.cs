using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Dokumen;
using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Dokumen;

/// <summary>
/// The PK document of one version (<see cref="DokumenPerjanjianKinerja"/>) as an editable Word file,
/// as HTML, as a PDF printed from the HTML, or its tables as a workbook, for whoever may read the
/// satker. The file name is made from the satker's code, the year and the version, never from user input.
/// </summary>
public static class GenerateDokumenPerjanjianKinerja
{
    /// <param name="Id">The PK version.</param>
    /// <param name="Format"><c>docx</c>, <c>pdf</c>, <c>html</c> or <c>xlsx</c> (its tables).</param>
    public sealed record Query(int Id, string? Format);

    public const string Docx = BerkasDokumen.Docx;

    public sealed class Handler(SakipDbContext db, PencetakPdf pdf)
    {
        public async Task<Jawaban<BerkasDokumen>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            if (BerkasDokumen.Format(q.Format) is null)
            {
                return BerkasDokumen.FormatTidakDikenal(q.Format);
            }

            var pk = await MuatAsync(db, q.Id, ct);
            if (pk is null)
            {
                return Gagal.TidakDitemukan("Perjanjian Kinerja tidak ditemukan.");
            }

            if (Izin.Periksa(pelaku, Tindakan.Membaca, pk.Satker) is { } tolak)
            {
                return tolak;
            }

            var programs = await db.ProgramAnggarans.AsNoTracking().Where(p => p.SatkerId == pk.SatkerId && p.Tahun == pk.Tahun).ToListAsync(ct);
            return await BerkasDokumen.BuatAsync(DokumenPerjanjianKinerja.Bangun(pk, programs), $"perjanjian-kinerja-{pk.Satker.Kode}-{pk.Tahun}-{pk.Kode}-v{pk.Versi}", q.Format, pdf, ct);
        }
    }

    /// <summary>A PK version with what its document shows: satker, parties, sasaran and indicators.</summary>
    internal static Task<PerjanjianKinerja?> MuatAsync(SakipDbContext db, int id, CancellationToken ct) =>
        db.PerjanjianKinerjas.AsNoTracking().AsSplitQuery()
            .Include(p => p.Satker).Include(p => p.PihakPertama).Include(p => p.PihakKedua)
            .Include(p => p.Sasarans).ThenInclude(s => s.Indikators)
            .SingleOrDefaultAsync(p => p.Id == id, ct);
}
