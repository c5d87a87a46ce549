using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sakip.App.Data.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ImporKepemiluanId = table.Column<int>(type: "integer", nullable: false),
                    KodeWilayah = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    KodeInduk = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    JumlahAnak = table.Column<int>(type: "integer", nullable: false),
                    NamaWilayah = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Tingkat = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DptL = table.Column<long>(type: "bigint", nullable: true),
                    DptP = table.Column<long>(type: "bigint", nullable: true),
                    DptbL = table.Column<long>(type: "bigint", nullable: true),
                    DptbP = table.Column<long>(type: "bigint", nullable: true),
                    DpkL = table.Column<long>(type: "bigint", nullable: true),
                    DpkP = table.Column<long>(type: "bigint", nullable: true),
                    PenggunaDptL = table.Column<long>(type: "bigint", nullable: true),
                    PenggunaDptP = table.Column<long>(type: "bigint", nullable: true),
                    PenggunaDptbL = table.Column<long>(type: "bigint", nullable: true),
                    PenggunaDptbP = table.Column<long>(type: "bigint", nullable: true),
                    PenggunaDpkL = table.Column<long>(type: "bigint", nullable: true),
                    PenggunaDpkP = table.Column<long>(type: "bigint", nullable: true),
                    DisabilitasL = table.Column<long>(type: "bigint", nullable: true),
                    DisabilitasP = table.Column<long>(type: "bigint", nullable: true),
                    SuratSuaraDiterima = table.Column<long>(type: "bigint", nullable: true),
                    SuratSuaraDigunakan = table.Column<long>(type: "bigint", nullable: true),
                    SuratSuaraRusak = table.Column<long>(type: "bigint", nullable: true),
                    SuratSuaraTidakDigunakan = table.Column<long>(type: "bigint", nullable: true),
                    SuaraSah = table.Column<long>(type: "bigint", nullable: true),
                    SuaraTidakSah = table.Column<long>(type: "bigint", nullable: true),
                    Dpt = table.Column<long>(type: "bigint", nullable: true),
                    Dptb = table.Column<long>(type: "bigint", nullable: true),
                    Dpk = table.Column<long>(type: "bigint", nullable: true),
                    PenggunaDpt = table.Column<long>(type: "bigint", nullable: true),
                    PenggunaDptb = table.Column<long>(type: "bigint", nullable: true),
                    PenggunaDpk = table.Column<long>(type: "bigint", nullable: true),
                    PenggunaL = table.Column<long>(type: "bigint", nullable: true),
                    PenggunaP = table.Column<long>(type: "bigint", nullable: true),
                    Pengguna = table.Column<long>(type: "bigint", nullable: true),
                    Disabilitas = table.Column<long>(type: "bigint", nullable: true),
                    SuaraTotal = table.Column<long>(type: "bigint", nullable: true),
                    Suara = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PersenPartisipasiL = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: true),
                    PersenPartisipasiP = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: true),
                    PersenPartisipasi = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: true)
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
