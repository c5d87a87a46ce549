using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;
using Sakip.Domain.Periode;

namespace Sakip.App.Features.Realisasi;

/// <summary>
/// An administrator sets how many days after a period ends the satker's realisasi of a year are
/// due (the home page's deadlines, the overdue counts and the overdue notifications follow it).
/// </summary>
public static class SetTenggatRealisasi
{
    /// <param name="KodeSatker">The satker.</param>
    /// <param name="Tahun">The year it applies to.</param>
    /// <param name="Hari">Days after the period's end, as typed.</param>
    public sealed record Command(string KodeSatker, int Tahun, string? Hari);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var boleh = await Izin.SatkerAsync(db, pelaku, c.KodeSatker, Tindakan.MenutupPeriode, ct);
            if (boleh.Nilai is not { } satker)
            {
                return boleh.Kegagalan!;
            }

            if (Periode.PeriksaTahun(c.Tahun) is { } salahTahun)
            {
                return Gagal.TidakSah(salahTahun, nameof(Command.Tahun));
            }

            if (!int.TryParse(c.Hari?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var hari)
                || hari < TenggatRealisasi.HariMinimum || hari > TenggatRealisasi.HariMaksimum)
            {
                return Gagal.TidakSah($"Batas waktu harus bilangan bulat {TenggatRealisasi.HariMinimum} sampai {TenggatRealisasi.HariMaksimum} hari setelah periode berakhir.", nameof(Command.Hari));
            }

            var ada = await db.TenggatSatkers.SingleOrDefaultAsync(t => t.SatkerId == satker.Id && t.Tahun == c.Tahun, ct);
            if (ada is null)
            {
                db.TenggatSatkers.Add(new TenggatSatker { SatkerId = satker.Id, Tahun = c.Tahun, HariBatasWaktu = hari });
            }
            else
            {
                ada.HariBatasWaktu = hari;
            }

            return await db.SimpanAsync(() => hari, ct);
        }
    }
}
