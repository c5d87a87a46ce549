using Sakip.App.Features.Kepemiluan;
using Sakip.Domain.Kepemiluan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Kepemiluan;

/// <summary>The demo's wali kota contest of KPU Kota Bandar Lampung, region by region.</summary>
public class GetRekapKepemiluanTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public async Task InitializeAsync() => await fixture.MuatDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<Jawaban<GetRekapKepemiluan.Hasil>> BacaAsync(string akun, string? wilayah = null, string kontes = "walikota-1871", string satker = "1871")
    {
        var pelaku = await fixture.AksesAsync(akun);
        return await fixture.SendAsync<GetRekapKepemiluan.Handler, Jawaban<GetRekapKepemiluan.Hasil>>(h => h.HandleAsync(pelaku, new(satker, "pilkada-2024", kontes, wilayah), default));
    }

    [Fact]
    public async Task TheCity_ShowsItsFigures_ItsTwentyKecamatan_TheChartsAndTheFindings()
    {
        var h = (await BacaAsync("pemantau.1871")).Pasti();
        Assert.Equal(("Pemilihan Wali Kota dan Wakil Wali Kota Bandar Lampung", "KOTA BANDAR LAMPUNG", false), (h.NamaKontes, h.Dipilih!.Nama, h.BolehImpor));
        Assert.Equal(52.04m, Math.Round(h.Dipilih.Angka.Partisipasi()!.Value, 2));
        Assert.Equal(20, h.Anaks.Count);
        Assert.Equal(("187101", "KEDATON"), (h.Anaks[0].Kode, h.Anaks[0].Nama));
        Assert.Equal([(1, "Dr. dr. Hj. Reihana, M.Kes – H. Aryodhia Febriansya SZP, S.H."), (2, "Eva Dwiana – Deddy Amarullah Yacub")], h.Calons);
        Assert.Equal(["Pemilihan Gubernur dan Wakil Gubernur Lampung"], h.KontesLain.Select(k => k.Nama));
        var cadangan = h.Temuans.Where(t => t.Aturan == "Surat suara diterima mencakup DPT dan cadangan").ToList();
        Assert.Equal(["187103", "187117"], cadangan.Select(t => t.Kode));
        Assert.All(cadangan, t => Assert.Equal((true, "1871"), (t.Peringatan, t.KodeTampil)));
        var antarKontes = h.Temuans.Where(t => t.Aturan == "Pengguna hak pilih sama antarpemilihan").ToList();
        Assert.Equal(13, antarKontes.Count);
        Assert.Contains(antarKontes, t => t.Kode == "187110" && t.Pesan == "pengguna hak pilih Pemilihan Wali Kota dan Wakil Wali Kota Bandar Lampung 19.096, Pemilihan Gubernur dan Wakil Gubernur Lampung 19.520 (selisih -424).");
        Assert.Contains(antarKontes, t => t.Kode == "1871" && t.KodeTampil == "1871");
        Assert.Contains("ENGGAL", h.GrafikPartisipasi, StringComparison.Ordinal);
        Assert.Contains("47,78 %", h.GrafikPartisipasi, StringComparison.Ordinal);
        Assert.Contains("Perempuan", h.GrafikJenisKelamin, StringComparison.Ordinal);
        Assert.True((await BacaAsync("operator.1871")).Pasti().BolehImpor);
    }

    [Fact]
    public async Task AKecamatan_ShowsTheWayUp_AndItsOwnFindingsOnly()
    {
        var h = (await BacaAsync("pemantau.1871", "18.71.03")).Pasti();
        Assert.Equal(("187103", "TANJUNGKARANG BARAT", "kecamatan"), (h.Dipilih!.Kode, h.Dipilih.Nama, h.Dipilih.Tingkat));
        Assert.Equal([("1871", "KOTA BANDAR LAMPUNG")], h.Jalur);
        Assert.Empty(h.Anaks);
        Assert.Null(h.GrafikPartisipasi);
        Assert.Equal(["187103"], h.Temuans.Select(t => t.Kode));
    }

    [Fact]
    public async Task AProvinceOfTps_IsReadARegionAtATime_WithItsFindingsCountedWholeAndListedAPageAtATime()
    {
        var p = await ProvinsiUji.BuatAsync(fixture);
        (await fixture.SendAsync<ImportDataKepemiluan.Handler, Jawaban<ImportDataKepemiluan.Hasil>>(h => h.HandleAsync(p.Operator, new("11", p.Kontes.Acara.Kode, "ppwp", "aceh.csv", p.Isi), default))).Pasti();
        Task<Jawaban<GetRekapKepemiluan.Hasil>> Baca(string? wilayah) =>
            fixture.SendAsync<GetRekapKepemiluan.Handler, Jawaban<GetRekapKepemiluan.Hasil>>(h => h.HandleAsync(p.Operator, new("11", p.Kontes.Acara.Kode, "ppwp", wilayah), default));

        var puncak = (await Baca(null)).Pasti();
        var sisipan = p.Label.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1;
        var kabs = System.Text.Encoding.UTF8.GetString(p.Isi).Split('\n').Skip(1).Where(l => l.Length > 4).Select(l => l[..4]).Distinct().Count();
        Assert.Equal(("11", "provinsi", kabs), (puncak.Dipilih!.Kode, puncak.Dipilih.Tingkat, puncak.Anaks.Count));
        Assert.All(puncak.Anaks, a => Assert.True(a.AdaAnak));
        Assert.Equal(sisipan, puncak.JumlahKesalahan + puncak.JumlahPeringatan);
        Assert.Equal(GetRekapKepemiluan.TemuanMaksimum, puncak.Temuans.Count);

        var tps = puncak.Temuans[0];
        Assert.Equal((13, tps.Kode[..10]), (tps.Kode.Length, tps.KodeTampil));
        var kelurahan = (await Baca(tps.KodeTampil)).Pasti();
        Assert.Equal(("kelurahan/desa", false), (kelurahan.Dipilih!.Tingkat, kelurahan.Dipilih.AdaAnak));
        Assert.Equal([tps.Kode[..2], tps.Kode[..4], tps.Kode[..6]], kelurahan.Jalur.Select(j => j.Kode));
        Assert.Empty(kelurahan.Anaks);
        Assert.Contains(kelurahan.Temuans, t => t.Kode == tps.Kode);
        Assert.All(kelurahan.Temuans, t => Assert.StartsWith(tps.KodeTampil, t.Kode, StringComparison.Ordinal));
        Assert.Equal(kelurahan.Temuans.Count, kelurahan.JumlahKesalahan + kelurahan.JumlahPeringatan);
    }

    [Fact]
    public async Task ThePemiluTotals_CarryTheSeedsDiscrepancies()
    {
        var pelaku = await fixture.AksesAsync("pemantau.1871");
        var h = (await fixture.SendAsync<GetRekapKepemiluan.Handler, Jawaban<GetRekapKepemiluan.Hasil>>(x => x.HandleAsync(pelaku, new("1871", "pemilu-2024", null), default))).Pasti();
        Assert.Equal(75.94m, Math.Round(h.Dipilih!.Angka.Partisipasi()!.Value, 2));
        Assert.Equal(5, h.Temuans.Count(t => !t.Peringatan));
        Assert.Equal(596907, h.Dipilih.Angka.Nilai(KolomKepemiluan.SuratSuaraDigunakan));
    }

    [Fact]
    public async Task NothingImported_IsSaid_AndUnknownOrForbiddenAreRefused()
    {
        var pelaku = await fixture.AksesAsync("operator.1801");
        var kosong = (await fixture.SendAsync<GetRekapKepemiluan.Handler, Jawaban<GetRekapKepemiluan.Hasil>>(x => x.HandleAsync(pelaku, new("1801", "pilkada-2024", "gubernur-18"), default))).Pasti();
        Assert.Equal((null, null, true), (kosong.Impor, kosong.Dipilih, kosong.BolehImpor));

        Assert.Equal(JenisKegagalan.Ditolak, (await BacaAsync("operator.1801")).Jenis);
        var tidakAda = await BacaAsync("pemantau.1871", "187199");
        Assert.Equal((JenisKegagalan.TidakDitemukan, "Wilayah '187199' tidak ada dalam data Pemilihan Wali Kota dan Wakil Wali Kota Bandar Lampung KPU Kota Bandar Lampung."), (tidakAda.Jenis, tidakAda.Pesan));
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await BacaAsync("pemantau.1871", kontes: "bupati")).Jenis);
    }
}
