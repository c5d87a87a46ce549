using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sakip.App.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EvaluasiAkipId = table.Column<int>(type: "integer", nullable: false),
                    Nomor = table.Column<int>(type: "integer", nullable: false),
                    KodeKomponen = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Uraian = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    UnitPenanggungJawab = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    JatuhTempo = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TindakLanjut = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DiajukanPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DiterimaOleh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DiterimaPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CatatanEvaluator = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Revisi = table.Column<int>(type: "integer", nullable: false)
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
