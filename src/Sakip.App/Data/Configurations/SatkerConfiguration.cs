using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.App.Entities;

namespace Sakip.App.Data.Configurations;

internal sealed class SatkerConfiguration : IEntityTypeConfiguration<Satker>
{
    public void Configure(EntityTypeBuilder<Satker> b)
    {
        b.Property(x => x.Kode).HasMaxLength(20);
        b.HasIndex(x => x.Kode).IsUnique();
        b.Property(x => x.Nama).HasMaxLength(200);
        b.HasOne(x => x.Induk).WithMany(x => x.Anaks).HasForeignKey(x => x.IndukId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PegawaiConfiguration : IEntityTypeConfiguration<Pegawai>
{
    public void Configure(EntityTypeBuilder<Pegawai> b)
    {
        b.Property(x => x.Nama).HasMaxLength(200);
        b.Property(x => x.Nip).HasMaxLength(18);
        b.Property(x => x.Jabatan).HasMaxLength(200);
        b.HasOne(x => x.Satker).WithMany(x => x.Pegawais).HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.SatkerId, x.Nama, x.Jabatan }).IsUnique();

        // One NIP is one person in the nation (two rows of the seed's Tabel 1 share one: discrepancy 25).
        b.HasIndex(x => x.Nip).IsUnique();
        b.Property(x => x.PangkatGolongan).HasMaxLength(100);
        b.Property(x => x.Revisi).IsConcurrencyToken();
    }
}
