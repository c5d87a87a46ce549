using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.App.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SesiDanPembatasMasuk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "GagalMasuk",
                table: "Pengguna");

            migrationBuilder.DropColumn(
                name: "TerkunciSampai",
                table: "Pengguna");

            migrationBuilder.CreateTable(
                name: "SesiPenggunas",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    PenggunaId = table.Column<int>(type: "integer", nullable: false),
                    DibuatPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    BerakhirPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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

            migrationBuilder.CreateIndex(
                name: "IX_SesiPenggunas_PenggunaId_DibuatPada",
                table: "SesiPenggunas",
                columns: new[] { "PenggunaId", "DibuatPada" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SesiPenggunas");

            migrationBuilder.AddColumn<int>(
                name: "GagalMasuk",
                table: "Pengguna",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "TerkunciSampai",
                table: "Pengguna",
                type: "timestamp with time zone",
                nullable: true);
        }
    }
}
