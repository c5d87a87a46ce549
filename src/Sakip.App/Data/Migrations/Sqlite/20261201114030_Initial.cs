using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.App.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Berkas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    JenisKonten = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Ukuran = table.Column<long>(type: "INTEGER", nullable: false),
                    Isi = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Berkas", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JejakAudits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Waktu = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Pelaku = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PenggunaId = table.Column<int>(type: "INTEGER", nullable: true),
                    Aksi = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Entitas = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    KunciEntitas = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: true),
                    Perubahan = table.Column<string>(type: "TEXT", nullable: false),
                    HashSebelumnya = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JejakAudits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KunciRantaiAudit",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Nomor = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KunciRantaiAudit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Pengguna",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NamaPengguna = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    NamaLengkap = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HashKataSandi = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Surel = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Aktif = table.Column<bool>(type: "INTEGER", nullable: false),
                    StempelKeamanan = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pengguna", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Satkers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Tingkat = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IndukId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Satkers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Satkers_Satkers_IndukId",
                        column: x => x.IndukId,
                        principalTable: "Satkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VersiDatas",
                columns: table => new
                {
                    Kunci = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Versi = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VersiDatas", x => x.Kunci);
                });

            migrationBuilder.CreateTable(
                name: "SesiPenggunas",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    PenggunaId = table.Column<int>(type: "INTEGER", nullable: false),
                    DibuatPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    BerakhirPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SesiPenggunas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SesiPenggunas_Pengguna_PenggunaId",
                        column: x => x.PenggunaId,
                        principalTable: "Pengguna",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HakAkses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PenggunaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Peran = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    TermasukTurunan = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HakAkses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HakAkses_Pengguna_PenggunaId",
                        column: x => x.PenggunaId,
                        principalTable: "Pengguna",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HakAkses_Satkers_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KebijakanCapaians",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    RumusTurun = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Batas = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ModeAgregasi = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SkalaKategori = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    TingkatKategori = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    NilaiPredikat = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KebijakanCapaians", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KebijakanCapaians_Satkers_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LaporanKinerjas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Versi = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Revisi = table.Column<int>(type: "INTEGER", nullable: false),
                    DibuatPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DiajukanPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    PereviuId = table.Column<int>(type: "INTEGER", nullable: true),
                    NamaPereviu = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DireviuPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    PenyetujuId = table.Column<int>(type: "INTEGER", nullable: true),
                    NamaPenyetuju = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DisetujuiPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    DiterbitkanPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    SidikIsi = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LaporanKinerjas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LaporanKinerjas_Pengguna_PenyetujuId",
                        column: x => x.PenyetujuId,
                        principalTable: "Pengguna",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_LaporanKinerjas_Pengguna_PereviuId",
                        column: x => x.PereviuId,
                        principalTable: "Pengguna",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_LaporanKinerjas_Satkers_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Pegawais",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Nip = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Jabatan = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pegawais", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Pegawais_Satkers_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Pemberitahuans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PenggunaId = table.Column<int>(type: "INTEGER", nullable: false),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: true),
                    Jenis = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Judul = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Tautan = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    DibuatPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DibacaPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Kunci = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pemberitahuans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Pemberitahuans_Pengguna_PenggunaId",
                        column: x => x.PenggunaId,
                        principalTable: "Pengguna",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Pemberitahuans_Satkers_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PeriodeTertutup",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    JenisPeriode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Nomor = table.Column<int>(type: "INTEGER", nullable: false),
                    DitutupPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeriodeTertutup", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PeriodeTertutup_Satkers_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgramAnggarans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Urutan = table.Column<int>(type: "INTEGER", nullable: false),
                    Kode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Pagu = table.Column<decimal>(type: "TEXT", precision: 24, scale: 6, nullable: false),
                    Revisi = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgramAnggarans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgramAnggarans_Satkers_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Renstras",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    TahunAwal = table.Column<int>(type: "INTEGER", nullable: false),
                    TahunAkhir = table.Column<int>(type: "INTEGER", nullable: false),
                    Visi = table.Column<string>(type: "TEXT", nullable: true),
                    Revisi = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Renstras", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Renstras_Satkers_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TenggatSatkers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    HariBatasWaktu = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TenggatSatkers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TenggatSatkers_Satkers_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BerkasLaporans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaporanKinerjaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    NamaBerkas = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BerkasId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BerkasLaporans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BerkasLaporans_Berkas_BerkasId",
                        column: x => x.BerkasId,
                        principalTable: "Berkas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BerkasLaporans_LaporanKinerjas_LaporanKinerjaId",
                        column: x => x.LaporanKinerjaId,
                        principalTable: "LaporanKinerjas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CatatanReviuLaporan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaporanKinerjaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Bagian = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Teks = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PenggunaId = table.Column<int>(type: "INTEGER", nullable: true),
                    Penulis = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DibuatPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatatanReviuLaporan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CatatanReviuLaporan_LaporanKinerjas_LaporanKinerjaId",
                        column: x => x.LaporanKinerjaId,
                        principalTable: "LaporanKinerjas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CatatanReviuLaporan_Pengguna_PenggunaId",
                        column: x => x.PenggunaId,
                        principalTable: "Pengguna",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "NaratifLaporans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaporanKinerjaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Bagian = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Teks = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NaratifLaporans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NaratifLaporans_LaporanKinerjas_LaporanKinerjaId",
                        column: x => x.LaporanKinerjaId,
                        principalTable: "LaporanKinerjas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ManualIkus",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    KodeIndikator = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Iku = table.Column<bool>(type: "INTEGER", nullable: false),
                    DefinisiOperasional = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RumusUraian = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SumberData = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    UnitPenanggungJawab = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PenanggungJawabId = table.Column<int>(type: "INTEGER", nullable: true),
                    Revisi = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ManualIkus", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ManualIkus_Pegawais_PenanggungJawabId",
                        column: x => x.PenanggungJawabId,
                        principalTable: "Pegawais",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ManualIkus_Satkers_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PerjanjianKinerjas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Kode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Versi = table.Column<int>(type: "INTEGER", nullable: false),
                    Judul = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PihakPertamaId = table.Column<int>(type: "INTEGER", nullable: true),
                    PihakKeduaId = table.Column<int>(type: "INTEGER", nullable: true),
                    Tempat = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Tanggal = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BerlakuMulai = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AlasanPerubahan = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Revisi = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerjanjianKinerjas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PerjanjianKinerjas_Pegawais_PihakKeduaId",
                        column: x => x.PihakKeduaId,
                        principalTable: "Pegawais",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PerjanjianKinerjas_Pegawais_PihakPertamaId",
                        column: x => x.PihakPertamaId,
                        principalTable: "Pegawais",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PerjanjianKinerjas_Satkers_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Rkts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PenandatanganId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rkts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Rkts_Pegawais_PenandatanganId",
                        column: x => x.PenandatanganId,
                        principalTable: "Pegawais",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Rkts_Satkers_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SuratKeluars",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PemberitahuanId = table.Column<int>(type: "INTEGER", nullable: true),
                    Kepada = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Subjek = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Isi = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DibuatPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CobaSetelah = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Percobaan = table.Column<int>(type: "INTEGER", nullable: false),
                    TerkirimPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Menyerah = table.Column<bool>(type: "INTEGER", nullable: false),
                    GalatTerakhir = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuratKeluars", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SuratKeluars_Pemberitahuans_PemberitahuanId",
                        column: x => x.PemberitahuanId,
                        principalTable: "Pemberitahuans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "RenstraButir",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RenstraId = table.Column<int>(type: "INTEGER", nullable: false),
                    Jenis = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Nomor = table.Column<int>(type: "INTEGER", nullable: false),
                    Teks = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RenstraButir", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RenstraButir_Renstras_RenstraId",
                        column: x => x.RenstraId,
                        principalTable: "Renstras",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SasaranRenstras",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RenstraId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Uraian = table.Column<string>(type: "TEXT", nullable: false),
                    Program = table.Column<string>(type: "TEXT", nullable: true),
                    Kegiatan = table.Column<string>(type: "TEXT", nullable: true),
                    IndukId = table.Column<int>(type: "INTEGER", nullable: true),
                    Revisi = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SasaranRenstras", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SasaranRenstras_Renstras_RenstraId",
                        column: x => x.RenstraId,
                        principalTable: "Renstras",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SasaranRenstras_SasaranRenstras_IndukId",
                        column: x => x.IndukId,
                        principalTable: "SasaranRenstras",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SasaranPerjanjianKinerja",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PerjanjianKinerjaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Urutan = table.Column<int>(type: "INTEGER", nullable: false),
                    Uraian = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SasaranPerjanjianKinerja", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SasaranPerjanjianKinerja_PerjanjianKinerjas_PerjanjianKinerjaId",
                        column: x => x.PerjanjianKinerjaId,
                        principalTable: "PerjanjianKinerjas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SasaranRkt",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RktId = table.Column<int>(type: "INTEGER", nullable: false),
                    Nomor = table.Column<int>(type: "INTEGER", nullable: false),
                    Uraian = table.Column<string>(type: "TEXT", nullable: false),
                    Revisi = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SasaranRkt", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SasaranRkt_Rkts_RktId",
                        column: x => x.RktId,
                        principalTable: "Rkts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndikatorRenstras",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SasaranRenstraId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Uraian = table.Column<string>(type: "TEXT", nullable: false),
                    IndukId = table.Column<int>(type: "INTEGER", nullable: true),
                    Revisi = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndikatorRenstras", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndikatorRenstras_IndikatorRenstras_IndukId",
                        column: x => x.IndukId,
                        principalTable: "IndikatorRenstras",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IndikatorRenstras_SasaranRenstras_SasaranRenstraId",
                        column: x => x.SasaranRenstraId,
                        principalTable: "SasaranRenstras",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndikatorKinerjas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SasaranPerjanjianKinerjaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Urutan = table.Column<int>(type: "INTEGER", nullable: false),
                    Uraian = table.Column<string>(type: "TEXT", nullable: false),
                    JenisTarget = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Polaritas = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TargetNilai = table.Column<decimal>(type: "TEXT", precision: 24, scale: 6, nullable: true),
                    TargetAtas = table.Column<decimal>(type: "TEXT", precision: 24, scale: 6, nullable: true),
                    TargetPredikat = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    SkalaPredikat = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    TargetTanggal = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Satuan = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Periodisitas = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CaraAkumulasi = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Rumus = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CaraPerhitungan = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndikatorKinerjas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndikatorKinerjas_SasaranPerjanjianKinerja_SasaranPerjanjianKinerjaId",
                        column: x => x.SasaranPerjanjianKinerjaId,
                        principalTable: "SasaranPerjanjianKinerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndikatorRkt",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SasaranRktId = table.Column<int>(type: "INTEGER", nullable: false),
                    Urutan = table.Column<int>(type: "INTEGER", nullable: false),
                    Uraian = table.Column<string>(type: "TEXT", nullable: false),
                    TargetTeks = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    TargetNilai = table.Column<decimal>(type: "TEXT", precision: 24, scale: 6, nullable: true),
                    Satuan = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CaraPencapaian = table.Column<string>(type: "TEXT", nullable: true),
                    CaraPengukuran = table.Column<string>(type: "TEXT", nullable: true),
                    Rumus = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Polaritas = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Revisi = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndikatorRkt", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndikatorRkt_SasaranRkt_SasaranRktId",
                        column: x => x.SasaranRktId,
                        principalTable: "SasaranRkt",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TargetRenstra",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndikatorRenstraId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Teks = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Nilai = table.Column<decimal>(type: "TEXT", precision: 24, scale: 6, nullable: true),
                    Satuan = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TargetRenstra", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TargetRenstra_IndikatorRenstras_IndikatorRenstraId",
                        column: x => x.IndikatorRenstraId,
                        principalTable: "IndikatorRenstras",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RealisasiKinerjas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndikatorKinerjaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    JenisPeriode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NomorPeriode = table.Column<int>(type: "INTEGER", nullable: false),
                    Nilai = table.Column<decimal>(type: "TEXT", precision: 24, scale: 6, nullable: true),
                    Satuan = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Predikat = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Selesai = table.Column<bool>(type: "INTEGER", nullable: true),
                    TanggalSelesai = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Analisis = table.Column<string>(type: "TEXT", nullable: true),
                    Sumber = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CatatanVerifikasi = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Revisi = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RealisasiKinerjas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RealisasiKinerjas_IndikatorKinerjas_IndikatorKinerjaId",
                        column: x => x.IndikatorKinerjaId,
                        principalTable: "IndikatorKinerjas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RencanaAksi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndikatorKinerjaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Triwulan = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetNilai = table.Column<decimal>(type: "TEXT", precision: 24, scale: 6, nullable: true),
                    TargetPredikat = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Aksi = table.Column<string>(type: "TEXT", nullable: true),
                    PenanggungJawab = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RencanaAksi", x => x.Id);
                    table.CheckConstraint("CK_TargetTriwulan_Triwulan", "\"Triwulan\" BETWEEN 1 AND 4");
                    table.ForeignKey(
                        name: "FK_RencanaAksi_IndikatorKinerjas_IndikatorKinerjaId",
                        column: x => x.IndikatorKinerjaId,
                        principalTable: "IndikatorKinerjas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BuktiRealisasi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RealisasiKinerjaId = table.Column<int>(type: "INTEGER", nullable: false),
                    BerkasId = table.Column<int>(type: "INTEGER", nullable: false),
                    NamaBerkas = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    DiunggahPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuktiRealisasi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BuktiRealisasi_Berkas_BerkasId",
                        column: x => x.BerkasId,
                        principalTable: "Berkas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BuktiRealisasi_RealisasiKinerjas_RealisasiKinerjaId",
                        column: x => x.RealisasiKinerjaId,
                        principalTable: "RealisasiKinerjas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RealisasiVariabel",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RealisasiKinerjaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Nilai = table.Column<decimal>(type: "TEXT", precision: 24, scale: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RealisasiVariabel", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RealisasiVariabel_RealisasiKinerjas_RealisasiKinerjaId",
                        column: x => x.RealisasiKinerjaId,
                        principalTable: "RealisasiKinerjas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "KunciRantaiAudit",
                columns: new[] { "Id", "Nomor" },
                values: new object[] { 1, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_Berkas_Sha256",
                table: "Berkas",
                column: "Sha256",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BerkasLaporans_BerkasId",
                table: "BerkasLaporans",
                column: "BerkasId");

            migrationBuilder.CreateIndex(
                name: "IX_BerkasLaporans_LaporanKinerjaId_Format",
                table: "BerkasLaporans",
                columns: new[] { "LaporanKinerjaId", "Format" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BuktiRealisasi_BerkasId",
                table: "BuktiRealisasi",
                column: "BerkasId");

            migrationBuilder.CreateIndex(
                name: "IX_BuktiRealisasi_RealisasiKinerjaId",
                table: "BuktiRealisasi",
                column: "RealisasiKinerjaId");

            migrationBuilder.CreateIndex(
                name: "IX_CatatanReviuLaporan_LaporanKinerjaId",
                table: "CatatanReviuLaporan",
                column: "LaporanKinerjaId");

            migrationBuilder.CreateIndex(
                name: "IX_CatatanReviuLaporan_PenggunaId",
                table: "CatatanReviuLaporan",
                column: "PenggunaId");

            migrationBuilder.CreateIndex(
                name: "IX_HakAkses_PenggunaId_Peran_SatkerId",
                table: "HakAkses",
                columns: new[] { "PenggunaId", "Peran", "SatkerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HakAkses_SatkerId",
                table: "HakAkses",
                column: "SatkerId");

            migrationBuilder.CreateIndex(
                name: "IX_IndikatorKinerjas_SasaranPerjanjianKinerjaId_Kode",
                table: "IndikatorKinerjas",
                columns: new[] { "SasaranPerjanjianKinerjaId", "Kode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndikatorRenstras_IndukId",
                table: "IndikatorRenstras",
                column: "IndukId");

            migrationBuilder.CreateIndex(
                name: "IX_IndikatorRenstras_SasaranRenstraId_Kode",
                table: "IndikatorRenstras",
                columns: new[] { "SasaranRenstraId", "Kode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndikatorRkt_SasaranRktId_Urutan",
                table: "IndikatorRkt",
                columns: new[] { "SasaranRktId", "Urutan" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JejakAudits_Entitas_KunciEntitas",
                table: "JejakAudits",
                columns: new[] { "Entitas", "KunciEntitas" });

            migrationBuilder.CreateIndex(
                name: "IX_JejakAudits_Hash",
                table: "JejakAudits",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JejakAudits_HashSebelumnya",
                table: "JejakAudits",
                column: "HashSebelumnya",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JejakAudits_SatkerId_Id",
                table: "JejakAudits",
                columns: new[] { "SatkerId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_KebijakanCapaians_SatkerId_Tahun",
                table: "KebijakanCapaians",
                columns: new[] { "SatkerId", "Tahun" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LaporanKinerjas_PenyetujuId",
                table: "LaporanKinerjas",
                column: "PenyetujuId");

            migrationBuilder.CreateIndex(
                name: "IX_LaporanKinerjas_PereviuId",
                table: "LaporanKinerjas",
                column: "PereviuId");

            migrationBuilder.CreateIndex(
                name: "IX_LaporanKinerjas_SatkerId_Tahun_Status",
                table: "LaporanKinerjas",
                columns: new[] { "SatkerId", "Tahun", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_LaporanKinerjas_SatkerId_Tahun_Versi",
                table: "LaporanKinerjas",
                columns: new[] { "SatkerId", "Tahun", "Versi" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ManualIkus_PenanggungJawabId",
                table: "ManualIkus",
                column: "PenanggungJawabId");

            migrationBuilder.CreateIndex(
                name: "IX_ManualIkus_SatkerId_Tahun_KodeIndikator",
                table: "ManualIkus",
                columns: new[] { "SatkerId", "Tahun", "KodeIndikator" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NaratifLaporans_LaporanKinerjaId_Bagian",
                table: "NaratifLaporans",
                columns: new[] { "LaporanKinerjaId", "Bagian" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Pegawais_SatkerId_Nama_Jabatan",
                table: "Pegawais",
                columns: new[] { "SatkerId", "Nama", "Jabatan" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Pemberitahuans_PenggunaId_DibacaPada_Id",
                table: "Pemberitahuans",
                columns: new[] { "PenggunaId", "DibacaPada", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Pemberitahuans_PenggunaId_Kunci",
                table: "Pemberitahuans",
                columns: new[] { "PenggunaId", "Kunci" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Pemberitahuans_SatkerId",
                table: "Pemberitahuans",
                column: "SatkerId");

            migrationBuilder.CreateIndex(
                name: "IX_Pengguna_NamaPengguna",
                table: "Pengguna",
                column: "NamaPengguna",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PeriodeTertutup_SatkerId_Tahun_JenisPeriode_Nomor",
                table: "PeriodeTertutup",
                columns: new[] { "SatkerId", "Tahun", "JenisPeriode", "Nomor" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PerjanjianKinerjas_PihakKeduaId",
                table: "PerjanjianKinerjas",
                column: "PihakKeduaId");

            migrationBuilder.CreateIndex(
                name: "IX_PerjanjianKinerjas_PihakPertamaId",
                table: "PerjanjianKinerjas",
                column: "PihakPertamaId");

            migrationBuilder.CreateIndex(
                name: "IX_PerjanjianKinerjas_SatkerId_Tahun_Kode_Versi",
                table: "PerjanjianKinerjas",
                columns: new[] { "SatkerId", "Tahun", "Kode", "Versi" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgramAnggarans_SatkerId_Tahun_Urutan",
                table: "ProgramAnggarans",
                columns: new[] { "SatkerId", "Tahun", "Urutan" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RealisasiKinerjas_IndikatorKinerjaId_Tahun_JenisPeriode_NomorPeriode",
                table: "RealisasiKinerjas",
                columns: new[] { "IndikatorKinerjaId", "Tahun", "JenisPeriode", "NomorPeriode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RealisasiVariabel_RealisasiKinerjaId_Nama",
                table: "RealisasiVariabel",
                columns: new[] { "RealisasiKinerjaId", "Nama" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RencanaAksi_IndikatorKinerjaId_Triwulan",
                table: "RencanaAksi",
                columns: new[] { "IndikatorKinerjaId", "Triwulan" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RenstraButir_RenstraId",
                table: "RenstraButir",
                column: "RenstraId");

            migrationBuilder.CreateIndex(
                name: "IX_Renstras_SatkerId_TahunAwal",
                table: "Renstras",
                columns: new[] { "SatkerId", "TahunAwal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Rkts_PenandatanganId",
                table: "Rkts",
                column: "PenandatanganId");

            migrationBuilder.CreateIndex(
                name: "IX_Rkts_SatkerId_Tahun_Unit",
                table: "Rkts",
                columns: new[] { "SatkerId", "Tahun", "Unit" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SasaranPerjanjianKinerja_PerjanjianKinerjaId_Kode",
                table: "SasaranPerjanjianKinerja",
                columns: new[] { "PerjanjianKinerjaId", "Kode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SasaranRenstras_IndukId",
                table: "SasaranRenstras",
                column: "IndukId");

            migrationBuilder.CreateIndex(
                name: "IX_SasaranRenstras_RenstraId_Kode",
                table: "SasaranRenstras",
                columns: new[] { "RenstraId", "Kode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SasaranRkt_RktId_Nomor",
                table: "SasaranRkt",
                columns: new[] { "RktId", "Nomor" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Satkers_IndukId",
                table: "Satkers",
                column: "IndukId");

            migrationBuilder.CreateIndex(
                name: "IX_Satkers_Kode",
                table: "Satkers",
                column: "Kode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SesiPenggunas_PenggunaId_DibuatPada",
                table: "SesiPenggunas",
                columns: new[] { "PenggunaId", "DibuatPada" });

            migrationBuilder.CreateIndex(
                name: "IX_SuratKeluars_PemberitahuanId",
                table: "SuratKeluars",
                column: "PemberitahuanId");

            migrationBuilder.CreateIndex(
                name: "IX_SuratKeluars_TerkirimPada_Menyerah_CobaSetelah",
                table: "SuratKeluars",
                columns: new[] { "TerkirimPada", "Menyerah", "CobaSetelah" });

            migrationBuilder.CreateIndex(
                name: "IX_TargetRenstra_IndikatorRenstraId_Tahun",
                table: "TargetRenstra",
                columns: new[] { "IndikatorRenstraId", "Tahun" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TenggatSatkers_SatkerId_Tahun",
                table: "TenggatSatkers",
                columns: new[] { "SatkerId", "Tahun" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BerkasLaporans");

            migrationBuilder.DropTable(
                name: "BuktiRealisasi");

            migrationBuilder.DropTable(
                name: "CatatanReviuLaporan");

            migrationBuilder.DropTable(
                name: "HakAkses");

            migrationBuilder.DropTable(
                name: "IndikatorRkt");

            migrationBuilder.DropTable(
                name: "JejakAudits");

            migrationBuilder.DropTable(
                name: "KebijakanCapaians");

            migrationBuilder.DropTable(
                name: "KunciRantaiAudit");

            migrationBuilder.DropTable(
                name: "ManualIkus");

            migrationBuilder.DropTable(
                name: "NaratifLaporans");

            migrationBuilder.DropTable(
                name: "PeriodeTertutup");

            migrationBuilder.DropTable(
                name: "ProgramAnggarans");

            migrationBuilder.DropTable(
                name: "RealisasiVariabel");

            migrationBuilder.DropTable(
                name: "RencanaAksi");

            migrationBuilder.DropTable(
                name: "RenstraButir");

            migrationBuilder.DropTable(
                name: "SesiPenggunas");

            migrationBuilder.DropTable(
                name: "SuratKeluars");

            migrationBuilder.DropTable(
                name: "TargetRenstra");

            migrationBuilder.DropTable(
                name: "TenggatSatkers");

            migrationBuilder.DropTable(
                name: "VersiDatas");

            migrationBuilder.DropTable(
                name: "Berkas");

            migrationBuilder.DropTable(
                name: "SasaranRkt");

            migrationBuilder.DropTable(
                name: "LaporanKinerjas");

            migrationBuilder.DropTable(
                name: "RealisasiKinerjas");

            migrationBuilder.DropTable(
                name: "Pemberitahuans");

            migrationBuilder.DropTable(
                name: "IndikatorRenstras");

            migrationBuilder.DropTable(
                name: "Rkts");

            migrationBuilder.DropTable(
                name: "IndikatorKinerjas");

            migrationBuilder.DropTable(
                name: "Pengguna");

            migrationBuilder.DropTable(
                name: "SasaranRenstras");

            migrationBuilder.DropTable(
                name: "SasaranPerjanjianKinerja");

            migrationBuilder.DropTable(
                name: "Renstras");

            migrationBuilder.DropTable(
                name: "PerjanjianKinerjas");

            migrationBuilder.DropTable(
                name: "Pegawais");

            migrationBuilder.DropTable(
                name: "Satkers");
        }
    }
}
