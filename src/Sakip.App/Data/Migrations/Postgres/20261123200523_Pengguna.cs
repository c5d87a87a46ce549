using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sakip.App.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Pengguna : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Pengguna",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NamaPengguna = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    NamaLengkap = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HashKataSandi = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    GagalMasuk = table.Column<int>(type: "integer", nullable: false),
                    TerkunciSampai = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Aktif = table.Column<bool>(type: "boolean", nullable: false),
                    StempelKeamanan = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pengguna", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HakAkses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PenggunaId = table.Column<int>(type: "integer", nullable: false),
                    Peran = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SatkerId = table.Column<int>(type: "integer", nullable: false),
                    TermasukTurunan = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HakAkses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HakAkses_Pengguna_PenggunaId",
                        column: x => x.PenggunaId,
                        principalTable: "Pengguna",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HakAkses_Satkers_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HakAkses_PenggunaId_Peran_SatkerId",
                table: "HakAkses",
                columns: new[] { "PenggunaId", "Peran", "SatkerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HakAkses_SatkerId",
                table: "HakAkses",
                column: "SatkerId");

            migrationBuilder.CreateIndex(
                name: "IX_Pengguna_NamaPengguna",
                table: "Pengguna",
                column: "NamaPengguna",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HakAkses");

            migrationBuilder.DropTable(
                name: "Pengguna");
        }
    }
}
