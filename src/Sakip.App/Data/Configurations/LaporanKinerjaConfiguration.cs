using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.App.Entities;

namespace Sakip.App.Data.Configurations;

internal sealed class LaporanKinerjaConfiguration : IEntityTypeConfiguration<LaporanKinerja>
{
    public void Configure(EntityTypeBuilder<LaporanKinerja> b)
    {
        b.HasIndex(x => new { x.SatkerId, x.Tahun, x.Versi }).IsUnique();

        // The public page reads the published versions of a satker-year.
        b.HasIndex(x => new { x.SatkerId, x.Tahun, x.Status });
        b.HasOne<Satker>().WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Pengguna>().WithMany().HasForeignKey(x => x.PereviuId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Pengguna>().WithMany().HasForeignKey(x => x.PenyetujuId).OnDelete(DeleteBehavior.SetNull);
        b.Property(x => x.NamaPereviu).HasMaxLength(200);
        b.Property(x => x.NamaPenyetuju).HasMaxLength(200);
        b.Property(x => x.SidikIsi).HasMaxLength(64);
        b.Property(x => x.Revisi).IsConcurrencyToken();
        b.HasMany(x => x.Naratifs).WithOne().HasForeignKey(x => x.LaporanKinerjaId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Catatans).WithOne().HasForeignKey(x => x.LaporanKinerjaId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Berkases).WithOne().HasForeignKey(x => x.LaporanKinerjaId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NaratifLaporanConfiguration : IEntityTypeConfiguration<NaratifLaporan>
{
    public void Configure(EntityTypeBuilder<NaratifLaporan> b)
    {
        b.Property(x => x.Bagian).HasMaxLength(80);
        b.Property(x => x.Teks).HasMaxLength(Dokumen.NaratifTeks.PanjangMaksimum);
        b.HasIndex(x => new { x.LaporanKinerjaId, x.Bagian }).IsUnique();
    }
}

internal sealed class CatatanReviuLaporanConfiguration : IEntityTypeConfiguration<CatatanReviuLaporan>
{
    public void Configure(EntityTypeBuilder<CatatanReviuLaporan> b)
    {
        b.Property(x => x.Bagian).HasMaxLength(80);
        b.Property(x => x.Teks).HasMaxLength(4000);
        b.Property(x => x.Penulis).HasMaxLength(200);
        b.HasOne<Pengguna>().WithMany().HasForeignKey(x => x.PenggunaId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => x.LaporanKinerjaId);
    }
}

internal sealed class BerkasLaporanConfiguration : IEntityTypeConfiguration<BerkasLaporan>
{
    public void Configure(EntityTypeBuilder<BerkasLaporan> b)
    {
        b.Property(x => x.Format).HasMaxLength(8);
        b.Property(x => x.NamaBerkas).HasMaxLength(200);
        b.HasOne(x => x.Berkas).WithMany().HasForeignKey(x => x.BerkasId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.LaporanKinerjaId, x.Format }).IsUnique();
    }
}

internal sealed class ManualIkuConfiguration : IEntityTypeConfiguration<ManualIku>
{
    public void Configure(EntityTypeBuilder<ManualIku> b)
    {
        b.HasIndex(x => new { x.SatkerId, x.Tahun, x.KodeIndikator }).IsUnique();
        b.HasOne<Satker>().WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.PenanggungJawab).WithMany().HasForeignKey(x => x.PenanggungJawabId).OnDelete(DeleteBehavior.SetNull);
        b.Property(x => x.KodeIndikator).HasMaxLength(20);
        b.Property(x => x.DefinisiOperasional).HasMaxLength(Features.Perjanjian.EditManualIku.PanjangMaksimum);
        b.Property(x => x.RumusUraian).HasMaxLength(Features.Perjanjian.EditManualIku.PanjangMaksimum);
        b.Property(x => x.SumberData).HasMaxLength(1000);
        b.Property(x => x.UnitPenanggungJawab).HasMaxLength(200);
        b.HasOne(x => x.IndikatorRenstra).WithMany().HasForeignKey(x => x.IndikatorRenstraId).OnDelete(DeleteBehavior.SetNull);
        b.Property(x => x.PrioritasNasional).HasMaxLength(Features.Perjanjian.EditManualIku.PanjangPrioritasNasional);
        b.Property(x => x.Revisi).IsConcurrencyToken();
    }
}
