using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.App.Entities;

namespace Sakip.App.Data.Configurations;

internal sealed class VersiAnggaranConfiguration : IEntityTypeConfiguration<VersiAnggaran>
{
    public void Configure(EntityTypeBuilder<VersiAnggaran> b)
    {
        b.HasIndex(x => new { x.SatkerId, x.Tahun, x.Nomor }).IsUnique();
        b.HasOne(x => x.Satker).WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Alasan).HasMaxLength(500);
        b.Property(x => x.NamaBerkas).HasMaxLength(255);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.Pencatat).HasMaxLength(200);
        b.Property(x => x.Revisi).IsConcurrencyToken();
        b.HasMany(x => x.Barises).WithOne().HasForeignKey(x => x.VersiAnggaranId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BarisDipaConfiguration : IEntityTypeConfiguration<BarisDipa>
{
    /// <summary>Twelve months as a JSON array of exact decimals (<c>[1000,null,...]</c>): read and written whole, never queried by month.</summary>
    private static readonly ValueComparer<decimal?[]> Pembanding = new((a, b) => a!.SequenceEqual(b!), a => a.Aggregate(0, (h, v) => HashCode.Combine(h, v)), a => a.ToArray());

    public void Configure(EntityTypeBuilder<BarisDipa> b)
    {
        b.HasIndex(x => new { x.VersiAnggaranId, x.Kode, x.Sumber }).IsUnique();
        b.Property(x => x.Kode).HasMaxLength(60);
        b.Property(x => x.Uraian).HasMaxLength(500);
        foreach (var bulan in new[] { nameof(BarisDipa.Realisasi), nameof(BarisDipa.Rencana) })
        {
            b.Property<decimal?[]>(bulan)
                .HasConversion(v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null), s => JsonSerializer.Deserialize<decimal?[]>(s, (JsonSerializerOptions?)null) ?? new decimal?[12])
                .HasMaxLength(800)
                .Metadata.SetValueComparer(Pembanding);
        }
    }
}

internal sealed class LaporanSimonikaSatkerConfiguration : IEntityTypeConfiguration<LaporanSimonikaSatker>
{
    public void Configure(EntityTypeBuilder<LaporanSimonikaSatker> b)
    {
        b.HasIndex(x => new { x.SatkerId, x.Tahun, x.Bulan }).IsUnique();
        b.HasOne<Satker>().WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Catatan).HasMaxLength(500);
        b.Property(x => x.Pencatat).HasMaxLength(200);
    }
}

internal sealed class IkatanDataAnggaranConfiguration : IEntityTypeConfiguration<IkatanDataAnggaran>
{
    public void Configure(EntityTypeBuilder<IkatanDataAnggaran> b)
    {
        b.HasIndex(x => x.IndikatorKinerjaId).IsUnique();
        b.HasOne(x => x.Indikator).WithMany().HasForeignKey(x => x.IndikatorKinerjaId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IkatanSasaranAnggaranConfiguration : IEntityTypeConfiguration<IkatanSasaranAnggaran>
{
    public void Configure(EntityTypeBuilder<IkatanSasaranAnggaran> b)
    {
        b.HasIndex(x => new { x.SatkerId, x.Tahun, x.KodeSasaran, x.Kode }).IsUnique();
        b.HasOne<Satker>().WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.KodeSasaran).HasMaxLength(20);
        b.Property(x => x.Kode).HasMaxLength(60);
    }
}
