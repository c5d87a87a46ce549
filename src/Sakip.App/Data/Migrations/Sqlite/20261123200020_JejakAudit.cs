using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.App.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class JejakAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "JejakAudits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Waktu = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Pelaku = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PenggunaId = table.Column<int>(type: "INTEGER", nullable: true),
                    Aksi = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Entitas = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    KunciEntitas = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: true),
                    Perubahan = table.Column<string>(type: "TEXT", nullable: false),
                    HashSebelumnya = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JejakAudits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KunciRantaiAudit",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Nomor = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KunciRantaiAudit", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "KunciRantaiAudit",
                columns: new[] { "Id", "Nomor" },
                values: new object[] { 1, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_JejakAudits_Entitas_KunciEntitas",
                table: "JejakAudits",
                columns: new[] { "Entitas", "KunciEntitas" });

            migrationBuilder.CreateIndex(
                name: "IX_JejakAudits_Hash",
                table: "JejakAudits",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JejakAudits_HashSebelumnya",
                table: "JejakAudits",
                column: "HashSebelumnya",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JejakAudits_SatkerId_Id",
                table: "JejakAudits",
                columns: new[] { "SatkerId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JejakAudits");

            migrationBuilder.DropTable(
                name: "KunciRantaiAudit");
        }
    }
}
