using System.Text;
using Microsoft.EntityFrameworkCore;
using Sakip.App.Features.Kepemiluan;
using Sakip.App.Keamanan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Kepemiluan;

/// <summary>The participation history as printed: recorded whole or not at all, and checked against its counts and the imported data.</summary>
public class ImportRiwayatPartisipasiTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private const string Kepala = "tahun,pemilihan,jenis,dpt,pengguna,persen_tercetak,sumber\n";

    public async Task InitializeAsync() => await fixture.MuatDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<Jawaban<ImportRiwayatPartisipasi.Hasil>> ImporAsync(AksesPengguna pelaku, string satker, string isi, string berkas = "riwayat.csv") =>
        fixture.SendAsync<ImportRiwayatPartisipasi.Handler, Jawaban<ImportRiwayatPartisipasi.Hasil>>(h => h.HandleAsync(pelaku, new(satker, berkas, Encoding.UTF8.GetBytes(isi)), default));

    [Fact]
    public async Task TheDemosTabel30_IsRecorded_AndItsDiscrepancies10And11AreFound()
    {
        var pelaku = await fixture.AksesAsync("pemantau.1871");
        var h = (await fixture.SendAsync<ListDataKepemiluan.Handler, Jawaban<ListDataKepemiluan.Hasil>>(x => x.HandleAsync(pelaku, new("1871"), default))).Pasti();

        Assert.Equal([2015, 2018, 2019, 2020, 2024, 2024], h.Riwayat.Select(r => r.Baris.Tahun));
        Assert.Equal(
            [
                "Pilkada Tahun 2018: partisipasi tertulis 71,6 %, sedangkan pengguna hak pilih / DPT = 455.975 / 622.829 = 73,21 %",
                "Pilkada Serentak Tahun 2024: partisipasi tertulis 52,04 %, sedangkan pengguna hak pilih / DPT = 400.093 / 786.182 = 50,89 %",
                "Pilkada Serentak Tahun 2024: pengguna hak pilih tertulis 400.093, sedangkan data Pemilihan Wali Kota dan Wakil Wali Kota Bandar Lampung di Sakip berjumlah 409.093 (selisih 9.000)",
            ],
            h.Riwayat.SelectMany(r => r.Temuan.Select(t => $"{r.Baris.Pemilihan}: {t}")));
        var pemilu = h.Riwayat.Single(r => r.Baris.Tahun == 2024 && r.Baris.Jenis == Domain.Kepemiluan.JenisPemilihan.Pemilu);
        Assert.Equal("Pemilu 2024, Pemilihan Presiden dan Wakil Presiden", pemilu.Data);
        Assert.Empty(pemilu.Temuan);
    }

    [Fact]
    public async Task AGoodFile_ReplacesTheHistory_ABadOneWritesNothingAndSaysWhere_AndOnlyTheSatkersOfficersRecord()
    {
        var k = await KotaUji.BuatAsync(fixture);
        var h = (await ImporAsync(k.Operator, k.Kode, Kepala + "2018,Pilkada 2018,pilkada,\"1.000\",500,\"50,1 %\",LKjIP 2019\n2019,Pemilu 2019,pemilu,1000,800,,LKjIP 2019\n")).Pasti();
        Assert.Equal(2, h.JumlahBaris);
        Assert.Equal(["Pilkada 2018 (2018): partisipasi tertulis 50,1 %, sedangkan pengguna hak pilih / DPT = 500 / 1.000 = 50,00 %."], h.Temuan);
        (await ImporAsync(k.Operator, k.Kode, Kepala + "2020,Pilkada 2020,pilkada,10,5,50,LKjIP 2020\n")).Pasti();
        Assert.Equal([2020], await fixture.ExecuteDbContextAsync(db => db.RiwayatPartisipasis.Where(r => r.SatkerId == k.Kota.Id).Select(r => r.Tahun).ToListAsync()));

        var j = await ImporAsync(k.Operator, k.Kode, Kepala + "20x5,,pemilukada,1.0,-5,\"71.6\",\n2021,Pilkada,pilkada,1,1,,X\n2021,Pilkada lagi,pilkada,1,1,,X\n", "salah.csv");
        Assert.Equal(JenisKegagalan.TidakSah, j.Jenis);
        Assert.Equal(
            [
                "salah.csv, baris 2, kolom tahun: '20x5' bukan tahun pemilihan",
                "salah.csv, baris 2, kolom pemilihan: tulis nama pemilihan seperti tercetak (paling panjang 200 huruf)",
                "salah.csv, baris 2, kolom jenis: 'pemilukada' bukan jenis pemilihan; isi pemilu atau pilkada",
                "salah.csv, baris 2, kolom dpt: '1.0' bukan jumlah bulat",
                "salah.csv, baris 2, kolom pengguna: '-5' bukan jumlah bulat",
                "salah.csv, baris 2, kolom persen_tercetak: '71.6' bukan persentase seperti 71,6 atau 66,28 %",
                "salah.csv, baris 2, kolom sumber: tulis di mana angka ini tercetak, misalnya LKjIP 2024 Tabel 30 (paling panjang 200 huruf)",
                "salah.csv, baris 4, kolom tahun: pilkada 2021 sudah ada di baris sebelumnya",
            ],
            j.Kesalahans.Select(x => x.Pesan));
        Assert.Equal("salah.csv, baris 1: kepala kolom harus tahun,pemilihan,jenis,dpt,pengguna,persen_tercetak,sumber", Assert.Single((await ImporAsync(k.Operator, k.Kode, "tahun,dpt\n2020,1\n", "salah.csv")).Kesalahans).Pesan);
        Assert.Equal([2020], await fixture.ExecuteDbContextAsync(db => db.RiwayatPartisipasis.Where(r => r.SatkerId == k.Kota.Id).Select(r => r.Tahun).ToListAsync()));

        Assert.Equal(JenisKegagalan.Ditolak, (await ImporAsync(k.Pemantau, k.Kode, Kepala + "2020,Pilkada 2020,pilkada,10,5,50,LKjIP 2020\n")).Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await ImporAsync(await fixture.AksesAsync("operator.1871"), k.Kode, Kepala + "2020,Pilkada 2020,pilkada,10,5,50,LKjIP 2020\n")).Jenis);
    }
}
