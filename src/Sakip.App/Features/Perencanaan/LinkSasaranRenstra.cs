using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
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
        public async Task<Jawaban<bool>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var sasaran = await db.SasaranRenstras.Include(s => s.Renstra).ThenInclude(r => r.Satker).SingleOrDefaultAsync(s => s.Id == c.SasaranId, ct);
            if (sasaran is null)
            {
                return Gagal.TidakDitemukan("Sasaran tidak ditemukan.");
            }

            if (Izin.Periksa(pelaku, Tindakan.MenyusunRencana, sasaran.Renstra.Satker) is { } tolak)
            {
                return tolak;
            }

            if (c.IndukId is { } indukId)
            {
                var induk = await db.SasaranRenstras.Include(s => s.Renstra).SingleOrDefaultAsync(s => s.Id == indukId, ct);
                if (induk is null || induk.Renstra.SatkerId != sasaran.Renstra.Satker.IndukId)
                {
                    return Gagal.TidakSah("Sasaran rujukan harus sasaran Renstra satker induk.");
                }

                if (induk.Renstra.TahunAwal > sasaran.Renstra.TahunAkhir || induk.Renstra.TahunAkhir < sasaran.Renstra.TahunAwal)
                {
                    return Gagal.TidakSah("Periode Renstra satker induk tidak beririsan dengan periode Renstra ini.");
                }
            }

            sasaran.IndukId = c.IndukId;
            await db.SaveChangesAsync(ct);
            return Jawaban<bool>.Dari(true);
        }
    }
}
