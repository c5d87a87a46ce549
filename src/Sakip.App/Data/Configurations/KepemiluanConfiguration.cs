using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.App.Entities;

namespace Sakip.App.Data.Configurations;

internal sealed class AcaraPemiluConfiguration : IEntityTypeConfiguration<AcaraPemilu>
{
    public void Configure(EntityTypeBuilder<AcaraPemilu> b)
    {
        b.HasIndex(x => x.Kode).IsUnique();
        b.Property(x => x.Kode).HasMaxLength(40);
        b.Property(x => x.Nama).HasMaxLength(200);
        b.HasMany(x => x.Kontes).WithOne(x => x.Acara).HasForeignKey(x => x.AcaraPemiluId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class KontesPemiluConfiguration : IEntityTypeConfiguration<KontesPemilu>
{
    public void Configure(EntityTypeBuilder<KontesPemilu> b)
    {
        b.HasIndex(x => new { x.AcaraPemiluId, x.Kode }).IsUnique();
        b.Property(x => x.Kode).HasMaxLength(40);
        b.Property(x => x.Nama).HasMaxLength(200);
        b.Property(x => x.KodeWilayah).HasMaxLength(13);
        b.HasMany(x => x.Calons).WithOne().HasForeignKey(x => x.KontesPemiluId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CalonKontesConfiguration : IEntityTypeConfiguration<CalonKontes>
{
    public void Configure(EntityTypeBuilder<CalonKontes> b)
    {
        b.HasIndex(x => new { x.KontesPemiluId, x.NomorUrut }).IsUnique();
        b.Property(x => x.Nama).HasMaxLength(300);
    }
}

internal sealed class ImporKepemiluanConfiguration : IEntityTypeConfiguration<ImporKepemiluan>
{
    public void Configure(EntityTypeBuilder<ImporKepemiluan> b)
    {
        b.HasIndex(x => new { x.KontesPemiluId, x.SatkerId }).IsUnique();
        b.HasOne(x => x.Kontes).WithMany().HasForeignKey(x => x.KontesPemiluId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Satker).WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.NamaBerkas).HasMaxLength(255);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.Pengimpor).HasMaxLength(200);
        b.HasMany(x => x.Angkas).WithOne().HasForeignKey(x => x.ImporKepemiluanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Temuans).WithOne().HasForeignKey(x => x.ImporKepemiluanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AngkaKepemiluanConfiguration : IEntityTypeConfiguration<AngkaKepemiluan>
{
    public void Configure(EntityTypeBuilder<AngkaKepemiluan> b)
    {
        b.HasIndex(x => new { x.ImporKepemiluanId, x.KodeWilayah }).IsUnique();
        b.Property(x => x.KodeWilayah).HasMaxLength(13);
        b.Property(x => x.NamaWilayah).HasMaxLength(200);
        b.Property(x => x.Suara).HasMaxLength(4000);
    }
}

internal sealed class RekapAngkaKepemiluanConfiguration : IEntityTypeConfiguration<RekapAngkaKepemiluan>
{
    public void Configure(EntityTypeBuilder<RekapAngkaKepemiluan> b)
    {
        b.HasIndex(x => new { x.ImporKepemiluanId, x.KodeWilayah }).IsUnique();
        b.HasIndex(x => new { x.ImporKepemiluanId, x.KodeInduk });
        b.HasOne<ImporKepemiluan>().WithMany().HasForeignKey(x => x.ImporKepemiluanId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.KodeWilayah).HasMaxLength(13);
        b.Property(x => x.KodeInduk).HasMaxLength(13);
        b.Property(x => x.NamaWilayah).HasMaxLength(200);
        b.Property(x => x.Suara).HasMaxLength(4000);
    }
}

internal sealed class RiwayatPartisipasiConfiguration : IEntityTypeConfiguration<RiwayatPartisipasi>
{
    public void Configure(EntityTypeBuilder<RiwayatPartisipasi> b)
    {
        b.HasIndex(x => new { x.SatkerId, x.Tahun, x.Jenis }).IsUnique();
        b.HasOne<Satker>().WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Pemilihan).HasMaxLength(200);
        b.Property(x => x.Sumber).HasMaxLength(200);
    }
}

internal sealed class TemuanImporKepemiluanConfiguration : IEntityTypeConfiguration<TemuanImporKepemiluan>
{
    public void Configure(EntityTypeBuilder<TemuanImporKepemiluan> b)
    {
        b.Property(x => x.KodeWilayah).HasMaxLength(13);
        b.Property(x => x.Kolom).HasMaxLength(400);
        b.Property(x => x.Pesan).HasMaxLength(1000);
    }
}

internal sealed class IkatanDataKepemiluanConfiguration : IEntityTypeConfiguration<IkatanDataKepemiluan>
{
    public void Configure(EntityTypeBuilder<IkatanDataKepemiluan> b)
    {
        b.HasIndex(x => new { x.IndikatorKinerjaId, x.NamaVariabel }).IsUnique();
        b.HasOne(x => x.Indikator).WithMany().HasForeignKey(x => x.IndikatorKinerjaId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Kontes).WithMany().HasForeignKey(x => x.KontesPemiluId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.NamaVariabel).HasMaxLength(60);
        b.Property(x => x.KodeWilayah).HasMaxLength(13);
    }
}
