using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.App.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BuktiEvaluasi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BuktiEvaluasi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EvaluasiAkipId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Putaran = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    BerkasId = table.Column<int>(type: "INTEGER", nullable: false),
                    NamaBerkas = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    DiunggahPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DiunggahOleh = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuktiEvaluasi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BuktiEvaluasi_Berkas_BerkasId",
                        column: x => x.BerkasId,
                        principalTable: "Berkas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BuktiEvaluasi_EvaluasiAkips_EvaluasiAkipId",
                        column: x => x.EvaluasiAkipId,
                        principalTable: "EvaluasiAkips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BuktiEvaluasi_BerkasId",
                table: "BuktiEvaluasi",
                column: "BerkasId");

            migrationBuilder.CreateIndex(
                name: "IX_BuktiEvaluasi_EvaluasiAkipId_Kode",
                table: "BuktiEvaluasi",
                columns: new[] { "EvaluasiAkipId", "Kode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BuktiEvaluasi");
        }
    }
}
