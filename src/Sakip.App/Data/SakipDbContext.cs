using Microsoft.EntityFrameworkCore;
using Sakip.App.Audit;
using Sakip.App.Entities;

namespace Sakip.App.Data;

/// <summary>
/// The one database context of Sakip. Mapping lives in <c>Configurations/</c>, one class per entity.
/// </summary>
/// <remarks>
/// Each provider has its own migration set, owned by a thin derived context. After a model change
/// add a migration to both:
/// <code>
/// dotnet ef migrations add NAME --project src/Sakip.App --context SqliteSakipDbContext -o Data/Migrations/Sqlite
/// dotnet ef migrations add NAME --project src/Sakip.App --context PostgresSakipDbContext -o Data/Migrations/Postgres
/// </code>
/// A test fails while either set has pending model changes.
/// </remarks>
public abstract partial class SakipDbContext(DbContextOptions options, IPelakuAudit pelaku, TimeProvider clock) : DbContext(options)
{
    public DbSet<Satker> Satkers => Set<Satker>();

    public DbSet<Pegawai> Pegawais => Set<Pegawai>();

    public DbSet<Renstra> Renstras => Set<Renstra>();

    public DbSet<SasaranRenstra> SasaranRenstras => Set<SasaranRenstra>();

    public DbSet<IndikatorRenstra> IndikatorRenstras => Set<IndikatorRenstra>();

    public DbSet<Rkt> Rkts => Set<Rkt>();

    public DbSet<ProgramAnggaran> ProgramAnggarans => Set<ProgramAnggaran>();

    public DbSet<PerjanjianKinerja> PerjanjianKinerjas => Set<PerjanjianKinerja>();

    public DbSet<IndikatorKinerja> IndikatorKinerjas => Set<IndikatorKinerja>();

    public DbSet<RealisasiKinerja> RealisasiKinerjas => Set<RealisasiKinerja>();

    public DbSet<KebijakanCapaianSatker> KebijakanCapaians => Set<KebijakanCapaianSatker>();

    public DbSet<JejakAudit> JejakAudits => Set<JejakAudit>();

    public DbSet<SesiPengguna> SesiPenggunas => Set<SesiPengguna>();

    public DbSet<Pemberitahuan> Pemberitahuans => Set<Pemberitahuan>();

    public DbSet<SuratKeluar> SuratKeluars => Set<SuratKeluar>();

    public DbSet<TenggatSatker> TenggatSatkers => Set<TenggatSatker>();

    public DbSet<VersiData> VersiDatas => Set<VersiData>();

    public DbSet<LaporanKinerja> LaporanKinerjas => Set<LaporanKinerja>();

    public DbSet<NaratifLaporan> NaratifLaporans => Set<NaratifLaporan>();

    public DbSet<BerkasLaporan> BerkasLaporans => Set<BerkasLaporan>();

    public DbSet<ManualIku> ManualIkus => Set<ManualIku>();

    public DbSet<Divisi> Divisis => Set<Divisi>();

    public DbSet<TimSakip> TimSakips => Set<TimSakip>();

    public DbSet<EvaluasiAkip> EvaluasiAkips => Set<EvaluasiAkip>();

    public DbSet<TemplatLkeTersimpan> TemplatLkeTersimpans => Set<TemplatLkeTersimpan>();

    public DbSet<PutaranEvaluasi> PutaranEvaluasis => Set<PutaranEvaluasi>();

    public DbSet<JawabanEvaluasi> JawabanEvaluasis => Set<JawabanEvaluasi>();

    public DbSet<RekomendasiEvaluasi> RekomendasiEvaluasis => Set<RekomendasiEvaluasi>();

    public DbSet<AnggotaTimSakip> AnggotaTimSakips => Set<AnggotaTimSakip>();

    public DbSet<AcaraPemilu> AcaraPemilus => Set<AcaraPemilu>();

    public DbSet<KontesPemilu> KontesPemilus => Set<KontesPemilu>();

    public DbSet<ImporKepemiluan> ImporKepemiluans => Set<ImporKepemiluan>();

    public DbSet<AngkaKepemiluan> AngkaKepemiluans => Set<AngkaKepemiluan>();

    public DbSet<RekapAngkaKepemiluan> RekapAngkaKepemiluans => Set<RekapAngkaKepemiluan>();

    public DbSet<RiwayatPartisipasi> RiwayatPartisipasis => Set<RiwayatPartisipasi>();

    public DbSet<TemuanImporKepemiluan> TemuanImporKepemiluans => Set<TemuanImporKepemiluan>();

    public DbSet<IkatanDataKepemiluan> IkatanDataKepemiluans => Set<IkatanDataKepemiluan>();

    public DbSet<VersiAnggaran> VersiAnggarans => Set<VersiAnggaran>();

    public DbSet<BarisDipa> BarisDipas => Set<BarisDipa>();

    public DbSet<LaporanSimonikaSatker> LaporanSimonikas => Set<LaporanSimonikaSatker>();

    public DbSet<IkatanDataAnggaran> IkatanDataAnggarans => Set<IkatanDataAnggaran>();

    public DbSet<IkatanSasaranAnggaran> IkatanSasaranAnggarans => Set<IkatanSasaranAnggaran>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SakipDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enough for rupiah up to the national budget and percentages with six decimals.
        configurationBuilder.Properties<decimal>().HavePrecision(24, 6);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}

/// <summary>The context on SQLite (the default; one satker on a laptop). Owns <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteSakipDbContext(DbContextOptions<SqliteSakipDbContext> options, IPelakuAudit pelaku, TimeProvider clock)
    : SakipDbContext(options, pelaku, clock);

/// <summary>The context on PostgreSQL (a province or the nation). Owns <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresSakipDbContext(DbContextOptions<PostgresSakipDbContext> options, IPelakuAudit pelaku, TimeProvider clock)
    : SakipDbContext(options, pelaku, clock);
