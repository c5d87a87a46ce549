using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Organisasi;

/// <summary>Removes a member from a satker's SAKIP team of a year (whoever keeps its organisation); the audit trail keeps what it said.</summary>
public static class DeleteAnggotaTimSakip
{
    /// <param name="KodeSatker">The satker.</param>
    /// <param name="Tahun">The team's year.</param>
    /// <param name="Id">The member.</param>
    /// <param name="Revisi">The revision the page showed; a member changed since is not removed.</param>
    public sealed record Command(string KodeSatker, int Tahun, int Id, int Revisi);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<string>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var boleh = await Izin.SatkerAsync(db, pelaku, c.KodeSatker, Tindakan.MengelolaOrganisasi, ct);
            if (boleh.Nilai is not { } satker)
            {
                return boleh.Kegagalan!;
            }

            var a = await db.AnggotaTimSakips.SingleOrDefaultAsync(x => x.Id == c.Id && x.Tim.SatkerId == satker.Id && x.Tim.Tahun == c.Tahun, ct);
            if (a is null)
            {
                return Gagal.TidakDitemukan($"Anggota ini tidak ada di tim SAKIP {satker.Nama} tahun {c.Tahun}.");
            }

            if (a.Revisi != c.Revisi)
            {
                return Gagal.Konflik(SimpanPerubahan.PesanKonflik);
            }

            db.AnggotaTimSakips.Remove(a);
            return await db.SimpanAsync(() => a.Nama, ct);
        }
    }
}
