using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Perencanaan;

/// <summary>
/// Cascades a satker's Renstra sasaran from a sasaran of its parent satker's Renstra (or removes
/// the link): the cascade runs from KPU RI through the provinsi to each kab/kota.
/// </summary>
public static class LinkSasaranRenstra
{
    /// <param name="SasaranId">The child satker's sasaran.</param>
    /// <param name="IndukId">The parent satker's sasaran, or null to remove the link.</param>
    public sealed record Command(int SasaranId, int? IndukId);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Result<bool>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var sasaran = await db.SasaranRenstras.Include(s => s.Renstra).ThenInclude(r => r.Satker).SingleOrDefaultAsync(s => s.Id == c.SasaranId, ct);
            if (sasaran is null)
            {
                return Result<bool>.TidakDitemukan("Sasaran tidak ditemukan.");
            }

            if (!pelaku.Punya(sasaran.Renstra.SatkerId, Peran.Operator, Peran.Administrator, Peran.Pimpinan))
            {
                return Result<bool>.Ditolak($"Anda tidak berhak mengubah Renstra {sasaran.Renstra.Satker.Nama}.");
            }

            if (c.IndukId is { } indukId)
            {
                var induk = await db.SasaranRenstras.Include(s => s.Renstra).SingleOrDefaultAsync(s => s.Id == indukId, ct);
                if (induk is null || induk.Renstra.SatkerId != sasaran.Renstra.Satker.IndukId)
                {
                    return Result<bool>.Fail("Sasaran rujukan harus sasaran Renstra satker induk.");
                }

                if (induk.Renstra.TahunAwal > sasaran.Renstra.TahunAkhir || induk.Renstra.TahunAkhir < sasaran.Renstra.TahunAwal)
                {
                    return Result<bool>.Fail("Periode Renstra satker induk tidak beririsan dengan periode Renstra ini.");
                }
            }

            sasaran.IndukId = c.IndukId;
            await db.SaveChangesAsync(ct);
            return Result<bool>.Ok(true);
        }
    }
}
