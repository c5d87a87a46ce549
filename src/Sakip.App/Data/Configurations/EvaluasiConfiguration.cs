using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.App.Entities;

namespace Sakip.App.Data.Configurations;

internal sealed class EvaluasiAkipConfiguration : IEntityTypeConfiguration<EvaluasiAkip>
{
    public void Configure(EntityTypeBuilder<EvaluasiAkip> b)
    {
        b.HasOne(x => x.Satker).WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.SatkerId, x.Tahun }).IsUnique();
        b.Property(x => x.KodeTemplat).HasMaxLength(40);
        b.HasMany(x => x.Putarans).WithOne().HasForeignKey(x => x.EvaluasiAkipId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Rekomendasis).WithOne().HasForeignKey(x => x.EvaluasiAkipId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Buktis).WithOne().HasForeignKey(x => x.EvaluasiAkipId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.KomponenTercetaks).WithOne().HasForeignKey(x => x.EvaluasiAkipId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.SumberTercetak).HasMaxLength(200);
        b.Property(x => x.PredikatTercetak).HasMaxLength(10);
        b.Property(x => x.Revisi).IsConcurrencyToken();
        b.Ignore(x => x.PutaranTerbuka);
        b.Ignore(x => x.Tercetak);
    }
}

internal sealed class TemplatLkeTersimpanConfiguration : IEntityTypeConfiguration<TemplatLkeTersimpan>
{
    public void Configure(EntityTypeBuilder<TemplatLkeTersimpan> b)
    {
        b.HasIndex(x => x.Kode).IsUnique();
        b.Property(x => x.Kode).HasMaxLength(40);
        b.Property(x => x.DiubahOleh).HasMaxLength(200);
        b.Property(x => x.Revisi).IsConcurrencyToken();
    }
}

internal sealed class BuktiEvaluasiConfiguration : IEntityTypeConfiguration<BuktiEvaluasi>
{
    public void Configure(EntityTypeBuilder<BuktiEvaluasi> b)
    {
        b.HasIndex(x => new { x.EvaluasiAkipId, x.Kode });
        b.Property(x => x.Kode).HasMaxLength(20);
        b.Property(x => x.NamaBerkas).HasMaxLength(255);
        b.Property(x => x.DiunggahOleh).HasMaxLength(200);
        b.HasOne(x => x.Berkas).WithMany().HasForeignKey(x => x.BerkasId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RekomendasiEvaluasi>().WithMany().HasForeignKey(x => x.RekomendasiEvaluasiId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class KomponenEvaluasiTercetakConfiguration : IEntityTypeConfiguration<KomponenEvaluasiTercetak>
{
    public void Configure(EntityTypeBuilder<KomponenEvaluasiTercetak> b)
    {
        b.HasIndex(x => new { x.EvaluasiAkipId, x.KodeKomponen }).IsUnique();
        b.Property(x => x.KodeKomponen).HasMaxLength(20);
        b.Property(x => x.Huruf).HasMaxLength(10);
    }
}

internal sealed class PutaranEvaluasiConfiguration : IEntityTypeConfiguration<PutaranEvaluasi>
{
    public void Configure(EntityTypeBuilder<PutaranEvaluasi> b)
    {
        b.HasIndex(x => new { x.EvaluasiAkipId, x.Jenis }).IsUnique();
        b.Property(x => x.DiajukanOleh).HasMaxLength(200);
        b.HasMany(x => x.Jawabans).WithOne().HasForeignKey(x => x.PutaranEvaluasiId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class JawabanEvaluasiConfiguration : IEntityTypeConfiguration<JawabanEvaluasi>
{
    public void Configure(EntityTypeBuilder<JawabanEvaluasi> b)
    {
        b.HasIndex(x => new { x.PutaranEvaluasiId, x.Kode }).IsUnique();
        b.Property(x => x.Kode).HasMaxLength(20);
        b.Property(x => x.Jawaban).HasMaxLength(10);
        b.Property(x => x.Catatan).HasMaxLength(Features.Evaluasi.RecordJawabanEvaluasi.PanjangCatatan);
        b.Property(x => x.Revisi).IsConcurrencyToken();
    }
}

internal sealed class RekomendasiEvaluasiConfiguration : IEntityTypeConfiguration<RekomendasiEvaluasi>
{
    public void Configure(EntityTypeBuilder<RekomendasiEvaluasi> b)
    {
        b.HasIndex(x => new { x.EvaluasiAkipId, x.Nomor }).IsUnique();
        b.Property(x => x.KodeKomponen).HasMaxLength(20);
        b.Property(x => x.Uraian).HasMaxLength(Features.Evaluasi.EditRekomendasiEvaluasi.PanjangUraian);
        b.Property(x => x.UnitPenanggungJawab).HasMaxLength(200);
        b.Property(x => x.TindakLanjut).HasMaxLength(Features.Evaluasi.EditRekomendasiEvaluasi.PanjangUraian);
        b.Property(x => x.DiterimaOleh).HasMaxLength(200);
        b.Property(x => x.CatatanEvaluator).HasMaxLength(Features.Evaluasi.RecordJawabanEvaluasi.PanjangCatatan);
        b.Property(x => x.Revisi).IsConcurrencyToken();
    }
}
