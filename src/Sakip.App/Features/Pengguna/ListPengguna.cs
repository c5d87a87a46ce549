using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;
using PenggunaEntity = Sakip.App.Entities.Pengguna;

namespace Sakip.App.Features.Pengguna;

/// <summary>The users the actor may manage: those with a grant on a satker the actor manages users of.</summary>
public static class ListPengguna
{
    public sealed record Query();

    public sealed record Hak(int Id, Peran Peran, string KodeSatker, string NamaSatker, bool TermasukTurunan, bool BolehDikelola);

    public sealed record Item(int Id, string NamaPengguna, string NamaLengkap, bool Aktif, IReadOnlyList<Hak> HakAkses);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<IReadOnlyList<Item>>> HandleAsync(AksesPengguna pelaku, Query query, CancellationToken ct)
        {
            var dikelola = pelaku.SatkerTerbaca.Where(id => pelaku.Boleh(Tindakan.MengelolaPengguna, id)).ToHashSet();
            if (dikelola.Count == 0)
            {
                return Gagal.Ditolak("Anda tidak berhak mengelola pengguna.");
            }

            var pengguna = await db.Set<PenggunaEntity>().AsNoTracking()
                .Include(p => p.HakAkses).ThenInclude(h => h.Satker)
                .Where(p => p.HakAkses.Any(h => dikelola.Contains(h.SatkerId)))
                .OrderBy(p => p.NamaPengguna)
                .ToListAsync(ct);
            return Jawaban<IReadOnlyList<Item>>.Dari([.. pengguna.Select(p => new Item(
                p.Id,
                p.NamaPengguna,
                p.NamaLengkap,
                p.Aktif,
                [.. p.HakAkses.OrderBy(h => h.Satker.Kode, StringComparer.Ordinal).ThenBy(h => h.Peran)
                    .Select(h => new Hak(h.Id, h.Peran, h.Satker.Kode, h.Satker.Nama, h.TermasukTurunan, pelaku.BolehMemberi(p.Id, h.Peran, h.SatkerId, h.TermasukTurunan) is null))]))]);
        }
    }
}
