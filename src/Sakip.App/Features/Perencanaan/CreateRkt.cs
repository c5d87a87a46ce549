using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Perencanaan;

/// <summary>Opening a year's RKT for one unit of the satker (the satker itself or its secretariat); one per unit and year.</summary>
public static class CreateRkt
{
    public sealed record Command(string KodeSatker, int Tahun, string? Unit);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var satker = await Izin.SatkerAsync(db, pelaku, c.KodeSatker, Tindakan.MenyusunRkt, ct);
            if (!satker.Berhasil)
            {
                return satker.Kegagalan!;
            }

            var unit = c.Unit?.Trim() ?? string.Empty;
            if (unit.Length is 0 or > 200 || c.Tahun is < 2000 or > 2100)
            {
                return Gagal.TidakSah(unit.Length is 0 or > 200 ? "Unit RKT wajib diisi (mis. KPU KOTA BANDAR LAMPUNG atau Sekretariatnya), paling panjang 200 karakter." : "Tahun RKT tidak sah.");
            }

            if (await db.Rkts.AnyAsync(r => r.SatkerId == satker.Nilai!.Id && r.Tahun == c.Tahun && r.Unit == unit, ct))
            {
                return Gagal.Konflik($"RKT {c.Tahun} untuk unit {unit} sudah ada.");
            }

            var rkt = new Rkt { SatkerId = satker.Nilai!.Id, Tahun = c.Tahun, Unit = unit };
            db.Rkts.Add(rkt);
            return await db.SimpanAsync(() => rkt.Id, ct);
        }
    }
}
