using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Realisasi;

/// <summary>
/// The pimpinan verifies a submitted realisasi (it then counts and is locked) or returns it with
/// a note (the operator can correct it and submit again).
/// </summary>
public static class VerifyRealisasi
{
    /// <summary><c>Setuju</c>: verify, else return with <c>Catatan</c>; <c>Versi</c> as shown to the pimpinan.</summary>
    public sealed record Command(int RealisasiId, bool Setuju, string? Catatan, int Versi);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Result<StatusRealisasi>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var r = await db.RealisasiKinerjas.Include(x => x.Indikator).ThenInclude(i => i.Sasaran).SingleOrDefaultAsync(x => x.Id == c.RealisasiId, ct);
            if (r is null)
            {
                return Result<StatusRealisasi>.TidakDitemukan("Realisasi tidak ditemukan.");
            }

            var pk = await db.PerjanjianKinerjas.Include(p => p.Satker).SingleAsync(p => p.Id == r.Indikator.Sasaran.PerjanjianKinerjaId, ct);
            if (await RealisasiQueries.AlasanTidakBolehVerifikasiAsync(db, pelaku, pk, r, ct) is { } alasan)
            {
                return Result<StatusRealisasi>.Ditolak(alasan);
            }

            if (r.Status != StatusRealisasi.Diajukan)
            {
                return Result<StatusRealisasi>.Fail("Realisasi ini tidak sedang menunggu verifikasi.");
            }

            if (r.Versi != c.Versi)
            {
                return Result<StatusRealisasi>.Konflik("Realisasi ini telah berubah sejak Anda membukanya; muat ulang halaman.");
            }

            if (!c.Setuju && string.IsNullOrWhiteSpace(c.Catatan))
            {
                return Result<StatusRealisasi>.Fail("Tuliskan catatan: apa yang harus diperbaiki operator.");
            }

            r.Status = c.Setuju ? StatusRealisasi.Diverifikasi : StatusRealisasi.Dikembalikan;
            r.CatatanVerifikasi = c.Setuju ? null : c.Catatan!.Trim();
            r.Versi++;
            db.TandaiAksi(r, c.Setuju ? AksiAudit.Verifikasi : AksiAudit.Kembalikan);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return Result<StatusRealisasi>.Konflik("Realisasi ini telah berubah sejak Anda membukanya; muat ulang halaman.");
            }

            return Result<StatusRealisasi>.Ok(r.Status);
        }
    }
}
