using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.App.Entities;

namespace Sakip.App.Data.Configurations;

internal sealed class PemberitahuanConfiguration : IEntityTypeConfiguration<Pemberitahuan>
{
    public void Configure(EntityTypeBuilder<Pemberitahuan> b)
    {
        b.Property(x => x.Judul).HasMaxLength(400);
        b.Property(x => x.Tautan).HasMaxLength(400);
        b.Property(x => x.Kunci).HasMaxLength(200);
        b.HasOne<Pengguna>().WithMany().HasForeignKey(x => x.PenggunaId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Satker>().WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Cascade);

        // The menu counts a user's unread ones on every page; the list reads them newest first.
        b.HasIndex(x => new { x.PenggunaId, x.DibacaPada, x.Id });
        b.HasIndex(x => new { x.PenggunaId, x.Kunci }).IsUnique();
    }
}

internal sealed class SuratKeluarConfiguration : IEntityTypeConfiguration<SuratKeluar>
{
    public void Configure(EntityTypeBuilder<SuratKeluar> b)
    {
        b.Property(x => x.Kepada).HasMaxLength(254);
        b.Property(x => x.Subjek).HasMaxLength(400);
        b.Property(x => x.Isi).HasMaxLength(4000);
        b.Property(x => x.GalatTerakhir).HasMaxLength(1000);
        b.HasOne<Pemberitahuan>().WithMany().HasForeignKey(x => x.PemberitahuanId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => new { x.TerkirimPada, x.Menyerah, x.CobaSetelah });
    }
}

internal sealed class TenggatSatkerConfiguration : IEntityTypeConfiguration<TenggatSatker>
{
    public void Configure(EntityTypeBuilder<TenggatSatker> b)
    {
        b.HasIndex(x => new { x.SatkerId, x.Tahun }).IsUnique();
        b.HasOne<Satker>().WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class VersiDataConfiguration : IEntityTypeConfiguration<VersiData>
{
    public void Configure(EntityTypeBuilder<VersiData> b)
    {
        b.HasKey(x => x.Kunci);
        b.Property(x => x.Kunci).HasMaxLength(40);
    }
}
