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
                    Pagu = table.Column<decimal>(type: "TEXT", precision: 24, scale: 6, nullable: false)
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
                    Visi = table.Column<string>(type: "TEXT", nullable: true)
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
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
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
                    IndukId = table.Column<int>(type: "INTEGER", nullable: true)
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
                    Uraian = table.Column<string>(type: "TEXT", nullable: false)
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
                    IndukId = table.Column<int>(type: "INTEGER", nullable: true)
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
                    CaraPengukuran = table.Column<string>(type: "TEXT", nullable: true)
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
                    Sumber = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
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
                name: "TargetTriwulan",
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
                    table.PrimaryKey("PK_TargetTriwulan", x => x.Id);
                    table.CheckConstraint("CK_TargetTriwulan_Triwulan", "\"Triwulan\" BETWEEN 1 AND 4");
                    table.ForeignKey(
                        name: "FK_TargetTriwulan_IndikatorKinerjas_IndikatorKinerjaId",
                        column: x => x.IndikatorKinerjaId,
                        principalTable: "IndikatorKinerjas",
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
                name: "IX_KebijakanCapaians_SatkerId_Tahun",
                table: "KebijakanCapaians",
                columns: new[] { "SatkerId", "Tahun" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Pegawais_SatkerId_Nama_Jabatan",
                table: "Pegawais",
                columns: new[] { "SatkerId", "Nama", "Jabatan" },
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
                name: "IX_TargetRenstra_IndikatorRenstraId_Tahun",
                table: "TargetRenstra",
                columns: new[] { "IndikatorRenstraId", "Tahun" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TargetTriwulan_IndikatorKinerjaId_Triwulan",
                table: "TargetTriwulan",
                columns: new[] { "IndikatorKinerjaId", "Triwulan" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IndikatorRkt");

            migrationBuilder.DropTable(
                name: "KebijakanCapaians");

            migrationBuilder.DropTable(
                name: "ProgramAnggarans");

            migrationBuilder.DropTable(
                name: "RealisasiVariabel");

            migrationBuilder.DropTable(
                name: "RenstraButir");

            migrationBuilder.DropTable(
                name: "TargetRenstra");

            migrationBuilder.DropTable(
                name: "TargetTriwulan");

            migrationBuilder.DropTable(
                name: "SasaranRkt");

            migrationBuilder.DropTable(
                name: "RealisasiKinerjas");

            migrationBuilder.DropTable(
                name: "IndikatorRenstras");

            migrationBuilder.DropTable(
                name: "Rkts");

            migrationBuilder.DropTable(
                name: "IndikatorKinerjas");

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
