using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.App.Entities;

namespace Sakip.App.Data.Configurations;

internal sealed class RenstraConfiguration : IEntityTypeConfiguration<Renstra>
{
    public void Configure(EntityTypeBuilder<Renstra> b)
    {
        b.HasIndex(x => new { x.SatkerId, x.TahunAwal }).IsUnique();
        b.Property(x => x.Revisi).IsConcurrencyToken();
        b.HasMany(x => x.Butirs).WithOne().HasForeignKey(x => x.RenstraId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Sasarans).WithOne(x => x.Renstra).HasForeignKey(x => x.RenstraId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SasaranRenstraConfiguration : IEntityTypeConfiguration<SasaranRenstra>
{
    public void Configure(EntityTypeBuilder<SasaranRenstra> b)
    {
        b.Property(x => x.Kode).HasMaxLength(20);
        b.HasIndex(x => new { x.RenstraId, x.Kode }).IsUnique();
        b.HasOne(x => x.Induk).WithMany().HasForeignKey(x => x.IndukId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Indikators).WithOne().HasForeignKey(x => x.SasaranRenstraId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Revisi).IsConcurrencyToken();
    }
}

internal sealed class IndikatorRenstraConfiguration : IEntityTypeConfiguration<IndikatorRenstra>
{
    public void Configure(EntityTypeBuilder<IndikatorRenstra> b)
    {
        b.Property(x => x.Kode).HasMaxLength(20);
        b.HasIndex(x => new { x.SasaranRenstraId, x.Kode }).IsUnique();
        b.HasOne(x => x.Induk).WithMany().HasForeignKey(x => x.IndukId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Targets).WithOne().HasForeignKey(x => x.IndikatorRenstraId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Revisi).IsConcurrencyToken();
    }
}

internal sealed class TargetRenstraConfiguration : IEntityTypeConfiguration<TargetRenstra>
{
    public void Configure(EntityTypeBuilder<TargetRenstra> b)
    {
        b.HasIndex(x => new { x.IndikatorRenstraId, x.Tahun }).IsUnique();
        b.Property(x => x.Teks).HasMaxLength(100);
        b.Property(x => x.Satuan).HasMaxLength(40);
    }
}
