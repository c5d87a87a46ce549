using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sakip.App.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DataKepemiluan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AcaraPemilus",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Nama = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Jenis = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Tanggal = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AcaraPemilus", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KontesPemilus",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AcaraPemiluId = table.Column<int>(type: "integer", nullable: false),
                    Kode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Nama = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    KodeWilayah = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KontesPemilus", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KontesPemilus_AcaraPemilus_AcaraPemiluId",
                        column: x => x.AcaraPemiluId,
                        principalTable: "AcaraPemilus",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CalonKontes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    KontesPemiluId = table.Column<int>(type: "integer", nullable: false),
                    NomorUrut = table.Column<int>(type: "integer", nullable: false),
                    Nama = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalonKontes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CalonKontes_KontesPemilus_KontesPemiluId",
                        column: x => x.KontesPemiluId,
                        principalTable: "KontesPemilus",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IkatanDataKepemiluans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IndikatorKinerjaId = table.Column<int>(type: "integer", nullable: false),
                    NamaVariabel = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    KontesPemiluId = table.Column<int>(type: "integer", nullable: false),
                    KodeWilayah = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    Kolom = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IkatanDataKepemiluans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IkatanDataKepemiluans_IndikatorKinerjas_IndikatorKinerjaId",
                        column: x => x.IndikatorKinerjaId,
                        principalTable: "IndikatorKinerjas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IkatanDataKepemiluans_KontesPemilus_KontesPemiluId",
                        column: x => x.KontesPemiluId,
                        principalTable: "KontesPemilus",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ImporKepemiluans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    KontesPemiluId = table.Column<int>(type: "integer", nullable: false),
                    SatkerId = table.Column<int>(type: "integer", nullable: false),
                    NamaBerkas = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Diimpor = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Pengimpor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    JumlahBaris = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImporKepemiluans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImporKepemiluans_KontesPemilus_KontesPemiluId",
                        column: x => x.KontesPemiluId,
                        principalTable: "KontesPemilus",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ImporKepemiluans_Satkers_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AngkaKepemiluans",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ImporKepemiluanId = table.Column<int>(type: "integer", nullable: false),
                    KodeWilayah = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    NamaWilayah = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Tingkat = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Baris = table.Column<int>(type: "integer", nullable: false),
                    DptL = table.Column<long>(type: "bigint", nullable: true),
                    DptP = table.Column<long>(type: "bigint", nullable: true),
                    DptbL = table.Column<long>(type: "bigint", nullable: true),
                    DptbP = table.Column<long>(type: "bigint", nullable: true),
                    DpkL = table.Column<long>(type: "bigint", nullable: true),
                    DpkP = table.Column<long>(type: "bigint", nullable: true),
                    PenggunaDptL = table.Column<long>(type: "bigint", nullable: true),
                    PenggunaDptP = table.Column<long>(type: "bigint", nullable: true),
                    PenggunaDptbL = table.Column<long>(type: "bigint", nullable: true),
                    PenggunaDptbP = table.Column<long>(type: "bigint", nullable: true),
                    PenggunaDpkL = table.Column<long>(type: "bigint", nullable: true),
                    PenggunaDpkP = table.Column<long>(type: "bigint", nullable: true),
                    DisabilitasL = table.Column<long>(type: "bigint", nullable: true),
                    DisabilitasP = table.Column<long>(type: "bigint", nullable: true),
                    SuratSuaraDiterima = table.Column<long>(type: "bigint", nullable: true),
                    SuratSuaraDigunakan = table.Column<long>(type: "bigint", nullable: true),
                    SuratSuaraRusak = table.Column<long>(type: "bigint", nullable: true),
                    SuratSuaraTidakDigunakan = table.Column<long>(type: "bigint", nullable: true),
                    SuaraSah = table.Column<long>(type: "bigint", nullable: true),
                    SuaraTidakSah = table.Column<long>(type: "bigint", nullable: true),
                    Dpt = table.Column<long>(type: "bigint", nullable: true),
                    Dptb = table.Column<long>(type: "bigint", nullable: true),
                    Dpk = table.Column<long>(type: "bigint", nullable: true),
                    PenggunaDpt = table.Column<long>(type: "bigint", nullable: true),
                    PenggunaDptb = table.Column<long>(type: "bigint", nullable: true),
                    PenggunaDpk = table.Column<long>(type: "bigint", nullable: true),
                    PenggunaL = table.Column<long>(type: "bigint", nullable: true),
                    PenggunaP = table.Column<long>(type: "bigint", nullable: true),
                    Pengguna = table.Column<long>(type: "bigint", nullable: true),
                    Disabilitas = table.Column<long>(type: "bigint", nullable: true),
                    SuaraTotal = table.Column<long>(type: "bigint", nullable: true),
                    Suara = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PersenPartisipasiL = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: true),
                    PersenPartisipasiP = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: true),
                    PersenPartisipasi = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AngkaKepemiluans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AngkaKepemiluans_ImporKepemiluans_ImporKepemiluanId",
                        column: x => x.ImporKepemiluanId,
                        principalTable: "ImporKepemiluans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TemuanImporKepemiluans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ImporKepemiluanId = table.Column<int>(type: "integer", nullable: false),
                    Aturan = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    KodeWilayah = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    Kolom = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Pesan = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Peringatan = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TemuanImporKepemiluans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TemuanImporKepemiluans_ImporKepemiluans_ImporKepemiluanId",
                        column: x => x.ImporKepemiluanId,
                        principalTable: "ImporKepemiluans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AcaraPemilus_Kode",
                table: "AcaraPemilus",
                column: "Kode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AngkaKepemiluans_ImporKepemiluanId_KodeWilayah",
                table: "AngkaKepemiluans",
                columns: new[] { "ImporKepemiluanId", "KodeWilayah" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CalonKontes_KontesPemiluId_NomorUrut",
                table: "CalonKontes",
                columns: new[] { "KontesPemiluId", "NomorUrut" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IkatanDataKepemiluans_IndikatorKinerjaId_NamaVariabel",
                table: "IkatanDataKepemiluans",
                columns: new[] { "IndikatorKinerjaId", "NamaVariabel" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IkatanDataKepemiluans_KontesPemiluId",
                table: "IkatanDataKepemiluans",
                column: "KontesPemiluId");

            migrationBuilder.CreateIndex(
                name: "IX_ImporKepemiluans_KontesPemiluId_SatkerId",
                table: "ImporKepemiluans",
                columns: new[] { "KontesPemiluId", "SatkerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImporKepemiluans_SatkerId",
                table: "ImporKepemiluans",
                column: "SatkerId");

            migrationBuilder.CreateIndex(
                name: "IX_KontesPemilus_AcaraPemiluId_Kode",
                table: "KontesPemilus",
                columns: new[] { "AcaraPemiluId", "Kode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TemuanImporKepemiluans_ImporKepemiluanId",
                table: "TemuanImporKepemiluans",
                column: "ImporKepemiluanId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AngkaKepemiluans");

            migrationBuilder.DropTable(
                name: "CalonKontes");

            migrationBuilder.DropTable(
                name: "IkatanDataKepemiluans");

            migrationBuilder.DropTable(
                name: "TemuanImporKepemiluans");

            migrationBuilder.DropTable(
                name: "ImporKepemiluans");

            migrationBuilder.DropTable(
                name: "KontesPemilus");

            migrationBuilder.DropTable(
                name: "AcaraPemilus");
        }
    }
}
