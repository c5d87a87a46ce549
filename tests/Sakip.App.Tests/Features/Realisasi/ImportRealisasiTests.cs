using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Realisasi;
using Sakip.App.Import.TemplatRealisasi;
using Sakip.Testing;

namespace Sakip.App.Tests.Features.Realisasi;

/// <summary>Confirming an upload: every change written in one transaction, or none, and only by whoever checked it.</summary>
public class ImportRealisasiTests(DatabaseFixture fixture) : TemplatKotaUji(fixture)
{
    [Fact]
    public async Task Upload_ChecksWithoutWriting_ThenConfirmWritesEveryChangeAsDrafts()
    {
        var xlsx = await Templat();
        var sebelum = await Tersimpan();
        var terisi = XlsxUji.Isi(xlsx, TataLetakTemplat.NamaLembar, (Sel(xlsx, "3.2"), "95,5 %"), (Sel(xlsx, "2.1"), 1m));

        var pratinjau = await Periksa(terisi, "realisasi kota.xlsx");

        Assert.Empty(pratinjau.Kesalahans);
        Assert.Equal(["2.1", "3.2"], pratinjau.Perubahans.Select(p => p.Kode));
        Assert.Equal("95,5 %", pratinjau.Perubahans[1].Baru);
        Assert.Equal(string.Empty, pratinjau.Perubahans[1].Lama);
        Assert.NotNull(pratinjau.Token);
        Assert.True(pratinjau.JumlahTetap > 5, "the stored values sent back unchanged are counted, not rewritten");
        Assert.Equal(sebelum, await Tersimpan());

        var hasil = await Terapkan(pratinjau.Token!);

        Assert.True(hasil.Berhasil, hasil.Pesan);
        Assert.Equal(2, hasil.Nilai!.Jumlah);
        var sesudah = await Tersimpan();
        Assert.Contains(("3.2", 95.5m, StatusRealisasi.Draf, 0), sesudah);
        Assert.Contains(("2.1", 1m, StatusRealisasi.Draf, 0), sesudah);
        Assert.Equal(sebelum.Count + 2, sesudah.Count);
        var jejak = await Fixture.ExecuteDbContextAsync(db => db.JejakAudits.Where(a => a.Aksi == AksiAudit.Impor && a.Entitas == "BerkasImpor").Select(a => a.Perubahan).SingleAsync());
        Assert.Contains("realisasi kota.xlsx", jejak, StringComparison.Ordinal);

        var lagi = await Terapkan(pratinjau.Token!);
        Assert.Equal(JenisKegagalan.Konflik, lagi.Jenis);
        Assert.Contains("telah diubah", lagi.Pesan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_AfterSomeoneElseSavedTheSamePeriod_IsAConflict_AndNothingIsWritten()
    {
        var xlsx = await Templat();
        var pratinjau = await Periksa(XlsxUji.Isi(xlsx, TataLetakTemplat.NamaLembar, (Sel(xlsx, "1.5"), "97 %")));
        var (ind, versi) = await Fixture.ExecuteDbContextAsync(async db =>
        {
            var i = await db.IndikatorKinerjas.Where(i => i.Kode == "1.5" && db.PerjanjianKinerjas.Any(p => p.Id == i.Sasaran.PerjanjianKinerjaId && p.Satker.Kode == "1871" && p.Tahun == 2024)).Select(i => i.Id).SingleAsync();
            return (i, await db.RealisasiKinerjas.Where(r => r.IndikatorKinerjaId == i).Select(r => (int?)r.Revisi).SingleOrDefaultAsync());
        });
        var operatorKota = await Akses("operator.1871");
        var lain = await Fixture.SendAsync<RecordRealisasi.Handler, Jawaban<RecordRealisasi.Hasil>>(h =>
            h.HandleAsync(operatorKota, new RecordRealisasi.Command(ind, 1, "2 %", new Dictionary<string, string>(), null, [], false, versi), default));
        Assert.True(lain.Berhasil, lain.Pesan);
        var sebelum = await Tersimpan();

        var hasil = await Terapkan(pratinjau.Token!);

        Assert.Equal(JenisKegagalan.Konflik, hasil.Jenis);
        Assert.Contains($"realisasi.xlsx, sel {Sel(xlsx, "1.5")}: realisasi 1.5 periode 2024 telah diubah oleh pengguna lain sejak pratinjau", hasil.Pesan, StringComparison.Ordinal);
        Assert.Equal(sebelum, await Tersimpan());
    }

    [Fact]
    public async Task Confirm_ByAnotherUserOrWithATamperedToken_IsRefused()
    {
        var xlsx = await Templat();
        var pratinjau = await Periksa(XlsxUji.Isi(xlsx, TataLetakTemplat.NamaLembar, (Sel(xlsx, "1.5"), "95 %")));

        Assert.Equal(JenisKegagalan.Ditolak, (await Terapkan(pratinjau.Token!, "admin.1871")).Jenis);
        var rusak = await Terapkan(pratinjau.Token![..^4] + "AAAA");
        Assert.Equal(JenisKegagalan.TidakSah, rusak.Jenis);
        Assert.Contains("kedaluwarsa", rusak.Pesan, StringComparison.Ordinal);
    }
}
