using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sakip.App.Data.Migrations.Postgres
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
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "TemplatLkeTersimpans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    DiubahOleh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DiubahPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Revisi = table.Column<int>(type: "integer", nullable: false)
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
