using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.App.Entities;

namespace Sakip.App.Data.Configurations;

internal sealed class PerjanjianKinerjaConfiguration : IEntityTypeConfiguration<PerjanjianKinerja>
{
    public void Configure(EntityTypeBuilder<PerjanjianKinerja> b)
    {
        b.Property(x => x.Judul).HasMaxLength(300);
        b.Property(x => x.Tempat).HasMaxLength(100);
        b.Property(x => x.Kode).HasMaxLength(40);
        b.Property(x => x.Revisi).IsConcurrencyToken();
        b.HasIndex(x => new { x.SatkerId, x.Tahun, x.Kode, x.Versi }).IsUnique();
        b.HasOne(x => x.Satker).WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.PihakPertama).WithMany().HasForeignKey(x => x.PihakPertamaId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.PihakKedua).WithMany().HasForeignKey(x => x.PihakKeduaId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Sasarans).WithOne().HasForeignKey(x => x.PerjanjianKinerjaId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SasaranPerjanjianKinerjaConfiguration : IEntityTypeConfiguration<SasaranPerjanjianKinerja>
{
    public void Configure(EntityTypeBuilder<SasaranPerjanjianKinerja> b)
    {
        b.Property(x => x.Kode).HasMaxLength(20);
        b.HasIndex(x => new { x.PerjanjianKinerjaId, x.Kode }).IsUnique();
        b.HasMany(x => x.Indikators).WithOne(x => x.Sasaran).HasForeignKey(x => x.SasaranPerjanjianKinerjaId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IndikatorKinerjaConfiguration : IEntityTypeConfiguration<IndikatorKinerja>
{
    public void Configure(EntityTypeBuilder<IndikatorKinerja> b)
    {
        b.Property(x => x.Kode).HasMaxLength(20);
        b.HasIndex(x => new { x.SasaranPerjanjianKinerjaId, x.Kode }).IsUnique();
        b.Property(x => x.TargetPredikat).HasMaxLength(10);
        b.Property(x => x.SkalaPredikat).HasMaxLength(40);
        b.Property(x => x.Satuan).HasMaxLength(40);
        b.Property(x => x.Rumus).HasMaxLength(300);
        b.HasMany(x => x.RencanaAksis).WithOne().HasForeignKey(x => x.IndikatorKinerjaId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Realisasis).WithOne(x => x.Indikator).HasForeignKey(x => x.IndikatorKinerjaId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RencanaAksiConfiguration : IEntityTypeConfiguration<RencanaAksi>
{
    public void Configure(EntityTypeBuilder<RencanaAksi> b)
    {
        b.HasIndex(x => new { x.IndikatorKinerjaId, x.Triwulan }).IsUnique();
        b.ToTable(t => t.HasCheckConstraint("CK_TargetTriwulan_Triwulan", "\"Triwulan\" BETWEEN 1 AND 4"));
        b.Property(x => x.TargetPredikat).HasMaxLength(10);
        b.Property(x => x.PenanggungJawab).HasMaxLength(200);
    }
}

internal sealed class RealisasiKinerjaConfiguration : IEntityTypeConfiguration<RealisasiKinerja>
{
    public void Configure(EntityTypeBuilder<RealisasiKinerja> b)
    {
        b.HasIndex(x => new { x.IndikatorKinerjaId, x.Tahun, x.JenisPeriode, x.NomorPeriode }).IsUnique();
        b.Ignore(x => x.Periode);
        b.Property(x => x.Satuan).HasMaxLength(40);
        b.Property(x => x.Predikat).HasMaxLength(10);
        b.Property(x => x.Sumber).HasMaxLength(300);
        b.HasMany(x => x.Variabels).WithOne().HasForeignKey(x => x.RealisasiKinerjaId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Buktis).WithOne().HasForeignKey(x => x.RealisasiKinerjaId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Revisi).IsConcurrencyToken();
        b.Property(x => x.CatatanVerifikasi).HasMaxLength(2000);
    }
}

internal sealed class BuktiRealisasiConfiguration : IEntityTypeConfiguration<BuktiRealisasi>
{
    public void Configure(EntityTypeBuilder<BuktiRealisasi> b)
    {
        b.Property(x => x.NamaBerkas).HasMaxLength(255);
        b.HasOne(x => x.Berkas).WithMany().HasForeignKey(x => x.BerkasId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BerkasConfiguration : IEntityTypeConfiguration<Berkas>
{
    public void Configure(EntityTypeBuilder<Berkas> b)
    {
        b.Property(x => x.Sha256).HasMaxLength(64).IsFixedLength();
        b.HasIndex(x => x.Sha256).IsUnique();
        b.Property(x => x.JenisKonten).HasMaxLength(100);
    }
}

internal sealed class RealisasiVariabelConfiguration : IEntityTypeConfiguration<RealisasiVariabel>
{
    public void Configure(EntityTypeBuilder<RealisasiVariabel> b)
    {
        b.Property(x => x.Nama).HasMaxLength(60);
        b.HasIndex(x => new { x.RealisasiKinerjaId, x.Nama }).IsUnique();
    }
}

internal sealed class KebijakanCapaianSatkerConfiguration : IEntityTypeConfiguration<KebijakanCapaianSatker>
{
    public void Configure(EntityTypeBuilder<KebijakanCapaianSatker> b)
    {
        b.HasIndex(x => new { x.SatkerId, x.Tahun }).IsUnique();
        b.HasOne<Satker>().WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.SkalaKategori).HasMaxLength(60);
        b.Property(x => x.TingkatKategori).HasMaxLength(500);
        b.Property(x => x.NilaiPredikat).HasMaxLength(500);
    }
}
