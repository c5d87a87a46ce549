using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.App.Entities;
using Sakip.App.Features.Organisasi;

namespace Sakip.App.Data.Configurations;

internal sealed class DivisiConfiguration : IEntityTypeConfiguration<Divisi>
{
    public void Configure(EntityTypeBuilder<Divisi> b)
    {
        b.HasOne<Satker>().WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.SatkerId, x.Nama }).IsUnique();
        b.Property(x => x.Nama).HasMaxLength(200);
        b.Property(x => x.Tugas).HasMaxLength(EditDivisi.PanjangTugas);
        b.Property(x => x.UnitSekretariat).HasMaxLength(200);
        b.Property(x => x.Revisi).IsConcurrencyToken();
    }
}

internal sealed class TimSakipConfiguration : IEntityTypeConfiguration<TimSakip>
{
    public void Configure(EntityTypeBuilder<TimSakip> b)
    {
        b.HasOne<Satker>().WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.SatkerId, x.Tahun }).IsUnique();
        b.Property(x => x.NomorKeputusan).HasMaxLength(100);
        b.Property(x => x.Tentang).HasMaxLength(500);
        b.Property(x => x.Revisi).IsConcurrencyToken();
    }
}

internal sealed class AnggotaTimSakipConfiguration : IEntityTypeConfiguration<AnggotaTimSakip>
{
    public void Configure(EntityTypeBuilder<AnggotaTimSakip> b)
    {
        b.HasOne(x => x.Tim).WithMany(x => x.Anggotas).HasForeignKey(x => x.TimSakipId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Kelompok).HasMaxLength(100);
        b.Property(x => x.Nama).HasMaxLength(200);
        b.Property(x => x.Jabatan).HasMaxLength(200);
        b.Property(x => x.Kedudukan).HasMaxLength(100);
        b.Property(x => x.Tugas).HasMaxLength(EditDivisi.PanjangTugas);
        b.Property(x => x.Revisi).IsConcurrencyToken();
    }
}
