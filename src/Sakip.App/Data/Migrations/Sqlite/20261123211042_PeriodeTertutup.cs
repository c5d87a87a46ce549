using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.App.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PeriodeTertutup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PeriodeTertutup",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    JenisPeriode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Nomor = table.Column<int>(type: "INTEGER", nullable: false),
                    DitutupPada = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeriodeTertutup", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PeriodeTertutup_Satkers_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PeriodeTertutup_SatkerId_Tahun_JenisPeriode_Nomor",
                table: "PeriodeTertutup",
                columns: new[] { "SatkerId", "Tahun", "JenisPeriode", "Nomor" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PeriodeTertutup");
        }
    }
}
