using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sakip.App.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BuktiEvaluasi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BuktiEvaluasi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EvaluasiAkipId = table.Column<int>(type: "integer", nullable: false),
                    Kode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Putaran = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    BerkasId = table.Column<int>(type: "integer", nullable: false),
                    NamaBerkas = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    DiunggahPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DiunggahOleh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuktiEvaluasi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BuktiEvaluasi_Berkas_BerkasId",
                        column: x => x.BerkasId,
                        principalTable: "Berkas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BuktiEvaluasi_EvaluasiAkips_EvaluasiAkipId",
                        column: x => x.EvaluasiAkipId,
                        principalTable: "EvaluasiAkips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BuktiEvaluasi_BerkasId",
                table: "BuktiEvaluasi",
                column: "BerkasId");

            migrationBuilder.CreateIndex(
                name: "IX_BuktiEvaluasi_EvaluasiAkipId_Kode",
                table: "BuktiEvaluasi",
                columns: new[] { "EvaluasiAkipId", "Kode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BuktiEvaluasi");
        }
    }
}
