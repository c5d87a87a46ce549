using System.Text;
using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Anggaran;
using Sakip.Domain.Anggaran;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Anggaran;

/// <summary>Loading a DIPA: the DIPA awal, the month's realisation in place, a revision as a new state, all or nothing.</summary>
public class ImportAnggaranTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task TheFirstFile_IsTheDipaAwal_WithItsFiguresPerSource()
    {
        var a = await AnggaranUji.BuatAsync(fixture);
        var h = (await a.ImporAsync(fixture, AnggaranUji.Berkas())).Pasti();

        Assert.Equal(("DIPA awal", 5, 3_500_000m, 850_000m), (h.Versi, h.JumlahBaris, h.Pagu, h.Realisasi));
        Assert.Empty(h.Perubahan);
        Assert.Empty(h.Temuan);
        var data = (await a.BacaAsync(fixture)).Pasti().Data;
        Assert.Equal(3_000_000m, data.Pohon!.PerSumber[SumberDana.RupiahMurni].Pagu);
        Assert.Equal(500_000m, data.Pohon.PerSumber[SumberDana.HibahDalamNegeri].Pagu);
        Assert.Equal(24.29m, data.Pohon.Jumlah.Penyerapan);
        Assert.Equal(0, data.JumlahRevisi);
        var audit = await fixture.ExecuteDbContextAsync(db => db.JejakAudits.Where(j => j.SatkerId == a.Satker.Id && j.Aksi == AksiAudit.Impor).Select(j => j.Entitas).ToListAsync());
        Assert.Equal(["Anggaran"], audit);
    }

    [Fact]
    public async Task TheSamePagu_UpdatesTheMonthsOnTheDipaInForce_AChangedPaguNeedsARevision_WhichKeepsTheEarlierState()
    {
        var a = await AnggaranUji.BuatAsync(fixture);
        (await a.ImporAsync(fixture, AnggaranUji.Berkas())).Pasti();

        var bulanIni = (await a.ImporAsync(fixture, AnggaranUji.Berkas(februari: 400_000))).Pasti();
        Assert.Equal(("DIPA awal", 950_000m), (bulanIni.Versi, bulanIni.Realisasi));

        var tanpaRevisi = await a.ImporAsync(fixture, AnggaranUji.Berkas(paguKedua: 2_500_000));
        Assert.Equal(JenisKegagalan.TidakSah, tanpaRevisi.Jenis);
        Assert.Equal("Pagu 2 baris berbeda dari DIPA yang berlaku (DIPA awal): 076.01.WA (APBN (Rupiah Murni)) Rp 3.000.000 menjadi Rp 3.500.000; 076.01.WA.3361 (APBN (Rupiah Murni)) Rp 2.000.000 menjadi Rp 2.500.000. Jika ini revisi anggaran, isi jenis, tanggal dan alasan revisinya; jika bukan, perbaiki paginya. Tidak ada yang disimpan.", tanpaRevisi.Pesan);

        var revisi = (await a.ImporAsync(fixture, AnggaranUji.Berkas(paguKedua: 2_500_000), AnggaranUji.Revisi(3))).Pasti();
        Assert.Equal("revisi ke-1", revisi.Versi);
        Assert.Equal([("076.01.WA", 3_000_000m, 3_500_000m), ("076.01.WA.3361", 2_000_000m, 2_500_000m)], revisi.Perubahan.Select(u => (u.Kode.Kode, u.PaguSebelum!.Value, u.PaguSesudah!.Value)));
        var data = (await a.BacaAsync(fixture)).Pasti().Data;
        Assert.Equal([0, 1], data.Versis.Select(v => v.Nomor));
        Assert.Equal([3_500_000m, 4_000_000m], data.Versis.Select(v => PohonAnggaran.Susun([.. v.Barises.Select(b => b.KeDomain())]).Jumlah.Pagu));
        Assert.Equal(1, data.JumlahRevisi);
        Assert.Equal(2, data.Perubahan[1].Count);

        Assert.Equal("Tanggal revisi 1 Februari 2024 lebih awal dari revisi ke-1 (15 Maret 2024); revisi dicatat berurutan.", (await a.ImporAsync(fixture, AnggaranUji.Berkas(paguKedua: 2_600_000), AnggaranUji.Revisi(2, 1))).Pesan);
        Assert.Equal("Tanggal revisi 1 Januari 2025 tidak dalam tahun anggaran 2024.", (await a.ImporAsync(fixture, AnggaranUji.Berkas(paguKedua: 2_600_000), new(JenisRevisiAnggaran.RevisiDja, new DateOnly(2025, 1, 1), "x"))).Pesan);
        Assert.Equal("DIPA awal 2024 sudah dimuat; pilih jenis revisinya (DJA, Kanwil DJPb atau POK).", (await a.ImporAsync(fixture, AnggaranUji.Berkas(paguKedua: 2_600_000), new(JenisRevisiAnggaran.DipaAwal, new DateOnly(2024, 5, 1), "x"))).Pesan);
    }

    [Fact]
    public async Task RealisationBeforeARevisionThatMadeRoomForIt_IsReported()
    {
        var a = await AnggaranUji.BuatAsync(fixture);
        (await a.ImporAsync(fixture, AnggaranUji.Berkas(paguKedua: 100_000))).Pasti();
        var h = (await a.ImporAsync(fixture, AnggaranUji.Berkas(paguKedua: 2_000_000), AnggaranUji.Revisi(6))).Pasti();

        Assert.Equal(
            [
                "Realisasi kegiatan 076.01.WA.3361 (APBN (Rupiah Murni)) sampai Mei Rp 200.000, padahal sebelum revisi ke-1 (15 Juni 2024) paginya Rp 100.000: realisasi tercatat sebelum tanggal revisinya",
            ],
            h.Temuan);
    }

    [Fact]
    public async Task ABadFile_IsRefusedWithFileRowAndColumn_AndNothingIsWritten()
    {
        var a = await AnggaranUji.BuatAsync(fixture);
        var isi = Encoding.UTF8.GetBytes(
            AnggaranUji.Kepala + "\n"
            + "076.01.WA,Program,rm,,,,,,,,,,,,,\n"
            + "076.01.WA.33,Kegiatan,rm,100,,,,,,,,,,,,\n"
            + "076.01.WA.3360,Kegiatan,dana desa,-5,sepuluh,,,,,,,,,,,\n"
            + "076.01.WA.3361.QGE.001,RO tanpa KRO,rm,1,,,,,,,,,,,,\n"
            + "076.01.WA,Program lagi,rm,,,,,,,,,,,,,\n");

        var j = await a.ImporAsync(fixture, isi, berkas: "salah.csv");

        Assert.Equal(JenisKegagalan.TidakSah, j.Jenis);
        Assert.Equal(
            [
                "salah.csv, baris 3, kolom kode: bagian ke-4 kode '076.01.WA.33' ('33') harus 4 angka kode kegiatan, misalnya 6871",
                "salah.csv, baris 4, kolom sumber_dana: 'dana desa' bukan sumber dana; isi rm (APBN rupiah murni), hibah (hibah APBD), pnbp, blu, rmp, hln, pdn, pln atau sbsn",
                "salah.csv, baris 4, kolom pagu: -Rp 5 negatif; pagu tidak boleh kurang dari 0",
                "salah.csv, baris 4, kolom realisasi_01: 'sepuluh' bukan jumlah rupiah; tulis seperti 3.315.671.000 atau Rp 1.234.567,-",
            ],
            j.Kesalahans.Select(k => k.Pesan));

        var struktur = await a.ImporAsync(fixture, Encoding.UTF8.GetBytes(AnggaranUji.Kepala + "\n076.01.WA,Program,rm,,,,,,,,,,,,,\n076.01.WA.3361.QGE,KRO,rm,1,,,,,,,,,,,,\n076.01.WA,Program lagi,rm,,,,,,,,,,,,,\n"), berkas: "pohon.csv");
        Assert.Equal(
            [
                "pohon.csv, baris 3, kolom kode: induk kode 076.01.WA.3361.QGE, yaitu 076.01.WA.3361 (kegiatan), tidak ada dengan sumber dana APBN (Rupiah Murni); tulis baris induknya lebih dulu",
                "pohon.csv, baris 4, kolom kode: kode 076.01.WA (APBN (Rupiah Murni)) sudah ada di baris sebelumnya; satu kode satu baris per sumber dana",
            ],
            struktur.Kesalahans.Select(k => k.Pesan));
        Assert.Equal("salah.csv, baris 1: kepala kolom harus kode,uraian,sumber_dana,pagu,realisasi_01,...,realisasi_12 (boleh diikuti rpd_01,...,rpd_12); kolom ke-4 tertulis 'anggaran'", Assert.Single((await a.ImporAsync(fixture, Encoding.UTF8.GetBytes("kode,uraian,sumber_dana,anggaran\n"), berkas: "salah.csv")).Kesalahans).Pesan);
        Assert.Equal("salah.pdf, baris 1: berkas bukan CSV UTF-8 atau XLSX; simpan dari Excel sebagai 'CSV UTF-8' atau 'Excel Workbook'", Assert.Single((await a.ImporAsync(fixture, [0x25, 0x50, 0xFF, 0xFE, 0xC3], berkas: "salah.pdf")).Kesalahans).Pesan);
        Assert.Equal(0, await fixture.ExecuteDbContextAsync(db => db.VersiAnggarans.CountAsync(v => v.SatkerId == a.Satker.Id)));
    }

    [Fact]
    public async Task SemicolonsAndTheDisbursementPlan_AreRead_AndAPlanThatDoesNotAddUpIsReported()
    {
        var a = await AnggaranUji.BuatAsync(fixture);
        var rpd = string.Join(";", Enumerable.Range(1, 12).Select(b => $"rpd_{b:00}"));
        var isi = Encoding.UTF8.GetBytes(
            AnggaranUji.Kepala.Replace(',', ';') + ";" + rpd + "\n"
            + "076.01.WA;Program;rm" + new string(';', 25) + "\n"
            + "076.01.WA.3360;Keuangan;rm;1.000.000;400.000,50" + new string(';', 12) + "500.000;400.000" + new string(';', 10) + "\n");

        var h = (await a.ImporAsync(fixture, isi)).Pasti();

        Assert.Equal(400_000.50m, h.Realisasi);
        Assert.Equal(["Rencana penarikan dana kegiatan 076.01.WA.3360 (APBN (Rupiah Murni)) berjumlah Rp 900.000, tidak sama dengan paginya Rp 1.000.000 (selisih -Rp 100.000)"], h.Temuan);
        var pohon = (await a.BacaAsync(fixture)).Pasti().Data.Pohon!;
        Assert.Equal(900_000m, pohon.Jumlah.RencanaSampai(2));
    }

    [Fact]
    public async Task OnlyTheSatkersOfficers_Import()
    {
        var a = await AnggaranUji.BuatAsync(fixture);
        Assert.Equal(JenisKegagalan.Ditolak, (await a.ImporAsync(fixture, AnggaranUji.Berkas(), pelaku: a.Pemantau)).Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await a.ImporAsync(fixture, AnggaranUji.Berkas(), pelaku: a.Pimpinan)).Jenis);
        var lain = await AnggaranUji.BuatAsync(fixture);
        Assert.Equal(JenisKegagalan.Ditolak, (await a.ImporAsync(fixture, AnggaranUji.Berkas(), pelaku: lain.Operator)).Jenis);
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await fixture.SendAsync<ImportAnggaran.Handler, Jawaban<ImportAnggaran.Hasil>>(h => h.HandleAsync(a.Operator, new("0000", 2024, "x.csv", AnggaranUji.Berkas(), null), default))).Jenis);
    }
}
