using Sakip.Domain.Kepemiluan;
using Sakip.Domain.Tests.Kepemiluan;

namespace Sakip.Domain.Tests.SeedReports;

/// <summary>
/// Acceptance tests on the election tables of the LKjIP 2024 of KPU Kota Bandar Lampung (Tabel
/// 9-12, 16-19, 27-29), written in the import template by the demo (kepemiluan_1871_*.csv): the
/// figures the report gets right come out, and the checks report the discrepancies the seed-data
/// README lists for these tables (numbers 12, 13, 15 and 23).
/// </summary>
public class KepemiluanBandarLampung2024Tests
{
    private static readonly KodeWilayah Kota = KodeWilayah.Dari("1871");

    private static RekapKepemiluan Rekap(string kontes, JenisPemilihan jenis) => RekapKepemiluan.Hitung(Baca(kontes), jenis);

    private static List<BarisKepemiluan> Baca(string kontes) =>
        [.. SeedCsv.Read($"kepemiluan_1871_{kontes}.csv").Select(r => new BarisKepemiluan(
            KodeWilayah.Dari(r["kode_wilayah"]),
            r["nama_wilayah"],
            AngkaUji.Angka([.. r.Where(kv => kv.Value.Length > 0 && kv.Key is not ("kode_wilayah" or "nama_wilayah" or "tingkat")).Select(kv => kv.Key + "=" + kv.Value.Replace(',', '.'))])))];

    private static decimal Persen(decimal? nilai) => Math.Round(nilai!.Value, 2, MidpointRounding.AwayFromZero);

    [Fact]
    public void Walikota_Participation52_04_Women56_17_DpkShare0_09()
    {
        var rekap = Rekap("pilkada_2024_walikota", JenisPemilihan.Pilkada);
        Assert.Equal(409093, rekap.Total.Nilai(KolomKepemiluan.Pengguna));
        Assert.Equal(52.04m, Persen(rekap.Total.Partisipasi()));
        Assert.Equal(56.17m, Persen(rekap.Total.PartisipasiP()));
        Assert.Equal(0.09m, Persen(rekap.Total.PangsaDpk()));
        Assert.Equal(91740, rekap.Total.Suara(1));
        Assert.Equal(264740, rekap.Total.Suara(2));
    }

    [Fact]
    public void Walikota_TheBallotsReceivedFallShortOfDptAndReserveInTwoKecamatan_Discrepancy23()
    {
        var rekap = Rekap("pilkada_2024_walikota", JenisPemilihan.Pilkada);
        Assert.All(rekap.Temuans, t => Assert.Equal(AturanKepemiluan.SuratSuaraCadangan, t.Aturan));
        Assert.Equal(["187103", "187117"], rekap.Temuans.Select(t => t.Kode.Kode));
    }

    [Fact]
    public void Gubernur_Participation52_10_AndTheTableIsConsistent()
    {
        var rekap = Rekap("pilkada_2024_gubernur", JenisPemilihan.Pilkada);
        Assert.Equal(52.10m, Persen(rekap.Total.Partisipasi()));
        Assert.Empty(rekap.Temuans);
    }

    [Fact]
    public void GubernurAgainstWalikota_TwelveKecamatanDiffer_Rajabasa424_City473_Discrepancy15()
    {
        var gubernur = Rekap("pilkada_2024_gubernur", JenisPemilihan.Pilkada);
        var walikota = Rekap("pilkada_2024_walikota", JenisPemilihan.Pilkada);
        var beda = gubernur.Wilayahs
            .Select(k => PemeriksaanKepemiluan.BandingkanKontes(k, "gubernur", gubernur.Angka(k), "wali kota", walikota.Angka(k)))
            .OfType<TemuanKepemiluan>()
            .ToList();
        Assert.Equal(13, beda.Count);
        Assert.Contains(beda, t => t.Kode == Kota && t.Pesan.EndsWith("(selisih 473).", StringComparison.Ordinal));
        Assert.Contains(beda, t => t.Kode.Kode == "187110" && t.Pesan.EndsWith("(selisih 424).", StringComparison.Ordinal));
    }

