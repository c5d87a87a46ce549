using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Sakip.App.Audit;
using Sakip.App.Entities;

namespace Sakip.App.Data;

/// <summary>
/// The audit trail, written in the same transaction as the change it records: every added,
/// changed or deleted entity gets a <see cref="JejakAudit"/> row with who, when, what and old and
/// new values, chained by hash. Appends are serialised by updating the single row of
/// <see cref="KunciRantaiAudit"/> first (a row lock on PostgreSQL, the write lock on SQLite), so
/// two writers can never fork the chain. The server-side session store (<see cref="SesiPengguna"/>)
/// is not itself audited: signing in and out are audit events of their own (Masuk, Keluar). Nor are
/// notifications and the mail queue: each follows an audited change and repeats what it says. Nor
/// are the rows and findings of an election-data import (thousands per file, up to 820,161 for the
/// nation): the import itself is audited, with its file's SHA-256, which fixes every row.
/// Nor are the lines of a DIPA state (thousands down to akun): its import or revision is audited
/// with the file's SHA-256.
/// </summary>
public abstract partial class SakipDbContext
{
    private static readonly JsonSerializerOptions JsonAudit = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly Dictionary<object, (AksiAudit Aksi, string? Pelaku, int? PenggunaId)> aksiKhusus = new(ReferenceEqualityComparer.Instance);
    private readonly List<JejakAudit> catatan = [];

    public DbSet<KunciRantaiAudit> KunciRantaiAudits => Set<KunciRantaiAudit>();

    /// <summary>
    /// Records the next save of <paramref name="entity"/> as <paramref name="aksi"/> (sign, submit,
    /// verify ...) instead of a plain change; <paramref name="pelakuNama"/> names the actor when it
    /// is not the signed-in user (a sign-in attempt).
    /// </summary>
    public void TandaiAksi(object entity, AksiAudit aksi, string? pelakuNama = null, int? penggunaId = null) =>
        aksiKhusus[entity] = (aksi, pelakuNama, penggunaId);

    /// <summary>Adds an audit row for an event that changes no entity (a sign-in, a failed sign-in).</summary>
    public void Catat(AksiAudit aksi, string entitas, string kunci, int? satkerId, object? rincian, string? pelakuNama = null, int? penggunaId = null) =>
        catatan.Add(new JejakAudit
        {
            Pelaku = pelakuNama ?? pelaku.Nama,
            PenggunaId = penggunaId ?? pelaku.PenggunaId,
            Aksi = aksi,
            Entitas = entitas,
            KunciEntitas = kunci,
            SatkerId = satkerId,
            Perubahan = JsonSerializer.Serialize(rincian ?? new { }, JsonAudit),
            HashSebelumnya = string.Empty,
            Hash = string.Empty,
        });

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        if (ChangeTracker.Entries<JejakAudit>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Jejak audit hanya boleh ditambah, tidak boleh diubah atau dihapus.");
        }

