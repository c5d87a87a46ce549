using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Dokumen;
using Sakip.App.Entities;
using Sakip.App.Features.Dokumen;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Laporan;

/// <summary>
/// A version of the LKjIP as a file: a published version answers with the file frozen when it was
/// published (the same bytes, whose SHA-256 the page shows); any other version is rendered from
/// today's data with its narrative, its footer saying it is not published.
/// </summary>
public static class GenerateDokumenLaporan
{
    /// <param name="Id">The version.</param>
    /// <param name="Format"><c>docx</c>, <c>pdf</c>, <c>html</c> or <c>xlsx</c>.</param>
    public sealed record Query(int Id, string? Format);

    public sealed class Handler(SakipDbContext db, GenerateDokumenLkjip.Handler lkjip, PencetakPdf pdf)
    {
        public async Task<Jawaban<BerkasDokumen>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            if (BerkasDokumen.Format(q.Format) is not { } format)
            {
                return BerkasDokumen.FormatTidakDikenal(q.Format);
            }

            var muat = await LaporanTersimpan.MuatAsync(db, pelaku, q.Id, Tindakan.Membaca, ct);
            if (muat.Nilai is not { } dimuat)
            {
                return muat.Kegagalan!;
            }

            var (l, satker) = dimuat;
            if (l.Status == StatusLaporanKinerja.Diterbitkan)
            {
                return await TerbitanAsync(db, l.Id, format, ct) is { } beku
                    ? beku
                    : Gagal.TidakDitemukan($"Laporan Kinerja versi {l.Versi} diterbitkan tanpa berkas {format.ToUpperInvariant()} (Chromium tidak terpasang saat diterbitkan); unduh format lainnya.");
            }

            var model = await lkjip.ModelAsync(pelaku, satker.Kode, l.Tahun, null, LaporanTersimpan.Versi(l), ct);
            return model.Nilai is { } m ? await BerkasDokumen.BuatAsync(m, LaporanTersimpan.NamaBerkas(satker.Kode, l), format, pdf, ct) : model.Kegagalan!;
        }
    }

    /// <summary>The file frozen for a published version in <paramref name="format"/>, or null.</summary>
    internal static Task<BerkasDokumen?> TerbitanAsync(SakipDbContext db, int laporanId, string format, CancellationToken ct) =>
        db.BerkasLaporans.AsNoTracking().Where(b => b.LaporanKinerjaId == laporanId && b.Format == format)
            .Select(b => new BerkasDokumen(b.NamaBerkas, b.Berkas.JenisKonten, b.Berkas.Isi)).SingleOrDefaultAsync(ct);
}
