using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Singgahan;

/// <summary>A satker as the tree holds it.</summary>
public sealed record SimpulSatker(int Id, int? IndukId, string Kode, string Nama, TingkatSatker Tingkat);

/// <summary>The satker tree, read once per change of it.</summary>
public sealed class PohonSatker
{
    public PohonSatker(IReadOnlyList<SimpulSatker> simpuls)
    {
        Simpuls = simpuls;
        PerId = simpuls.ToDictionary(s => s.Id);
        Anak = simpuls.Where(s => s.IndukId is not null).ToLookup(s => s.IndukId!.Value, s => s.Id);
        Pasangan = [.. simpuls.Select(s => (s.Id, s.IndukId))];
        KodePerId = simpuls.ToDictionary(s => s.Id, s => s.Kode);
    }

    public IReadOnlyList<SimpulSatker> Simpuls { get; }

    public IReadOnlyDictionary<int, SimpulSatker> PerId { get; }

    /// <summary>Parent id to child ids.</summary>
    public ILookup<int, int> Anak { get; }

    /// <summary>(id, parent id) of every satker, as <see cref="AksesPengguna.Hitung(Pengguna, IReadOnlyList{ValueTuple{int, int?}}, IReadOnlyDictionary{int, string}?)"/> takes them.</summary>
    public IReadOnlyList<(int Id, int? IndukId)> Pasangan { get; }

    public IReadOnlyDictionary<int, string> KodePerId { get; }
}

/// <summary>
/// What nearly every request would otherwise read again, held in the process and checked against
/// <see cref="VersiData"/> on every use (one small query), so a change committed by any process is
/// seen at once: the satker tree, each user's expanded access (valid while the account, its grants
/// and the tree are unchanged), and derived rows
/// per satker-year (the oversight page's), valid while the satker's data version and the day are.
/// </summary>
public sealed class SinggahanSakip
{
    private readonly ConcurrentDictionary<int, (string Sidik, long VersiPohon, AksesPengguna Akses)> akses = new();
    private readonly ConcurrentDictionary<(string Jenis, int SatkerId, int Tahun), (long Versi, DateOnly Hari, object Nilai)> baris = new();
    private (long Versi, PohonSatker Pohon)? pohon;

    /// <summary>The version of each key (0 for a key never raised).</summary>
    public static async Task<Dictionary<string, long>> VersiAsync(SakipDbContext db, IReadOnlyCollection<string> kuncis, CancellationToken ct)
    {
        var ada = await db.VersiDatas.AsNoTracking().Where(v => kuncis.Contains(v.Kunci)).ToDictionaryAsync(v => v.Kunci, v => v.Versi, ct);
        return kuncis.ToDictionary(k => k, k => ada.GetValueOrDefault(k), StringComparer.Ordinal);
    }

    /// <summary>The satker tree and its version: read from the database only when it changed.</summary>
    public async Task<(long Versi, PohonSatker Pohon)> PohonAsync(SakipDbContext db, CancellationToken ct) =>
        await PohonAsync(db, await db.VersiDatas.AsNoTracking().Where(v => v.Kunci == VersiData.KunciPohon).Select(v => (long?)v.Versi).SingleOrDefaultAsync(ct) ?? 0, ct);

    /// <summary>The satker tree at <paramref name="versi"/>, already read by the caller with its other versions.</summary>
    public async Task<(long Versi, PohonSatker Pohon)> PohonAsync(SakipDbContext db, long versi, CancellationToken ct)
    {
        if (pohon is { } p && p.Versi == versi)
        {
            return p;
        }

        var simpuls = await db.Satkers.AsNoTracking().Select(s => new SimpulSatker(s.Id, s.IndukId, s.Kode, s.Nama, s.Tingkat)).ToListAsync(ct);
        var baru = (versi, new PohonSatker(simpuls));
        pohon = baru;
        return baru;
    }

    /// <summary>The access computed earlier for this account, if nothing it depends on changed since.</summary>
    public AksesPengguna? Akses(int penggunaId, string sidik, long versiPohon) =>
        akses.TryGetValue(penggunaId, out var a) && a.Sidik == sidik && a.VersiPohon == versiPohon ? a.Akses : null;

    /// <summary>Keeps an account's access; <paramref name="sidik"/> is what it depends on besides the tree (the security stamp and the account's version).</summary>
    public void SimpanAkses(int penggunaId, string sidik, long versiPohon, AksesPengguna nilai) => akses[penggunaId] = (sidik, versiPohon, nilai);

    /// <summary>A row derived from a satker-year's data, if that data (version) and the day are unchanged.</summary>
    public T? Baris<T>(string jenis, int satkerId, int tahun, long versi, DateOnly hari)
        where T : class =>
        baris.TryGetValue((jenis, satkerId, tahun), out var b) && b.Versi == versi && b.Hari == hari ? b.Nilai as T : null;

    /// <summary>
    /// Keeps a derived row; <paramref name="versi"/> must be the version read before the data the
    /// row was computed from (so a change in between makes it stale, never the reverse).
    /// </summary>
    public void SimpanBaris<T>(string jenis, int satkerId, int tahun, long versi, DateOnly hari, T nilai)
        where T : class => baris[(jenis, satkerId, tahun)] = (versi, hari, nilai);
}
