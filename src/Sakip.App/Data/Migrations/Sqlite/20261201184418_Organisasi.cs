using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.App.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Organisasi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Jenis",
                table: "Pegawais",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Asn");

            migrationBuilder.AddColumn<DateOnly>(
                name: "MulaiBertugas",
                table: "Pegawais",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PangkatGolongan",
                table: "Pegawais",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Revisi",
                table: "Pegawais",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SelesaiBertugas",
                table: "Pegawais",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TmtPangkat",
                table: "Pegawais",
                type: "TEXT",
                nullable: true);

            // People recorded before kinds existed are ASN (the default), except the Ketua and Anggota KPU (no NIP): commissioners.
            migrationBuilder.Sql("UPDATE \"Pegawais\" SET \"Jenis\" = 'Komisioner' WHERE \"Nip\" IS NULL AND (\"Jabatan\" LIKE 'Ketua KPU%' OR \"Jabatan\" LIKE 'Anggota KPU%')");

            // One NIP, one person: a NIP recorded twice (the seed's Tabel 1 rows 3 and 9) stays with the first record only.
            migrationBuilder.Sql("UPDATE \"Pegawais\" SET \"Nip\" = NULL WHERE \"Nip\" IS NOT NULL AND \"Id\" NOT IN (SELECT MIN(\"Id\") FROM \"Pegawais\" WHERE \"Nip\" IS NOT NULL GROUP BY \"Nip\")");

            migrationBuilder.CreateTable(
                name: "Divisis",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Urutan = table.Column<int>(type: "INTEGER", nullable: false),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Tugas = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    UnitSekretariat = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Revisi = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Divisis", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Divisis_Satkers_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TimSakips",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    NomorKeputusan = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TanggalKeputusan = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Tentang = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Revisi = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TimSakips", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TimSakips_Satkers_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AnggotaTimSakips",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TimSakipId = table.Column<int>(type: "INTEGER", nullable: false),
                    Urutan = table.Column<int>(type: "INTEGER", nullable: false),
                    Kelompok = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Jabatan = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kedudukan = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Tugas = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Revisi = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnggotaTimSakips", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnggotaTimSakips_TimSakips_TimSakipId",
                        column: x => x.TimSakipId,
                        principalTable: "TimSakips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Pegawais_Nip",
                table: "Pegawais",
                column: "Nip",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AnggotaTimSakips_TimSakipId",
                table: "AnggotaTimSakips",
                column: "TimSakipId");

            migrationBuilder.CreateIndex(
                name: "IX_Divisis_SatkerId_Nama",
                table: "Divisis",
                columns: new[] { "SatkerId", "Nama" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TimSakips_SatkerId_Tahun",
                table: "TimSakips",
                columns: new[] { "SatkerId", "Tahun" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnggotaTimSakips");

            migrationBuilder.DropTable(
                name: "Divisis");

            migrationBuilder.DropTable(
                name: "TimSakips");

            migrationBuilder.DropIndex(
                name: "IX_Pegawais_Nip",
                table: "Pegawais");

            migrationBuilder.DropColumn(
                name: "Jenis",
                table: "Pegawais");

            migrationBuilder.DropColumn(
                name: "MulaiBertugas",
                table: "Pegawais");

            migrationBuilder.DropColumn(
                name: "PangkatGolongan",
                table: "Pegawais");

            migrationBuilder.DropColumn(
                name: "Revisi",
                table: "Pegawais");

            migrationBuilder.DropColumn(
                name: "SelesaiBertugas",
                table: "Pegawais");

            migrationBuilder.DropColumn(
                name: "TmtPangkat",
                table: "Pegawais");
        }
    }
}
