using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.App.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TemplatLkeTersimpan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TemplatJson",
                table: "EvaluasiAkips",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "TemplatLkeTersimpans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DiubahPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Revisi = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TemplatLkeTersimpans", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TemplatLkeTersimpans_Kode",
                table: "TemplatLkeTersimpans",
                column: "Kode",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TemplatLkeTersimpans");

            migrationBuilder.DropColumn(
                name: "TemplatJson",
                table: "EvaluasiAkips");
        }
    }
}
