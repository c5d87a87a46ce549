using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sakip.App.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EvaluasiAkip : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EvaluasiAkips",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SatkerId = table.Column<int>(type: "integer", nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    KodeTemplat = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Metode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    NilaiAkhir = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: true),
                    PredikatAkhir = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Revisi = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluasiAkips", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluasiAkips_Satkers_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PutaranEvaluasis",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EvaluasiAkipId = table.Column<int>(type: "integer", nullable: false),
                    Jenis = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DiajukanPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DiajukanOleh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PutaranEvaluasis", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PutaranEvaluasis_EvaluasiAkips_EvaluasiAkipId",
                        column: x => x.EvaluasiAkipId,
                        principalTable: "EvaluasiAkips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JawabanEvaluasis",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PutaranEvaluasiId = table.Column<int>(type: "integer", nullable: false),
                    Kode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Jawaban = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    PersenTerpenuhi = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: true),
                    TahunDipertahankan = table.Column<int>(type: "integer", nullable: true),
                    Catatan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Revisi = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JawabanEvaluasis", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JawabanEvaluasis_PutaranEvaluasis_PutaranEvaluasiId",
                        column: x => x.PutaranEvaluasiId,
                        principalTable: "PutaranEvaluasis",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluasiAkips_SatkerId_Tahun",
                table: "EvaluasiAkips",
                columns: new[] { "SatkerId", "Tahun" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JawabanEvaluasis_PutaranEvaluasiId_Kode",
                table: "JawabanEvaluasis",
                columns: new[] { "PutaranEvaluasiId", "Kode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PutaranEvaluasis_EvaluasiAkipId_Jenis",
                table: "PutaranEvaluasis",
                columns: new[] { "EvaluasiAkipId", "Jenis" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JawabanEvaluasis");

            migrationBuilder.DropTable(
                name: "PutaranEvaluasis");

            migrationBuilder.DropTable(
                name: "EvaluasiAkips");
        }
    }
}