    [Fact]
    public void Pemilu_Participation75_94_AndTabel16And17DisagreeWithTabel10And27_Discrepancies12And13()
    {
        var rekap = Rekap("pemilu_2024", JenisPemilihan.Pemilu);
        Assert.Equal(75.94m, Persen(rekap.Total.Partisipasi()));
        Assert.Equal(78.37m, Persen(rekap.Total.PartisipasiP()));
        Assert.Equal(
            [
                (AturanKepemiluan.JumlahPengguna, "pengguna hak pilih laki-laki: pengguna DPT + DPTb + DPK = 288.752, tertulis 290.421 (selisih 1.669)."),
                (AturanKepemiluan.JumlahPengguna, "pengguna hak pilih perempuan: pengguna DPT + DPTb + DPK = 308.155, tertulis 309.629 (selisih 1.474)."),
                (AturanKepemiluan.PenggunaDpk, "pengguna DPK laki-laki 5.876, tetapi DPK laki-laki 6.026."),
                (AturanKepemiluan.PenggunaDpk, "pengguna DPK perempuan 6.730, tetapi DPK perempuan 6.870."),
                (AturanKepemiluan.SuratSuaraDigunakan, "surat suara digunakan 596.907, tetapi pengguna hak pilih 600.050."),
            ],
            rekap.Temuans.Select(t => (t.Aturan, t.Pesan)));
        Assert.All(rekap.Temuans, t => Assert.Equal(Kota, t.Kode));
    }

    [Fact]
    public void TheTemplateFiles_CarryTheSeedTablesNumberForNumber()
    {
        var walikota = SeedCsv.Read("kepemiluan_1871_pilkada_2024_walikota.csv").ToDictionary(r => r["nama_wilayah"]);
        foreach (var t29 in SeedCsv.Read("bandarlampung_2024_pilkada_walikota_participation_by_kecamatan.csv"))
        {
            var nama = t29["row_type"] == "total" ? "KOTA BANDAR LAMPUNG" : t29["kecamatan"];
            Assert.Equal(t29["pengguna_total"], walikota[nama]["pengguna"]);
            Assert.Equal(t29["dpt_total"], walikota[nama]["dpt"]);
            Assert.Equal(t29["pengguna_total_pct"], walikota[nama]["partisipasi_persen"].Replace(',', '.'));
        }

        var t11 = SeedCsv.Read("bandarlampung_2024_pilkada_dpt_by_kecamatan.csv").ToDictionary(r => r["row_type"] == "total" ? "KOTA BANDAR LAMPUNG" : r["kecamatan"]);
        Assert.All(walikota, kv => Assert.Equal(t11[kv.Key]["voters_l"], kv.Value["dpt_l"]));

        var pemilu = SeedCsv.Read("kepemiluan_1871_pemilu_2024.csv").ToDictionary(r => r["nama_wilayah"]);
        foreach (var t10 in SeedCsv.Read("bandarlampung_2024_pemilu_dpk_by_kecamatan.csv"))
        {
            var nama = t10["row_type"] == "total" ? "KOTA BANDAR LAMPUNG" : t10["kecamatan"];
            Assert.Equal((t10["dpk_l"], t10["dpk_p"]), (pemilu[nama]["dpk_l"], pemilu[nama]["dpk_p"]));
        }

        Assert.Equal(21, pemilu.Count);
        Assert.Equal("1871", pemilu["KOTA BANDAR LAMPUNG"]["kode_wilayah"]);
        Assert.Equal(string.Empty, string.Concat(pemilu.Values.Select(r => r["kode_wilayah"]).Where(k => !k.StartsWith("1871", StringComparison.Ordinal))));
    }
}
