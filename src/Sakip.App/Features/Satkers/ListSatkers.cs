using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;
using Sakip.App.Singgahan;

namespace Sakip.App.Features.Satkers;

/// <summary>The satker tree with the years for which each has a PK (for choosing what to see).</summary>
public static class ListSatkers
{
    /// <summary>The satker on which the user may take <paramref name="Untuk"/> (reading, by default).</summary>
    /// <param name="Untuk">The action the list is for: a picker of satker to read, or of satker whose accounts the user manages.</param>
    public sealed record Query(Tindakan Untuk = Tindakan.Membaca);

    public sealed record Item(int Id, string Kode, string Nama, TingkatSatker Tingkat, string? KodeInduk, IReadOnlyList<int> TahunPerjanjian);

    public sealed class Handler(SakipDbContext db, SinggahanSakip singgahan)
    {
        public async Task<Jawaban<IReadOnlyList<Item>>> HandleAsync(AksesPengguna pelaku, Query query, CancellationToken ct)
        {
            var (_, pohon) = await singgahan.PohonAsync(db, ct);
            var satkers = pohon.Simpuls;
            var tahun = (await db.PerjanjianKinerjas.AsNoTracking()
                .Select(p => new { p.SatkerId, p.Tahun })
                .Distinct()
                .ToListAsync(ct)).ToLookup(t => t.SatkerId, t => t.Tahun);
            var boleh = satkers.Where(s => pelaku.Boleh(query.Untuk, s.Id)).ToList();
            if (boleh.Count == 0 && query.Untuk != Tindakan.Membaca)
            {
                // Reading nothing is an account still being set up; any other action nowhere is a refusal.
                return Gagal.Ditolak($"Anda tidak berhak {Izin.Tabel[query.Untuk].Frasa} satker mana pun.");
            }

            return Jawaban<IReadOnlyList<Item>>.Dari([.. boleh
                .OrderBy(s => s.Kode.Length)
                .ThenBy(s => s.Kode, StringComparer.Ordinal)
                .Select(s => new Item(s.Id, s.Kode, s.Nama, s.Tingkat, s.IndukId is { } induk ? pohon.KodePerId.GetValueOrDefault(induk) : null, [.. tahun[s.Id].Order()]))]);
        }
    }
}
