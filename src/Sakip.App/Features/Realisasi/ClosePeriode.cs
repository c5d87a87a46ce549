using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;
using Sakip.Domain.Periode;

namespace Sakip.App.Features.Realisasi;

/// <summary>
/// An administrator closes a reporting period of a satker (a month, a quarter, a semester or the
/// year): realisasi of every period inside it are locked, whatever their state.
/// </summary>
public static class ClosePeriode
{
    public sealed record Command(string KodeSatker, int Tahun, JenisPeriode Jenis, int Nomor);

    public sealed class Handler(SakipDbContext db, TimeProvider clock)
    {
        public async Task<Jawaban<string>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var bolehTutup = await Izin.SatkerAsync(db, pelaku, c.KodeSatker, Tindakan.MenutupPeriode, ct);
            if (bolehTutup.Nilai is not { } satker)
            {
                return bolehTutup.Kegagalan!;
            }

            if (Periode.PeriksaTahun(c.Tahun) is not null || !Enum.IsDefined(c.Jenis) || c.Nomor < 1 || c.Nomor > Periode.JumlahDalamSetahun(c.Jenis))
            {
                return Gagal.TidakSah("Periode tidak sah.");
            }

            var periode = new Periode(c.Tahun, c.Jenis, c.Nomor);
            if (await db.Set<PeriodeTertutup>().AnyAsync(p => p.SatkerId == satker.Id && p.Tahun == c.Tahun && p.JenisPeriode == c.Jenis && p.Nomor == c.Nomor, ct))
            {
                return Gagal.TidakSah($"Periode {periode.Label} sudah ditutup.");
            }

            var tutup = new PeriodeTertutup { SatkerId = satker.Id, Tahun = c.Tahun, JenisPeriode = c.Jenis, Nomor = c.Nomor, DitutupPada = clock.GetUtcNow().ToUniversalTime() };
            db.Add(tutup);
            db.TandaiAksi(tutup, AksiAudit.Tutup);
            await db.SaveChangesAsync(ct);
            return Jawaban<string>.Dari(periode.Label);
        }
    }
}
