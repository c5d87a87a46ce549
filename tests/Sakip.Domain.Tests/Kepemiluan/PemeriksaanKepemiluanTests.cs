using Sakip.Domain.Kepemiluan;

namespace Sakip.Domain.Tests.Kepemiluan;

/// <summary>Each named check against figures that pass it and figures that break it; a figure not reported never breaks one.</summary>
public class PemeriksaanKepemiluanTests
{
    private static readonly KodeWilayah Tps = KodeWilayah.Dari("1871011003001");

    /// <summary>A TPS whose figures satisfy every identity (DPT 200, 150 voters, reserve 4 for Pemilu).</summary>
    private static readonly string[] Benar =
    [
        "dpt_l=100", "dpt_p=100", "dptb_l=1", "dptb_p=1", "dpk_l=2", "dpk_p=1",
        "pengguna_dpt_l=70", "pengguna_dpt_p=75", "pengguna_dptb_l=1", "pengguna_dptb_p=1", "pengguna_dpk_l=2", "pengguna_dpk_p=1",
        "disabilitas_l=1", "disabilitas_p=2",
        "surat_suara_diterima=204", "surat_suara_digunakan=150", "surat_suara_rusak=1", "surat_suara_tidak_digunakan=53",
        "suara_sah=147", "suara_tidak_sah=3", "suara_1=100", "suara_2=47",
        "dpt=200", "pengguna_l=73", "pengguna_p=77", "pengguna=150", "suara_total=150",
        "partisipasi_l_persen=73", "partisipasi_p_persen=77", "partisipasi_persen=75",
    ];

    public static TheoryData<string, AturanKepemiluan> Pelanggaran() => new()
    {
        { "dpt=201", AturanKepemiluan.JumlahLakiPerempuan },
        { "pengguna_l=74", AturanKepemiluan.JumlahPengguna },
        { "pengguna=151", AturanKepemiluan.JumlahPengguna },
        { "dpt_l=60", AturanKepemiluan.PenggunaMelebihiDpt },
        { "dpk_p=3", AturanKepemiluan.PenggunaDpk },
        { "surat_suara_digunakan=149", AturanKepemiluan.SuratSuaraDigunakan },
        { "surat_suara_rusak=2", AturanKepemiluan.SuratSuaraBerimbang },
        { "suara_tidak_sah=4", AturanKepemiluan.SuaraSahTidakSah },
        { "suara_total=151", AturanKepemiluan.SuaraSahTidakSah },
        { "suara_2=48", AturanKepemiluan.SuaraCalon },
        { "disabilitas_p=200", AturanKepemiluan.DisabilitasMelebihiPengguna },
        { "partisipasi_persen=75,01", AturanKepemiluan.PersenTercetak },
    };

    [Fact]
    public void ConsistentFigures_HaveNoFinding() =>
        Assert.Empty(PemeriksaanKepemiluan.Periksa(Tps, AngkaUji.Angka(Benar), JenisPemilihan.Pemilu));

    [Theory]
    [MemberData(nameof(Pelanggaran))]
    public void OneWrongFigure_BreaksItsRule(string ubah, AturanKepemiluan aturan)
    {
        var nama = ubah.Split('=')[0];
        var isian = Benar.Where(b => b.Split('=')[0] != nama).Append(ubah.Replace(',', '.')).ToArray();
        var temuan = PemeriksaanKepemiluan.Periksa(Tps, AngkaUji.Angka(isian), JenisPemilihan.Pemilu);
        Assert.Contains(temuan, t => t.Aturan == aturan && t.Kode == Tps && t.Kolom.Contains(nama.TrimEnd('l', 'p').TrimEnd('_'), StringComparison.Ordinal));
        Assert.All(temuan, t => Assert.False(string.IsNullOrWhiteSpace(t.Pesan)));
    }

    [Theory]
    [InlineData(JenisPemilihan.Pemilu, 204, false)]
    [InlineData(JenisPemilihan.Pemilu, 203, true)]
    [InlineData(JenisPemilihan.Pilkada, 205, false)]
    [InlineData(JenisPemilihan.Pilkada, 204, true)]
    public void BallotsReceived_CoverTheDptAndTheReserveOfTheKindOfElection(JenisPemilihan jenis, long diterima, bool peringatan)
    {
        var temuan = PemeriksaanKepemiluan.Periksa(Tps, AngkaUji.Angka("dpt_l=100", "dpt_p=100", $"surat_suara_diterima={diterima}"), jenis);
        Assert.Equal(peringatan, temuan.Any(t => t.Aturan == AturanKepemiluan.SuratSuaraCadangan && t.Peringatan));
    }

    [Theory]
    [InlineData(204, false)]
    [InlineData(205, true)]
    public void VotesAboveTheDptTimes1_02_AreAnAnomaly(long suara, bool anomali)
    {
        var temuan = PemeriksaanKepemiluan.Periksa(Tps, AngkaUji.Angka("dpt=200", $"pengguna={suara}", "dptb=50"), JenisPemilihan.Pemilu);
        Assert.Equal(anomali, temuan.Any(t => t.Aturan == AturanKepemiluan.SuaraMelebihiDpt && t.Peringatan));
    }

    [Fact]
    public void UsersAboveAllLists_AreAnError()
    {
        var temuan = PemeriksaanKepemiluan.Periksa(Tps, AngkaUji.Angka("dpt=200", "dptb=1", "dpk=1", "pengguna=203"), JenisPemilihan.Pemilu);
        var t = Assert.Single(temuan, t => t.Aturan == AturanKepemiluan.PenggunaMelebihiDaftar);
        Assert.Equal("pengguna hak pilih 203 melebihi DPT 200 + DPTb 1 + DPK 1 = 202.", t.Pesan);
    }

    [Fact]
    public void FiguresNotReported_AreNeverReadAsZero() =>
        Assert.Empty(PemeriksaanKepemiluan.Periksa(Tps, AngkaUji.Angka("dpt_l=100", "pengguna_dpt_l=70", "suara_sah=60", "surat_suara_diterima=500"), JenisPemilihan.Pilkada));

    [Fact]
    public void TheMessage_NamesTheFiguresTheIndonesianWay()
    {
        var temuan = PemeriksaanKepemiluan.Periksa(Tps, AngkaUji.Angka("dpt_l=395037", "dpt_p=395088", "dpt=790126"), JenisPemilihan.Pemilu);
        Assert.Equal("DPT: L 395.037 + P 395.088 = 790.125, tertulis jumlah 790.126 (selisih 1).", Assert.Single(temuan).Pesan);
    }

    [Fact]
    public void TwoContestsWithDifferentUsers_AreWorthALook()
    {
        var kec = KodeWilayah.Dari("187110");
        var t = PemeriksaanKepemiluan.BandingkanKontes(kec, "gubernur", AngkaUji.Angka("pengguna=19520"), "wali kota", AngkaUji.Angka("pengguna=19096"));
        Assert.NotNull(t);
        Assert.True(t.Peringatan);
        Assert.Equal("pengguna hak pilih gubernur 19.520, wali kota 19.096 (selisih 424).", t.Pesan);
        Assert.Null(PemeriksaanKepemiluan.BandingkanKontes(kec, "a", AngkaUji.Angka("pengguna=5"), "b", AngkaUji.Angka("pengguna=5")));
    }

    [Fact]
    public void EveryRule_HasANameForTheFindingsList() =>
        Assert.All(Enum.GetValues<AturanKepemiluan>(), a => Assert.NotEqual(a.ToString(), PemeriksaanKepemiluan.Nama(a)));
}
