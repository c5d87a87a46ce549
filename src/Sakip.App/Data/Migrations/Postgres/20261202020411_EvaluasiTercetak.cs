using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sakip.App.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EvaluasiTercetak : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PredikatTercetak",
                table: "EvaluasiAkips",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SumberTercetak",
                table: "EvaluasiAkips",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "KomponenEvaluasiTercetak",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EvaluasiAkipId = table.Column<int>(type: "integer", nullable: false),
                    KodeKomponen = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Nilai = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    Huruf = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KomponenEvaluasiTercetak", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KomponenEvaluasiTercetak_EvaluasiAkips_EvaluasiAkipId",
                        column: x => x.EvaluasiAkipId,
                        principalTable: "EvaluasiAkips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_KomponenEvaluasiTercetak_EvaluasiAkipId_KodeKomponen",
                table: "KomponenEvaluasiTercetak",
                columns: new[] { "EvaluasiAkipId", "KodeKomponen" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KomponenEvaluasiTercetak");

            migrationBuilder.DropColumn(
                name: "PredikatTercetak",
                table: "EvaluasiAkips");

            migrationBuilder.DropColumn(
                name: "SumberTercetak",
                table: "EvaluasiAkips");
        }
    }
}
