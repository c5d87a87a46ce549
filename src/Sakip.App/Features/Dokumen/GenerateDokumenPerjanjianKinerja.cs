using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Dokumen;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Dokumen;

/// <summary>
/// The PK document of one version (<see cref="DokumenPerjanjianKinerja"/>) as an editable Word file,
/// as HTML, as a PDF printed from the HTML, or its tables as a workbook, for whoever may read the satker. The file name is made from the satker's code, the
/// year and the version, never from user input.
/// </summary>
public static class GenerateDokumenPerjanjianKinerja
{
    /// <param name="Id">The PK version.</param>
    /// <param name="Format"><c>docx</c>, <c>pdf</c>, <c>html</c> or <c>xlsx</c> (its tables).</param>
    public sealed record Query(int Id, string? Format);

    /// <param name="NamaBerkas">The file name to offer.</param>
    /// <param name="JenisKonten">Its media type.</param>
    /// <param name="Isi">Its bytes.</param>
    public sealed record Hasil(string NamaBerkas, string JenisKonten, byte[] Isi);

    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public sealed class Handler(SakipDbContext db, PencetakPdf pdf)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            var format = (q.Format ?? "docx").Trim().ToLowerInvariant();
            if (format is not ("docx" or "pdf" or "html" or "xlsx"))
            {
                return Gagal.TidakSah($"Format '{TeksRingkas.Potong(q.Format, 20)}' tidak dikenal; pilih docx, pdf, html atau xlsx.", nameof(Query.Format));
            }

            var pk = await db.PerjanjianKinerjas.AsNoTracking().AsSplitQuery()
                .Include(p => p.Satker).Include(p => p.PihakPertama).Include(p => p.PihakKedua)
                .Include(p => p.Sasarans).ThenInclude(s => s.Indikators)
                .SingleOrDefaultAsync(p => p.Id == q.Id, ct);
            if (pk is null)
            {
                return Gagal.TidakDitemukan("Perjanjian Kinerja tidak ditemukan.");
            }

            if (Izin.Periksa(pelaku, Tindakan.Membaca, pk.Satker) is { } tolak)
            {
                return tolak;
            }

            var programs = await db.ProgramAnggarans.AsNoTracking().Where(p => p.SatkerId == pk.SatkerId && p.Tahun == pk.Tahun).ToListAsync(ct);
            var model = DokumenPerjanjianKinerja.Bangun(pk, programs);
            var nama = System.Text.RegularExpressions.Regex.Replace($"perjanjian-kinerja-{pk.Satker.Kode}-{pk.Tahun}-{pk.Kode}-v{pk.Versi}".ToLowerInvariant(), "[^a-z0-9-]", "-");
            switch (format)
            {
                case "docx":
                    return new Hasil(nama + ".docx", Docx, PenulisDocx.Tulis(model));
                case "xlsx":
                    return new Hasil(nama + ".xlsx", Import.Bukti.JenisBerkas.Xlsx, PenulisXlsx.Tulis(model));
                case "pdf":
                    var cetak = await pdf.CetakAsync(PenulisHtml.Tulis(model), ct);
                    return cetak.Nilai is { } isi ? new Hasil(nama + ".pdf", "application/pdf", isi) : cetak.Kegagalan!;
                default:
                    return new Hasil(nama + ".html", "text/html; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(PenulisHtml.Tulis(model)));
            }
        }
    }
}
