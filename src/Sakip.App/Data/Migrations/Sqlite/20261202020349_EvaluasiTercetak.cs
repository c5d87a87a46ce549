using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.App.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SumberTercetak",
                table: "EvaluasiAkips",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "KomponenEvaluasiTercetak",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EvaluasiAkipId = table.Column<int>(type: "INTEGER", nullable: false),
                    KodeKomponen = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Nilai = table.Column<decimal>(type: "TEXT", precision: 24, scale: 6, nullable: false),
                    Huruf = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true)
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
