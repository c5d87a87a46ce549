using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.App.Entities;

namespace Sakip.App.Data.Configurations;

internal sealed class JejakAuditConfiguration : IEntityTypeConfiguration<JejakAudit>
{
    public void Configure(EntityTypeBuilder<JejakAudit> b)
    {
        b.Property(x => x.Pelaku).HasMaxLength(100);
        b.Property(x => x.Entitas).HasMaxLength(100);
        b.Property(x => x.KunciEntitas).HasMaxLength(100);
        b.Property(x => x.HashSebelumnya).HasMaxLength(64).IsFixedLength();
        b.Property(x => x.Hash).HasMaxLength(64).IsFixedLength();

        // A hash can be the predecessor of one row only: the chain cannot fork.
        b.HasIndex(x => x.HashSebelumnya).IsUnique();
        b.HasIndex(x => x.Hash).IsUnique();
        b.HasIndex(x => new { x.SatkerId, x.Id });
        b.HasIndex(x => new { x.Entitas, x.KunciEntitas });
    }
}

internal sealed class KunciRantaiAuditConfiguration : IEntityTypeConfiguration<KunciRantaiAudit>
{
    public void Configure(EntityTypeBuilder<KunciRantaiAudit> b)
    {
        b.ToTable("KunciRantaiAudit");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasData(new KunciRantaiAudit { Id = 1, Nomor = 0 });
    }
}

internal sealed class PeriodeTertutupConfiguration : IEntityTypeConfiguration<PeriodeTertutup>
{
    public void Configure(EntityTypeBuilder<PeriodeTertutup> b)
    {
        b.HasIndex(x => new { x.SatkerId, x.Tahun, x.JenisPeriode, x.Nomor }).IsUnique();
        b.HasOne<Satker>().WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.Periode);
    }
}