        var entries = ChangeTracker.Entries()
            .Where(e => e.Entity is not JejakAudit and not KunciRantaiAudit and not SesiPengguna and not Pemberitahuan and not SuratKeluar and not VersiData and not AngkaKepemiluan and not RekapAngkaKepemiluan and not TemuanImporKepemiluan and not BarisDipa && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => (Entry: e, e.State, Sebelum: e.State == EntityState.Added ? null : Rekam(e, asli: true)))
            .ToList();
        if (entries.Count == 0 && catatan.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var transaksiBaru = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await Database.ExecuteSqlRawAsync("UPDATE \"KunciRantaiAudit\" SET \"Nomor\" = \"Nomor\" + 1 WHERE \"Id\" = 1", cancellationToken);
            var jumlah = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            var sebelumnya = await JejakAudits.OrderByDescending(a => a.Id).Select(a => a.Hash).FirstOrDefaultAsync(cancellationToken) ?? JejakAudit.HashAwal;
            var waktu = RantaiAudit.Normalkan(clock.GetUtcNow());
            var baris = new List<JejakAudit>();
            foreach (var (entry, state, sebelum) in entries)
            {
                baris.Add(await BuatBarisAsync(entry, state, sebelum, cancellationToken));
            }

            baris.AddRange(catatan);
            foreach (var b in baris)
            {
                b.Waktu = waktu;
                b.HashSebelumnya = sebelumnya;
                b.Hash = RantaiAudit.HitungHash(b);
                sebelumnya = b.Hash;
            }

            JejakAudits.AddRange(baris);
            await base.SaveChangesAsync(true, cancellationToken);
            var pengguna = entries.Select(e => e.Entry.Entity switch { Pengguna p => p.Id, HakAkses h => h.PenggunaId, _ => (int?)null }).OfType<int>();
            await NaikkanVersiAsync(baris, entries.Any(e => e.Entry.Entity is Satker), pengguna, cancellationToken);
            if (transaksiBaru is not null)
            {
                await transaksiBaru.CommitAsync(cancellationToken);
            }

            catatan.Clear();
            aksiKhusus.Clear();
            return jumlah;
        }
        finally
        {
            if (transaksiBaru is not null)
            {
                await transaksiBaru.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Raises the <see cref="VersiData"/> of every satker the audited rows belong to, of the tree
    /// when a satker itself changed, and of every account whose record or grants changed, in the
    /// same transaction, so no cache holds data older than what was committed.
    /// </summary>
    private async Task NaikkanVersiAsync(IEnumerable<JejakAudit> baris, bool pohon, IEnumerable<int> pengguna, CancellationToken ct)
    {
        var kuncis = baris.Where(b => b.SatkerId is not null).Select(b => VersiData.KunciSatker(b.SatkerId!.Value))
            .Concat(pengguna.Select(VersiData.KunciPengguna))
            .Distinct(StringComparer.Ordinal).ToList();
        if (pohon)
        {
            kuncis.Add(VersiData.KunciPohon);
        }

        foreach (var kunci in kuncis)
        {
            // The same upsert on PostgreSQL and on SQLite (3.24 and later).
            await Database.ExecuteSqlRawAsync(
                "INSERT INTO \"VersiDatas\" (\"Kunci\", \"Versi\") VALUES ({0}, 1) ON CONFLICT (\"Kunci\") DO UPDATE SET \"Versi\" = \"VersiDatas\".\"Versi\" + 1",
                [kunci],
                ct);
        }
    }

    private async Task<JejakAudit> BuatBarisAsync(EntityEntry e, EntityState state, Dictionary<string, object?>? sebelum, CancellationToken ct)
    {
        var sesudah = state == EntityState.Deleted ? null : Rekam(e, asli: false);
        var perubahan = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var nama in (sebelum?.Keys ?? Enumerable.Empty<string>()).Union(sesudah?.Keys ?? Enumerable.Empty<string>()))
        {
            object? lama = null;
            object? baru = null;
            sebelum?.TryGetValue(nama, out lama);
            sesudah?.TryGetValue(nama, out baru);
            if (state != EntityState.Modified || !Equals(lama, baru))
            {
                perubahan[nama] = new { lama, baru };
            }
        }

        var khusus = aksiKhusus.TryGetValue(e.Entity, out var k) ? k : ((AksiAudit Aksi, string? Pelaku, int? PenggunaId)?)null;
        var aksi = khusus?.Aksi ?? state switch { EntityState.Added => AksiAudit.Tambah, EntityState.Deleted => AksiAudit.Hapus, _ => AksiAudit.Ubah };
        var kunci = string.Join(",", e.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString((sesudah ?? sebelum)![p.Name], System.Globalization.CultureInfo.InvariantCulture)));
        var satker = e.Entity is Satker s ? s.Id : await SatkerDariAsync(e.Metadata, (sesudah ?? sebelum)!, 0, ct);
        return new JejakAudit
        {
            Pelaku = khusus?.Pelaku ?? pelaku.Nama,
            PenggunaId = khusus?.Pelaku is null ? pelaku.PenggunaId : khusus.Value.PenggunaId,
            Aksi = aksi,
            Entitas = e.Metadata.ClrType.Name,
            KunciEntitas = kunci,
            SatkerId = satker,
            Perubahan = JsonSerializer.Serialize(perubahan, JsonAudit),
            HashSebelumnya = string.Empty,
            Hash = string.Empty,
        };
    }

    /// <summary>
    /// The satker a record belongs to, so the trail can be browsed per satker: its own
    /// <c>SatkerId</c>, or that of the parent it hangs from (a realisasi's indicator's PK ...),
    /// followed through the foreign keys.
    /// </summary>
    private async Task<int?> SatkerDariAsync(Microsoft.EntityFrameworkCore.Metadata.IEntityType jenis, IReadOnlyDictionary<string, object?> nilai, int kedalaman, CancellationToken ct)
    {
        if (nilai.GetValueOrDefault("SatkerId") is int langsung)
        {
            return langsung;
        }

        if (kedalaman > 5)
        {
            return null;
        }

        foreach (var fk in jenis.GetForeignKeys().Where(f => f.Properties.Count == 1))
        {
            if (nilai.GetValueOrDefault(fk.Properties[0].Name) is not { } kunci)
            {
                continue;
            }

            var induk = await FindAsync(fk.PrincipalEntityType.ClrType, [kunci], ct);
            if (induk is null)
            {
                continue;
            }

            if (induk is Satker s)
            {
                return s.Id;
            }

            var entryInduk = Entry(induk);
            var satker = await SatkerDariAsync(fk.PrincipalEntityType, entryInduk.Properties.ToDictionary(p => p.Metadata.Name, p => p.CurrentValue), kedalaman + 1, ct);
            if (satker is not null)
            {
                return satker;
            }
        }

        return null;
    }

    /// <summary>
    /// The entry's scalar values, original (before the save) or current; secrets are masked, and
    /// binary content (an evidence file) is named by its size and SHA-256, never copied: the file is
    /// stored once, in its own row.
    /// </summary>
    private static Dictionary<string, object?> Rekam(EntityEntry e, bool asli) =>
        e.Properties.ToDictionary(
            p => p.Metadata.Name,
            p => Rahasia(p.Metadata.Name) ? "***" : Ringkas(asli ? p.OriginalValue : p.CurrentValue),
            StringComparer.Ordinal);

    private static object? Ringkas(object? nilai) => nilai is byte[] isi
        ? $"{isi.LongLength} bita, sha256 {Keamanan.Sidik.Sha256(isi)}"
        : nilai;

    private static bool Rahasia(string nama) => nama.Contains("Password", StringComparison.OrdinalIgnoreCase) || nama.Contains("KataSandi", StringComparison.OrdinalIgnoreCase) || nama.Contains("Stempel", StringComparison.OrdinalIgnoreCase);
}

/// <summary>A single row updated at the start of every audited save, to serialise appends to the chain.</summary>
public class KunciRantaiAudit
{
    public int Id { get; set; }

    public long Nomor { get; set; }
}
