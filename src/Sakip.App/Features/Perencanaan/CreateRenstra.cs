using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Perencanaan;

/// <summary>
/// Opening a satker's Renstra for a period of at most ten years that overlaps no other Renstra of
/// the satker. Operators, administrators and the pimpinan of the satker.
/// </summary>
public static class CreateRenstra
{
    public sealed record Command(string KodeSatker, int TahunAwal, int TahunAkhir);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var satker = await Izin.SatkerAsync(db, pelaku, c.KodeSatker, Tindakan.MenyusunRencana, ct);
            if (!satker.Berhasil)
            {
                return satker.Kegagalan!;
            }

            if (c.TahunAwal is < 2000 or > 2100 || c.TahunAkhir < c.TahunAwal || c.TahunAkhir - c.TahunAwal > 9)
            {
                return Gagal.TidakSah("Periode Renstra: tahun awal dan akhir antara 2000 dan 2100, paling lama 10 tahun.");
            }

            if (await db.Renstras.AnyAsync(r => r.SatkerId == satker.Nilai!.Id && r.TahunAwal <= c.TahunAkhir && r.TahunAkhir >= c.TahunAwal, ct))
            {
                return Gagal.Konflik($"{satker.Nilai!.Nama} sudah memiliki Renstra yang mencakup sebagian tahun {c.TahunAwal}-{c.TahunAkhir}.");
            }

            var renstra = new Renstra { SatkerId = satker.Nilai!.Id, TahunAwal = c.TahunAwal, TahunAkhir = c.TahunAkhir };
            db.Renstras.Add(renstra);
            await db.SaveChangesAsync(ct);
            return Jawaban<int>.Dari(renstra.Id);
        }
    }
}
