using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.App.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BuktiTindakLanjut : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RekomendasiEvaluasiId",
                table: "BuktiEvaluasi",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_BuktiEvaluasi_RekomendasiEvaluasiId",
                table: "BuktiEvaluasi",
                column: "RekomendasiEvaluasiId");

            migrationBuilder.AddForeignKey(
                name: "FK_BuktiEvaluasi_RekomendasiEvaluasis_RekomendasiEvaluasiId",
                table: "BuktiEvaluasi",
                column: "RekomendasiEvaluasiId",
                principalTable: "RekomendasiEvaluasis",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_BuktiEvaluasi_RekomendasiEvaluasis_RekomendasiEvaluasiId",
                table: "BuktiEvaluasi");

            migrationBuilder.DropIndex(
                name: "IX_BuktiEvaluasi_RekomendasiEvaluasiId",
                table: "BuktiEvaluasi");

            migrationBuilder.DropColumn(
                name: "RekomendasiEvaluasiId",
                table: "BuktiEvaluasi");
        }
    }
}
