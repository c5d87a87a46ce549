using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.App.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RktRumusDanRevisi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Revisi",
                table: "ProgramAnggarans",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Revisi",
                table: "PerjanjianKinerjas",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Polaritas",
                table: "IndikatorRkt",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Revisi",
                table: "IndikatorRkt",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Rumus",
                table: "IndikatorRkt",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Revisi",
                table: "ProgramAnggarans");

            migrationBuilder.DropColumn(
                name: "Revisi",
                table: "PerjanjianKinerjas");

            migrationBuilder.DropColumn(
                name: "Polaritas",
                table: "IndikatorRkt");

            migrationBuilder.DropColumn(
                name: "Revisi",
                table: "IndikatorRkt");

            migrationBuilder.DropColumn(
                name: "Rumus",
                table: "IndikatorRkt");
        }
    }
}
