using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;
using PenggunaEntity = Sakip.App.Entities.Pengguna;

namespace Sakip.App.Features.Pengguna;

/// <summary>The users the actor may manage: those with a grant on a satker the actor manages users of.</summary>
public static class ListPengguna
{
    public sealed record Query(AksesPengguna Pelaku);

    public sealed record Hak(int Id, Peran Peran, string KodeSatker, string NamaSatker, bool TermasukTurunan, bool BolehDikelola);

    public sealed record Item(int Id, string NamaPengguna, string NamaLengkap, bool Aktif, IReadOnlyList<Hak> HakAkses);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<IReadOnlyList<Item>> HandleAsync(Query query, CancellationToken ct)
        {
            var dikelola = query.Pelaku.SatkerTerbaca.Where(query.Pelaku.BolehKelolaPengguna).ToHashSet();
            var pengguna = await db.Set<PenggunaEntity>().AsNoTracking()
                .Include(p => p.HakAkses).ThenInclude(h => h.Satker)
                .Where(p => p.HakAkses.Any(h => dikelola.Contains(h.SatkerId)))
                .OrderBy(p => p.NamaPengguna)
                .ToListAsync(ct);
            return [.. pengguna.Select(p => new Item(
                p.Id,
                p.NamaPengguna,
                p.NamaLengkap,
                p.Aktif,
                [.. p.HakAkses.OrderBy(h => h.Satker.Kode, StringComparer.Ordinal).ThenBy(h => h.Peran)
                    .Select(h => new Hak(h.Id, h.Peran, h.Satker.Kode, h.Satker.Nama, h.TermasukTurunan, query.Pelaku.BolehMemberi(p.Id, h.Peran, h.SatkerId, h.TermasukTurunan) is null))]))];
        }
    }
}
