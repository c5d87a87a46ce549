using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.App.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RekapAngkaKepemiluan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RekapAngkaKepemiluans",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImporKepemiluanId = table.Column<int>(type: "INTEGER", nullable: false),
                    KodeWilayah = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    KodeInduk = table.Column<string>(type: "TEXT", maxLength: 13, nullable: true),
                    JumlahAnak = table.Column<int>(type: "INTEGER", nullable: false),
                    NamaWilayah = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Tingkat = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DptL = table.Column<long>(type: "INTEGER", nullable: true),
                    DptP = table.Column<long>(type: "INTEGER", nullable: true),
                    DptbL = table.Column<long>(type: "INTEGER", nullable: true),
                    DptbP = table.Column<long>(type: "INTEGER", nullable: true),
                    DpkL = table.Column<long>(type: "INTEGER", nullable: true),
                    DpkP = table.Column<long>(type: "INTEGER", nullable: true),
                    PenggunaDptL = table.Column<long>(type: "INTEGER", nullable: true),
                    PenggunaDptP = table.Column<long>(type: "INTEGER", nullable: true),
                    PenggunaDptbL = table.Column<long>(type: "INTEGER", nullable: true),
                    PenggunaDptbP = table.Column<long>(type: "INTEGER", nullable: true),
                    PenggunaDpkL = table.Column<long>(type: "INTEGER", nullable: true),
                    PenggunaDpkP = table.Column<long>(type: "INTEGER", nullable: true),
                    DisabilitasL = table.Column<long>(type: "INTEGER", nullable: true),
                    DisabilitasP = table.Column<long>(type: "INTEGER", nullable: true),
                    SuratSuaraDiterima = table.Column<long>(type: "INTEGER", nullable: true),
                    SuratSuaraDigunakan = table.Column<long>(type: "INTEGER", nullable: true),
                    SuratSuaraRusak = table.Column<long>(type: "INTEGER", nullable: true),
                    SuratSuaraTidakDigunakan = table.Column<long>(type: "INTEGER", nullable: true),
                    SuaraSah = table.Column<long>(type: "INTEGER", nullable: true),
                    SuaraTidakSah = table.Column<long>(type: "INTEGER", nullable: true),
                    Dpt = table.Column<long>(type: "INTEGER", nullable: true),
                    Dptb = table.Column<long>(type: "INTEGER", nullable: true),
                    Dpk = table.Column<long>(type: "INTEGER", nullable: true),
                    PenggunaDpt = table.Column<long>(type: "INTEGER", nullable: true),
                    PenggunaDptb = table.Column<long>(type: "INTEGER", nullable: true),
                    PenggunaDpk = table.Column<long>(type: "INTEGER", nullable: true),
                    PenggunaL = table.Column<long>(type: "INTEGER", nullable: true),
                    PenggunaP = table.Column<long>(type: "INTEGER", nullable: true),
                    Pengguna = table.Column<long>(type: "INTEGER", nullable: true),
                    Disabilitas = table.Column<long>(type: "INTEGER", nullable: true),
                    SuaraTotal = table.Column<long>(type: "INTEGER", nullable: true),
                    Suara = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PersenPartisipasiL = table.Column<decimal>(type: "TEXT", precision: 24, scale: 6, nullable: true),
                    PersenPartisipasiP = table.Column<decimal>(type: "TEXT", precision: 24, scale: 6, nullable: true),
                    PersenPartisipasi = table.Column<decimal>(type: "TEXT", precision: 24, scale: 6, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RekapAngkaKepemiluans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RekapAngkaKepemiluans_ImporKepemiluans_ImporKepemiluanId",
                        column: x => x.ImporKepemiluanId,
                        principalTable: "ImporKepemiluans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RekapAngkaKepemiluans_ImporKepemiluanId_KodeInduk",
                table: "RekapAngkaKepemiluans",
                columns: new[] { "ImporKepemiluanId", "KodeInduk" });

            migrationBuilder.CreateIndex(
                name: "IX_RekapAngkaKepemiluans_ImporKepemiluanId_KodeWilayah",
                table: "RekapAngkaKepemiluans",
                columns: new[] { "ImporKepemiluanId", "KodeWilayah" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RekapAngkaKepemiluans");
        }
    }
}
