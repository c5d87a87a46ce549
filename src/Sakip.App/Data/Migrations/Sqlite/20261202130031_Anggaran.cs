using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.App.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Anggaran : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IkatanDataAnggarans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndikatorKinerjaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Ukuran = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IkatanDataAnggarans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IkatanDataAnggarans_IndikatorKinerjas_IndikatorKinerjaId",
                        column: x => x.IndikatorKinerjaId,
                        principalTable: "IndikatorKinerjas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IkatanSasaranAnggarans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    KodeSasaran = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IkatanSasaranAnggarans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IkatanSasaranAnggarans_Satkers_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LaporanSimonikas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Bulan = table.Column<int>(type: "INTEGER", nullable: false),
                    Dikirim = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Valid = table.Column<bool>(type: "INTEGER", nullable: false),
                    Catatan = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Pencatat = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Dicatat = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LaporanSimonikas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LaporanSimonikas_Satkers_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VersiAnggarans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Nomor = table.Column<int>(type: "INTEGER", nullable: false),
                    Jenis = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Tanggal = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Alasan = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    NamaBerkas = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Dicatat = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Pencatat = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Revisi = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VersiAnggarans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VersiAnggarans_Satkers_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BarisDipas",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VersiAnggaranId = table.Column<int>(type: "INTEGER", nullable: false),
                    Urutan = table.Column<int>(type: "INTEGER", nullable: false),
                    Kode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Tingkat = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Uraian = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Sumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Pagu = table.Column<decimal>(type: "TEXT", precision: 24, scale: 6, nullable: true),
                    Realisasi = table.Column<string>(type: "TEXT", maxLength: 800, nullable: false),
                    Rencana = table.Column<string>(type: "TEXT", maxLength: 800, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BarisDipas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BarisDipas_VersiAnggarans_VersiAnggaranId",
                        column: x => x.VersiAnggaranId,
                        principalTable: "VersiAnggarans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BarisDipas_VersiAnggaranId_Kode_Sumber",
                table: "BarisDipas",
                columns: new[] { "VersiAnggaranId", "Kode", "Sumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IkatanDataAnggarans_IndikatorKinerjaId",
                table: "IkatanDataAnggarans",
                column: "IndikatorKinerjaId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IkatanSasaranAnggarans_SatkerId_Tahun_KodeSasaran_Kode",
                table: "IkatanSasaranAnggarans",
                columns: new[] { "SatkerId", "Tahun", "KodeSasaran", "Kode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LaporanSimonikas_SatkerId_Tahun_Bulan",
                table: "LaporanSimonikas",
                columns: new[] { "SatkerId", "Tahun", "Bulan" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VersiAnggarans_SatkerId_Tahun_Nomor",
                table: "VersiAnggarans",
                columns: new[] { "SatkerId", "Tahun", "Nomor" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BarisDipas");

            migrationBuilder.DropTable(
                name: "IkatanDataAnggarans");

            migrationBuilder.DropTable(
                name: "IkatanSasaranAnggarans");

            migrationBuilder.DropTable(
                name: "LaporanSimonikas");

            migrationBuilder.DropTable(
                name: "VersiAnggarans");
        }
    }
}
