using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.App.Entities;

namespace Sakip.App.Data.Configurations;

internal sealed class RktConfiguration : IEntityTypeConfiguration<Rkt>
{
    public void Configure(EntityTypeBuilder<Rkt> b)
    {
        b.Property(x => x.Unit).HasMaxLength(200);
        b.HasIndex(x => new { x.SatkerId, x.Tahun, x.Unit }).IsUnique();
        b.HasOne(x => x.Penandatangan).WithMany().HasForeignKey(x => x.PenandatanganId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Sasarans).WithOne().HasForeignKey(x => x.RktId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SasaranRktConfiguration : IEntityTypeConfiguration<SasaranRkt>
{
    public void Configure(EntityTypeBuilder<SasaranRkt> b)
    {
        b.HasIndex(x => new { x.RktId, x.Nomor }).IsUnique();
        b.HasMany(x => x.Indikators).WithOne().HasForeignKey(x => x.SasaranRktId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Revisi).IsConcurrencyToken();
    }
}

internal sealed class IndikatorRktConfiguration : IEntityTypeConfiguration<IndikatorRkt>
{
    public void Configure(EntityTypeBuilder<IndikatorRkt> b)
    {
        b.HasIndex(x => new { x.SasaranRktId, x.Urutan }).IsUnique();
        b.Property(x => x.TargetTeks).HasMaxLength(100);
        b.Property(x => x.Satuan).HasMaxLength(40);
        b.Property(x => x.Rumus).HasMaxLength(200);
        b.Property(x => x.Revisi).IsConcurrencyToken();
    }
}

internal sealed class ProgramAnggaranConfiguration : IEntityTypeConfiguration<ProgramAnggaran>
{
    public void Configure(EntityTypeBuilder<ProgramAnggaran> b)
    {
        b.Property(x => x.Kode).HasMaxLength(40);
        b.Property(x => x.Nama).HasMaxLength(300);
        b.Property(x => x.Revisi).IsConcurrencyToken();
        b.HasIndex(x => new { x.SatkerId, x.Tahun, x.Urutan }).IsUnique();
        b.HasOne<Satker>().WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Cascade);
    }
}
