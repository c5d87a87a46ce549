using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.App.Entities;

namespace Sakip.App.Data.Configurations;

internal sealed class PenggunaConfiguration : IEntityTypeConfiguration<Pengguna>
{
    public void Configure(EntityTypeBuilder<Pengguna> b)
    {
        b.Property(x => x.NamaPengguna).HasMaxLength(60);
        b.HasIndex(x => x.NamaPengguna).IsUnique();
        b.Property(x => x.NamaLengkap).HasMaxLength(200);
        b.Property(x => x.HashKataSandi).HasMaxLength(200);
        b.Property(x => x.Surel).HasMaxLength(254);
        b.Property(x => x.StempelKeamanan).HasMaxLength(40).IsConcurrencyToken();
        b.HasMany(x => x.HakAkses).WithOne().HasForeignKey(x => x.PenggunaId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class HakAksesConfiguration : IEntityTypeConfiguration<HakAkses>
{
    public void Configure(EntityTypeBuilder<HakAkses> b)
    {
        b.HasIndex(x => new { x.PenggunaId, x.Peran, x.SatkerId }).IsUnique();
        b.HasOne(x => x.Satker).WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SesiPenggunaConfiguration : IEntityTypeConfiguration<SesiPengguna>
{
    public void Configure(EntityTypeBuilder<SesiPengguna> b)
    {
        b.Property(x => x.Id).HasMaxLength(64).IsFixedLength().ValueGeneratedNever();
        b.HasOne<Pengguna>().WithMany().HasForeignKey(x => x.PenggunaId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.PenggunaId, x.DibuatPada });
    }
}
