using System.Text;
using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Kepemiluan;
using Sakip.App.Import.Kepemiluan;
using Sakip.App.Keamanan;
using Sakip.App.Kepemiluan;
using Sakip.Domain.Bilangan;
using Sakip.Domain.Kepemiluan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Kepemiluan;

/// <summary>
/// A data officer loads a contest's figures: all or nothing, replacing the satker's earlier import,
/// with the findings stored and the bound indicators' realisasi recomputed.
/// </summary>
public class ImportDataKepemiluanTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<ImportDataKepemiluan.Hasil>> ImporAsync(KotaUji k, AksesPengguna pelaku, byte[] isi, string kontes = "walikota", string berkas = "data.csv") =>
        fixture.SendAsync<ImportDataKepemiluan.Handler, Jawaban<ImportDataKepemiluan.Hasil>>(h => h.HandleAsync(pelaku, new(k.Kode, k.Acara.Kode, kontes, berkas, isi), default));

    [Fact]
    public async Task AGoodFile_IsWrittenWithItsFindings_AndImportingAgainReplacesIt()
    {
        var k = await KotaUji.BuatAsync(fixture);
        var h = (await ImporAsync(k, k.Operator, k.Berkas())).Pasti();
        Assert.Equal(("Pemilihan Wali Kota Uji", 3, 0, 1, false), (h.Kontes, h.JumlahBaris, h.JumlahKesalahan, h.JumlahPeringatan, h.Mengganti));
        Assert.Equal(196m * 100 / 300, h.Partisipasi);

        var temuan = await fixture.ExecuteDbContextAsync(db => db.TemuanImporKepemiluans.Where(t => t.ImporKepemiluanId == h.ImporId).ToListAsync());
        var t = Assert.Single(temuan);
        Assert.Equal((AturanKepemiluan.SuratSuaraCadangan, k.Kode + "01", true), (t.Aturan, t.KodeWilayah, t.Peringatan));

        var lagi = (await ImporAsync(k, k.Operator, k.Berkas(penggunaPertama: 61), berkas: "perbaikan.csv")).Pasti();
        Assert.True(lagi.Mengganti);
        var impors = await fixture.ExecuteDbContextAsync(db => db.ImporKepemiluans.Where(i => i.SatkerId == k.Kota.Id).Select(i => new { i.Id, i.NamaBerkas, Baris = i.Angkas.Count }).ToListAsync());
        Assert.Equal([(lagi.ImporId, "perbaikan.csv", 3)], impors.Select(i => (i.Id, i.NamaBerkas, i.Baris)));
        Assert.Equal(0, await fixture.ExecuteDbContextAsync(db => db.AngkaKepemiluans.CountAsync(a => a.ImporKepemiluanId == h.ImporId)));

        var audit = await fixture.ExecuteDbContextAsync(db => db.JejakAudits.Where(j => j.Entitas == "DataKepemiluan" && j.SatkerId == k.Kota.Id).Select(j => j.Aksi).ToListAsync());
        Assert.Equal([AksiAudit.Impor, AksiAudit.Impor], audit);
        Assert.False(await fixture.ExecuteDbContextAsync(db => db.JejakAudits.AnyAsync(j => j.Entitas == nameof(AngkaKepemiluan))));
    }

    [Fact]
    public async Task AProvinceOfTps_StreamsIn_WithTheFilesRollUpStored_AndExactlyTheInjectedErrorsFound()
    {
        var (provinsi, kontes, operator_, isi, label, tps) = await ProvinsiUji.BuatAsync(fixture);
        var h = (await fixture.SendAsync<ImportDataKepemiluan.Handler, Jawaban<ImportDataKepemiluan.Hasil>>(hd => hd.HandleAsync(operator_, new(provinsi.Kode, kontes.Acara.Kode, kontes.Kode, "aceh.csv", isi), default))).Pasti();
        Assert.Equal(tps, h.JumlahBaris);
        Assert.Equal(tps, await fixture.ExecuteDbContextAsync(db => db.AngkaKepemiluans.CountAsync(a => a.ImporKepemiluanId == h.ImporId)));

        var berkas = RekapKepemiluan.HitungBertahap(PembacaDataKepemiluan.Baca(new MemoryStream(isi), "aceh.csv").Barises, JenisPemilihan.Pemilu);
        var tersimpan = await fixture.ExecuteDbContextAsync(db => DataKepemiluan.RekapAsync(db, h.ImporId, default));
        Assert.Equal(berkas.Wilayahs, tersimpan.Wilayahs);
        Assert.Equal(berkas.Puncaks, tersimpan.Puncaks);
        Assert.All(berkas.Wilayahs, k => Assert.Equal(
            (berkas.Nama(k), berkas.Anak(k).Count, string.Join(",", Enumerable.Range(0, KatalogKolom.Jumlah).Select(c => berkas.Angka(k).Nilai((KolomKepemiluan)c))), berkas.Angka(k).Suara(1)),
            (tersimpan.Nama(k), tersimpan.Anak(k).Count, string.Join(",", Enumerable.Range(0, KatalogKolom.Jumlah).Select(c => tersimpan.Angka(k).Nilai((KolomKepemiluan)c))), tersimpan.Angka(k).Suara(1))));

        var temuans = await fixture.ExecuteDbContextAsync(db => db.TemuanImporKepemiluans.Where(t => t.ImporKepemiluanId == h.ImporId).Select(t => new { t.KodeWilayah, t.Aturan }).ToListAsync());
        var cocok = NasionalSintetis.Cocokkan(temuans.Select(t => (t.KodeWilayah, t.Aturan)), label.Split('\n'));
        Assert.True(cocok.Sempurna, cocok.ToString());
        Assert.Equal(berkas.Temuans.Count, temuans.Count);
    }

    [Fact]
    public async Task OnSqlite_AFileAboveTheRowLimit_IsRefusedWhole_WhilePostgresTakesIt()
    {
        var (provinsi, kontes, _, isi, _, tps) = await ProvinsiUji.BuatAsync(fixture);
        var j = await fixture.ExecuteDbContextAsync(async db =>
        {
            await using var transaksi = await db.Database.BeginTransactionAsync();
            var satker = await db.Satkers.SingleAsync(s => s.Id == provinsi.Id);
            var k = (await ImportDataKepemiluan.CariKontesAsync(db, kontes.Acara.Kode, kontes.Kode, default)).Pasti();
            var hasil = await ImportDataKepemiluan.TulisAsync(db, k, satker, "aceh.csv", isi, "uji", DateTimeOffset.UnixEpoch, default, batasBaris: tps / 2);
            if (hasil.Berhasil)
            {
                await transaksi.CommitAsync();
            }

            return hasil;
        });
        var tersimpan = await fixture.ExecuteDbContextAsync(db => db.ImporKepemiluans.Where(i => i.SatkerId == provinsi.Id && i.KontesPemiluId == kontes.Id).Select(i => i.JumlahBaris).ToListAsync());
        if (fixture.Provider == DatabaseSettings.Postgres)
        {
            Assert.Equal(tps, j.Pasti().JumlahBaris);
            Assert.Equal([tps], tersimpan);
        }
        else
        {
            Assert.Equal(JenisKegagalan.TidakSah, j.Jenis);
            Assert.Equal($"aceh.csv: lebih dari {FormatIndonesia.Angka(tps / 2, 0)} baris. Basis data SQLite menampung data satu provinsi per impor; impor data nasional memerlukan PostgreSQL, atau bagi berkas per provinsi.", Assert.Single(j.Kesalahans).Pesan);
            Assert.Empty(tersimpan);
            Assert.Equal(0, await fixture.ExecuteDbContextAsync(db => db.AngkaKepemiluans.CountAsync(a => a.KodeWilayah.StartsWith("11"))));
        }
    }

    [Fact]
    public async Task ABadFile_WritesNothing_AndNamesFileRowAndColumn()
    {
        var k = await KotaUji.BuatAsync(fixture);
        var salah = Encoding.UTF8.GetString(k.Berkas()).Replace(",KECAMATAN DUA,kecamatan,50,", ",KECAMATAN DUA,kecamatan,5O,", StringComparison.Ordinal);
        var j = await ImporAsync(k, k.Operator, Encoding.UTF8.GetBytes(salah + "1871011003,LUAR,kelurahan,1,1,,,,,,,,,,,,,,,,,,,,\n" + k.Kode + "01,ULANG,kecamatan,1,1,,,,,,,,,,,,,,,,,,,,\n"), berkas: "rekap.csv");
        Assert.Equal(JenisKegagalan.TidakSah, j.Jenis);
        Assert.Equal("Berkas rekap.csv tidak diimpor: 3 kesalahan. Perbaiki lalu unggah lagi; tidak ada yang disimpan.", j.Pesan);
        Assert.Equal(
            [
                "rekap.csv, baris 3, kolom dpt_l: '5O' bukan angka; kolom ini berisi jumlah bulat, kosongkan bila tidak dilaporkan",
                "rekap.csv, baris 6, kolom kode_wilayah: kode wilayah " + KodeWilayah.Dari(k.Kode + "01").Bertitik + " sudah ada di baris sebelumnya",
                "rekap.csv, baris 5, kolom kode_wilayah: wilayah 18.71.01.1003 di luar wilayah " + k.Kota.Nama + " (" + k.Kode + ")",
            ],
            j.Kesalahans.Select(x => x.Pesan));
        Assert.False(await fixture.ExecuteDbContextAsync(db => db.ImporKepemiluans.AnyAsync(i => i.SatkerId == k.Kota.Id)));
    }

    [Fact]
    public async Task VotesForANumberTheContestDoesNotHave_AreRefused()
    {
        var k = await KotaUji.BuatAsync(fixture);
        var teks = Encoding.UTF8.GetString(k.Berkas()).Replace("suara_1,suara_2\n", "suara_1,suara_2,suara_3\n", StringComparison.Ordinal).Replace("KECAMATAN DUA,kecamatan,50,50,,,0,0,30,35,0,0,0,0,0,0,103,65,0,38,60,5,20,40", "KECAMATAN DUA,kecamatan,50,50,,,0,0,30,35,0,0,0,0,0,0,103,65,0,38,60,5,20,40,0", StringComparison.Ordinal);
        var j = await ImporAsync(k, k.Operator, Encoding.UTF8.GetBytes(teks));
        Assert.Equal("data.csv, baris 3, kolom suara_3: Pemilihan Wali Kota Uji hanya memiliki 2 calon; tidak ada nomor urut 3", Assert.Single(j.Kesalahans).Pesan);
    }

    [Fact]
    public async Task OnlyTheSatkersOperatorOrAdministrator_Imports_AndOnlyItsOwnContests()
    {
        var k = await KotaUji.BuatAsync(fixture);
        Assert.Equal(JenisKegagalan.Ditolak, (await ImporAsync(k, k.Pemantau, k.Berkas())).Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await ImporAsync(k, k.Pimpinan, k.Berkas())).Jenis);
        var lain = await KotaUji.BuatAsync(fixture);
        Assert.Equal(JenisKegagalan.Ditolak, (await ImporAsync(k, lain.Operator, k.Berkas())).Jenis);
        var tidakAda = await ImporAsync(k, k.Operator, k.Berkas(), kontes: "bupati");
        Assert.Equal((JenisKegagalan.TidakDitemukan, $"{k.Acara.Nama} tidak memiliki pemilihan 'bupati'; yang ada: gubernur, walikota."), (tidakAda.Jenis, tidakAda.Pesan));
        var tanpaKontes = await ImporAsync(k, k.Operator, k.Berkas(), kontes: string.Empty);
        Assert.Equal($"{k.Acara.Nama} memiliki beberapa pemilihan; pilih salah satu: gubernur, walikota.", tanpaKontes.Pesan);
        var kontesLain = await fixture.SendAsync<ImportDataKepemiluan.Handler, Jawaban<ImportDataKepemiluan.Hasil>>(h => h.HandleAsync(k.Operator, new(k.Kode, lain.Acara.Kode, "walikota", "data.csv", k.Berkas()), default));
        Assert.Equal(($"Pemilihan Wali Kota Uji tidak diselenggarakan di wilayah {k.Kota.Nama}."), kontesLain.Pesan);
    }

    [Fact]
    public async Task TwoContestsOfOneEvent_AreComparedRegionByRegion()
    {
        var k = await KotaUji.BuatAsync(fixture);
        (await ImporAsync(k, k.Operator, k.Berkas(), kontes: "gubernur")).Pasti();
        var h = (await ImporAsync(k, k.Operator, k.Berkas(penggunaPertama: 62))).Pasti();
        var temuan = await fixture.ExecuteDbContextAsync(db => db.TemuanImporKepemiluans.Where(t => t.ImporKepemiluanId == h.ImporId && t.Aturan == AturanKepemiluan.PenggunaAntarKontes).OrderBy(t => t.KodeWilayah).ToListAsync());
        Assert.Equal([k.Kode, k.Kode + "01"], temuan.Select(t => t.KodeWilayah));
        Assert.Equal("pengguna hak pilih Pemilihan Wali Kota Uji 133, Pemilihan Gubernur Uji 131 (selisih 2).", temuan[1].Pesan);
    }

    [Fact]
    public async Task ABoundIndicator_TakesItsRealisasiFromTheData_AndAVerifiedOneIsLeftAlone()
    {
        var k = await KotaUji.BuatAsync(fixture);
        var pk = await fixture.PerjanjianAsync(new PerjanjianKinerjaBuilder(k.Kota).WithTahun(2024).WithIndikator("1", 77, null));
        var indikatorId = pk.Sasarans[0].Indikators[0].Id;
        await fixture.ExecuteDbContextAsync(async db =>
        {
            var ind = await db.IndikatorKinerjas.SingleAsync(i => i.Id == indikatorId);
            ind.Rumus = "pengguna / dpt x 100";
            db.IkatanDataKepemiluans.AddRange(
                new IkatanDataKepemiluan { IndikatorKinerjaId = indikatorId, NamaVariabel = "pengguna", KontesPemiluId = k.Walikota.Id, KodeWilayah = k.Kode, Kolom = KolomKepemiluan.Pengguna },
                new IkatanDataKepemiluan { IndikatorKinerjaId = indikatorId, NamaVariabel = "dpt", KontesPemiluId = k.Walikota.Id, KodeWilayah = k.Kode, Kolom = KolomKepemiluan.Dpt });
            return await db.SaveChangesAsync();
        });

        var h = (await ImporAsync(k, k.Operator, k.Berkas())).Pasti();
        Assert.Equal(["Indikator 1 Indikator 1: pengguna = 196, dpt = 300."], h.Realisasi);
        var r = await BacaRealisasiAsync(indikatorId);
        Assert.Equal((StatusRealisasi.Draf, Satuan.Persen), (r.Status, r.Satuan));
        Assert.Equal([("dpt", 300m), ("pengguna", 196m)], r.Variabels.OrderBy(v => v.Nama).Select(v => (v.Nama, v.Nilai)));
        Assert.StartsWith($"Data kepemiluan: {k.Acara.Nama}, Pemilihan Wali Kota Uji, KOTA UJI (impor data.csv ", r.Sumber, StringComparison.Ordinal);

        (await ImporAsync(k, k.Operator, k.Berkas(penggunaPertama: 64))).Pasti();
        Assert.Equal(200m, (await BacaRealisasiAsync(indikatorId)).Variabels.Single(v => v.Nama == "pengguna").Nilai);

        await fixture.ExecuteDbContextAsync(async db =>
        {
            var x = await db.RealisasiKinerjas.SingleAsync(x => x.Id == r.Id);
            x.Status = StatusRealisasi.Diverifikasi;
            return await db.SaveChangesAsync();
        });
        var terkunci = (await ImporAsync(k, k.Operator, k.Berkas())).Pasti();
        Assert.Equal(["Indikator 1 Indikator 1: realisasi tidak diperbarui karena realisasi periode 2024 sudah diverifikasi."], terkunci.Realisasi);
        Assert.Equal(200m, (await BacaRealisasiAsync(indikatorId)).Variabels.Single(v => v.Nama == "pengguna").Nilai);
    }

    private Task<RealisasiKinerja> BacaRealisasiAsync(int indikatorId) =>
        fixture.ExecuteDbContextAsync(db => db.RealisasiKinerjas.Include(x => x.Variabels).SingleAsync(x => x.IndikatorKinerjaId == indikatorId && x.JenisPeriode == Sakip.Domain.Periode.JenisPeriode.Tahun));
}
