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
        public async Task<Result<string>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var satker = await db.Satkers.SingleOrDefaultAsync(s => s.Kode == c.KodeSatker, ct);
            if (satker is null || !pelaku.Punya(satker.Id, Peran.Administrator))
            {
                return Result<string>.Ditolak("Hanya administrator satker yang dapat menutup periode.");
            }

            if (Periode.PeriksaTahun(c.Tahun) is not null || !Enum.IsDefined(c.Jenis) || c.Nomor < 1 || c.Nomor > Periode.JumlahDalamSetahun(c.Jenis))
            {
                return Result<string>.Fail("Periode tidak sah.");
            }

            var periode = new Periode(c.Tahun, c.Jenis, c.Nomor);
            if (await db.Set<PeriodeTertutup>().AnyAsync(p => p.SatkerId == satker.Id && p.Tahun == c.Tahun && p.JenisPeriode == c.Jenis && p.Nomor == c.Nomor, ct))
            {
                return Result<string>.Fail($"Periode {periode.Label} sudah ditutup.");
            }

            var tutup = new PeriodeTertutup { SatkerId = satker.Id, Tahun = c.Tahun, JenisPeriode = c.Jenis, Nomor = c.Nomor, DitutupPada = clock.GetUtcNow().ToUniversalTime() };
            db.Add(tutup);
            db.TandaiAksi(tutup, AksiAudit.Tutup);
            await db.SaveChangesAsync(ct);
            return Result<string>.Ok(periode.Label);
        }
    }

    /// <summary>The closed period that contains <paramref name="periode"/>, if any.</summary>
    internal static async Task<Periode?> TertutupAsync(SakipDbContext db, int satkerId, Periode periode, CancellationToken ct)
    {
        var tertutup = await db.Set<PeriodeTertutup>().AsNoTracking().Where(p => p.SatkerId == satkerId && p.Tahun == periode.Tahun).ToListAsync(ct);
        return tertutup.Select(p => (Periode?)p.Periode).FirstOrDefault(p => p!.Value.Memuat(periode));
    }
}
