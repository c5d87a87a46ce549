using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;
using Sakip.Domain.Periode;

namespace Sakip.App.Features.Realisasi;

/// <summary>
/// An administrator reopens a closed period with a written reason (a late correction the
/// evaluator asked for): the closure is removed and the reason goes to the audit trail, so
/// reopening is never silent. Realisasi already verified stay verified and locked.
/// </summary>
public static class ReopenPeriode
{
    public const int PanjangAlasanMinimum = 10;

    public sealed record Command(string KodeSatker, int Tahun, JenisPeriode Jenis, int Nomor, string? Alasan);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<string>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var bolehTutup = await Izin.SatkerAsync(db, pelaku, c.KodeSatker, Tindakan.MenutupPeriode, ct);
            if (bolehTutup.Nilai is not { } satker)
            {
                return bolehTutup.Kegagalan!;
            }

            var tutup = await db.Set<PeriodeTertutup>().SingleOrDefaultAsync(p => p.SatkerId == satker.Id && p.Tahun == c.Tahun && p.JenisPeriode == c.Jenis && p.Nomor == c.Nomor, ct);
            if (tutup is null)
            {
                return Gagal.TidakSah("Periode itu tidak sedang ditutup.");
            }

            var alasan = c.Alasan?.Trim() ?? string.Empty;
            if (alasan.Length < PanjangAlasanMinimum)
            {
                return Gagal.TidakSah($"Tuliskan alasan membuka kembali periode (minimal {PanjangAlasanMinimum} karakter).");
            }

            db.Remove(tutup);
            db.Catat(AksiAudit.Buka, nameof(PeriodeTertutup), tutup.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), satker.Id, new { periode = tutup.Periode.Label, alasan });
            await db.SaveChangesAsync(ct);
            return Jawaban<string>.Dari(tutup.Periode.Label);
        }
    }
}
