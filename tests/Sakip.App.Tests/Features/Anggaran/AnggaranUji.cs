using System.Text;
using Sakip.App.Entities;
using Sakip.App.Features.Anggaran;
using Sakip.App.Keamanan;
using Sakip.Domain.Anggaran;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Anggaran;

/// <summary>A satker of its own with its people, and budget files in the template.</summary>
internal sealed record AnggaranUji(Satker Satker, AksesPengguna Operator, AksesPengguna Pemantau, AksesPengguna Pimpinan)
{
    public const string Kepala = "kode,uraian,sumber_dana,pagu,realisasi_01,realisasi_02,realisasi_03,realisasi_04,realisasi_05,realisasi_06,realisasi_07,realisasi_08,realisasi_09,realisasi_10,realisasi_11,realisasi_12";

    public string Kode => Satker.Kode;

    /// <summary>
    /// A program with two kegiatan in rupiah murni (1.000.000 and <paramref name="paguKedua"/>) and a
    /// hibah program with one kegiatan of 500.000; January and February realised.
    /// </summary>
    public static byte[] Berkas(decimal paguKedua = 2_000_000, decimal februari = 300_000) => Encoding.UTF8.GetBytes(
        Kepala + "\n"
        + "076.01.WA,Program Dukungan Manajemen,rm,,,,,,,,,,,,,\n"
        + $"076.01.WA.3360,Pengelolaan Keuangan,rm,\"Rp 1.000.000,-\",100000,{februari},,,,,,,,,,\n"
        + $"076.01.WA.3361,Operasional Perkantoran,rm,{paguKedua},\"200.000\",,,,,,,,,,,\n"
        + "076.01.CQ,Penyelenggaraan Pemilu,hibah apbd,,,,,,,,,,,,,\n"
        + "076.01.CQ.6871,Logistik,hibah,500000,,250000,,,,,,,,,,\n");

    public static async Task<AnggaranUji> BuatAsync(DatabaseFixture fixture)
    {
        var satker = SatkerBuilder.Baru($"KPU Kabupaten Anggaran {DataUji.Nomor()}");
        await fixture.InsertAsync(satker);
        return new AnggaranUji(satker, await fixture.PelakuAsync(Peran.Operator, satker), await fixture.PelakuAsync(Peran.Pemantau, satker), await fixture.PelakuAsync(Peran.Pimpinan, satker));
    }

    public Task<Jawaban<ImportAnggaran.Hasil>> ImporAsync(DatabaseFixture fixture, byte[] isi, ImportAnggaran.DataRevisi? revisi = null, AksesPengguna? pelaku = null, string berkas = "dipa.csv") =>
        fixture.SendAsync<ImportAnggaran.Handler, Jawaban<ImportAnggaran.Hasil>>(h => h.HandleAsync(pelaku ?? Operator, new(Kode, 2024, berkas, isi, revisi), default));

    public static ImportAnggaran.DataRevisi Revisi(int bulan, int hari = 15) => new(JenisRevisiAnggaran.RevisiPok, new DateOnly(2024, bulan, hari), "Pergeseran antar kegiatan");

    public Task<Jawaban<GetAnggaran.Hasil>> BacaAsync(DatabaseFixture fixture, AksesPengguna? pelaku = null) =>
        fixture.SendAsync<GetAnggaran.Handler, Jawaban<GetAnggaran.Hasil>>(h => h.HandleAsync(pelaku ?? Pemantau, new(Kode, 2024), default));
}
