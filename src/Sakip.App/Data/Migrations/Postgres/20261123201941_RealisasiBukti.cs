using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sakip.App.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RealisasiBukti : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CatatanVerifikasi",
                table: "RealisasiKinerjas",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "RealisasiKinerjas",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Versi",
                table: "RealisasiKinerjas",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Berkas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    JenisKonten = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Ukuran = table.Column<long>(type: "bigint", nullable: false),
                    Isi = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Berkas", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BuktiRealisasi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RealisasiKinerjaId = table.Column<int>(type: "integer", nullable: false),
                    BerkasId = table.Column<int>(type: "integer", nullable: false),
                    NamaBerkas = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    DiunggahPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuktiRealisasi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BuktiRealisasi_Berkas_BerkasId",
                        column: x => x.BerkasId,
                        principalTable: "Berkas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BuktiRealisasi_RealisasiKinerjas_RealisasiKinerjaId",
                        column: x => x.RealisasiKinerjaId,
                        principalTable: "RealisasiKinerjas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Berkas_Sha256",
                table: "Berkas",
                column: "Sha256",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BuktiRealisasi_BerkasId",
                table: "BuktiRealisasi",
                column: "BerkasId");

            migrationBuilder.CreateIndex(
                name: "IX_BuktiRealisasi_RealisasiKinerjaId",
                table: "BuktiRealisasi",
                column: "RealisasiKinerjaId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BuktiRealisasi");

            migrationBuilder.DropTable(
                name: "Berkas");

            migrationBuilder.DropColumn(
                name: "CatatanVerifikasi",
                table: "RealisasiKinerjas");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "RealisasiKinerjas");

            migrationBuilder.DropColumn(
                name: "Versi",
                table: "RealisasiKinerjas");
        }
    }
}
