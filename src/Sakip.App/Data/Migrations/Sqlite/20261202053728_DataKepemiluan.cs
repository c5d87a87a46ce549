using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.App.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DataKepemiluan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AcaraPemilus",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Jenis = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Tanggal = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AcaraPemilus", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KontesPemilus",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AcaraPemiluId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    KodeWilayah = table.Column<string>(type: "TEXT", maxLength: 13, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KontesPemilus", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KontesPemilus_AcaraPemilus_AcaraPemiluId",
                        column: x => x.AcaraPemiluId,
                        principalTable: "AcaraPemilus",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CalonKontes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KontesPemiluId = table.Column<int>(type: "INTEGER", nullable: false),
                    NomorUrut = table.Column<int>(type: "INTEGER", nullable: false),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalonKontes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CalonKontes_KontesPemilus_KontesPemiluId",
                        column: x => x.KontesPemiluId,
                        principalTable: "KontesPemilus",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IkatanDataKepemiluans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndikatorKinerjaId = table.Column<int>(type: "INTEGER", nullable: false),
                    NamaVariabel = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    KontesPemiluId = table.Column<int>(type: "INTEGER", nullable: false),
                    KodeWilayah = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Kolom = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IkatanDataKepemiluans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IkatanDataKepemiluans_IndikatorKinerjas_IndikatorKinerjaId",
                        column: x => x.IndikatorKinerjaId,
                        principalTable: "IndikatorKinerjas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IkatanDataKepemiluans_KontesPemilus_KontesPemiluId",
                        column: x => x.KontesPemiluId,
                        principalTable: "KontesPemilus",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ImporKepemiluans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KontesPemiluId = table.Column<int>(type: "INTEGER", nullable: false),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    NamaBerkas = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Diimpor = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Pengimpor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    JumlahBaris = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImporKepemiluans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImporKepemiluans_KontesPemilus_KontesPemiluId",
                        column: x => x.KontesPemiluId,
                        principalTable: "KontesPemilus",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ImporKepemiluans_Satkers_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AngkaKepemiluans",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImporKepemiluanId = table.Column<int>(type: "INTEGER", nullable: false),
                    KodeWilayah = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    NamaWilayah = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Tingkat = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Baris = table.Column<int>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_AngkaKepemiluans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AngkaKepemiluans_ImporKepemiluans_ImporKepemiluanId",
                        column: x => x.ImporKepemiluanId,
                        principalTable: "ImporKepemiluans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TemuanImporKepemiluans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImporKepemiluanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Aturan = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    KodeWilayah = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Kolom = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Pesan = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Peringatan = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TemuanImporKepemiluans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TemuanImporKepemiluans_ImporKepemiluans_ImporKepemiluanId",
                        column: x => x.ImporKepemiluanId,
                        principalTable: "ImporKepemiluans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AcaraPemilus_Kode",
                table: "AcaraPemilus",
                column: "Kode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AngkaKepemiluans_ImporKepemiluanId_KodeWilayah",
                table: "AngkaKepemiluans",
                columns: new[] { "ImporKepemiluanId", "KodeWilayah" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CalonKontes_KontesPemiluId_NomorUrut",
                table: "CalonKontes",
                columns: new[] { "KontesPemiluId", "NomorUrut" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IkatanDataKepemiluans_IndikatorKinerjaId_NamaVariabel",
                table: "IkatanDataKepemiluans",
                columns: new[] { "IndikatorKinerjaId", "NamaVariabel" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IkatanDataKepemiluans_KontesPemiluId",
                table: "IkatanDataKepemiluans",
                column: "KontesPemiluId");

            migrationBuilder.CreateIndex(
                name: "IX_ImporKepemiluans_KontesPemiluId_SatkerId",
                table: "ImporKepemiluans",
                columns: new[] { "KontesPemiluId", "SatkerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImporKepemiluans_SatkerId",
                table: "ImporKepemiluans",
                column: "SatkerId");

            migrationBuilder.CreateIndex(
                name: "IX_KontesPemilus_AcaraPemiluId_Kode",
                table: "KontesPemilus",
                columns: new[] { "AcaraPemiluId", "Kode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TemuanImporKepemiluans_ImporKepemiluanId",
                table: "TemuanImporKepemiluans",
                column: "ImporKepemiluanId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AngkaKepemiluans");

            migrationBuilder.DropTable(
                name: "CalonKontes");

            migrationBuilder.DropTable(
                name: "IkatanDataKepemiluans");

            migrationBuilder.DropTable(
                name: "TemuanImporKepemiluans");

            migrationBuilder.DropTable(
                name: "ImporKepemiluans");

            migrationBuilder.DropTable(
                name: "KontesPemilus");

            migrationBuilder.DropTable(
                name: "AcaraPemilus");
        }
    }
}
