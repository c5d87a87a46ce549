using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.App.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RekomendasiEvaluasi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RekomendasiEvaluasis",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EvaluasiAkipId = table.Column<int>(type: "INTEGER", nullable: false),
                    Nomor = table.Column<int>(type: "INTEGER", nullable: false),
                    KodeKomponen = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Uraian = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    UnitPenanggungJawab = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    JatuhTempo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TindakLanjut = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DiajukanPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    DiterimaOleh = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DiterimaPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    CatatanEvaluator = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Revisi = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RekomendasiEvaluasis", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RekomendasiEvaluasis_EvaluasiAkips_EvaluasiAkipId",
                        column: x => x.EvaluasiAkipId,
                        principalTable: "EvaluasiAkips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RekomendasiEvaluasis_EvaluasiAkipId_Nomor",
                table: "RekomendasiEvaluasis",
                columns: new[] { "EvaluasiAkipId", "Nomor" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RekomendasiEvaluasis");
        }
    }
}
