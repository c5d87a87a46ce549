using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Organisasi;

/// <summary>Removes a division from a satker's organisation (whoever keeps it); the audit trail keeps what it said.</summary>
public static class DeleteDivisi
{
    /// <param name="KodeSatker">The satker.</param>
    /// <param name="Id">The division.</param>
    /// <param name="Revisi">The revision the page showed; a division changed since is not removed.</param>
    public sealed record Command(string KodeSatker, int Id, int Revisi);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<string>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var boleh = await Izin.SatkerAsync(db, pelaku, c.KodeSatker, Tindakan.MengelolaOrganisasi, ct);
            if (boleh.Nilai is not { } satker)
            {
                return boleh.Kegagalan!;
            }

            var d = await db.Divisis.SingleOrDefaultAsync(x => x.Id == c.Id && x.SatkerId == satker.Id, ct);
            if (d is null)
            {
                return Gagal.TidakDitemukan($"Divisi ini tidak ada di {satker.Nama}.");
            }

            if (d.Revisi != c.Revisi)
            {
                return Gagal.Konflik(SimpanPerubahan.PesanKonflik);
            }

            db.Divisis.Remove(d);
            return await db.SimpanAsync(() => d.Nama, ct);
        }
    }
}
