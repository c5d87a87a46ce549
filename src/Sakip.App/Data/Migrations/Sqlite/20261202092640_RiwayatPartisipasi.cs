using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.App.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RiwayatPartisipasi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RiwayatPartisipasis",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Pemilihan = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Jenis = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Dpt = table.Column<long>(type: "INTEGER", nullable: false),
                    Pengguna = table.Column<long>(type: "INTEGER", nullable: false),
                    PersenTercetak = table.Column<decimal>(type: "TEXT", precision: 24, scale: 6, nullable: true),
                    Sumber = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiwayatPartisipasis", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiwayatPartisipasis_Satkers_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RiwayatPartisipasis_SatkerId_Tahun_Jenis",
                table: "RiwayatPartisipasis",
                columns: new[] { "SatkerId", "Tahun", "Jenis" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RiwayatPartisipasis");
        }
    }
}
