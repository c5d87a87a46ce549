using Sakip.Domain.Agregasi;
using Sakip.Domain.Capaian;

namespace Sakip.Domain.Tests.Agregasi;

public class RingkasanCapaianTests
{
    private static CapaianIndikator I(string sasaran, string kode, decimal mentah, KebijakanCapaian k) =>
        new(sasaran, kode, HasilCapaian.Dihitung(mentah, k.TerapkanBatas(mentah)));

    private static CapaianIndikator Tdd(string sasaran, string kode) =>
        new(sasaran, kode, HasilCapaian.TidakDapatDihitung(AlasanTidakDapatDihitung.RealisasiKosong));

    private static List<CapaianIndikator> Data(KebijakanCapaian k) =>
    [
        I("S1", "1", 100m, k), I("S1", "2", 150m, k), Tdd("S1", "3"),
        I("S2", "1", 80m, k),
    ];

    [Fact]
    public void Hitung_MeanOfIndicators_LeavesOutWhatCannotBeComputed()
    {
        var k = KebijakanCapaian.Bawaan;

        var r = RingkasanCapaian.Hitung(Data(k), k);

        Assert.Equal(110m, r.Capaian);
        Assert.Equal(125m, r.Sasarans[0].Capaian);
        Assert.Equal(2, r.Sasarans[0].JumlahDihitung);
        Assert.Equal(1, r.Sasarans[0].JumlahTidakDapatDihitung);
        Assert.Equal(80m, r.Sasarans[1].Capaian);
        Assert.Equal(1, r.JumlahTidakDapatDihitung);
    }

    [Fact]
    public void Hitung_MeanOfSasaran_AveragesTheSasaranMeans()
    {
        var k = KebijakanCapaian.Bawaan with { ModeAgregasi = ModeAgregasi.RataRataSasaran };

        var r = RingkasanCapaian.Hitung(Data(k), k);

        Assert.Equal(102.5m, r.Capaian);
    }

    [Fact]
    public void Hitung_Cap_IsAppliedBeforeAveraging()
    {
        var k = KebijakanCapaian.Bawaan with { Batas = BatasCapaian.Seratus };

        var r = RingkasanCapaian.Hitung(Data(k), k);

        // (100 + 100 + 80) / 3, not min(110, 100)
        Assert.Equal(93.33m, Math.Round(r.Capaian!.Value, 2));
        Assert.Equal(100m, r.Sasarans[0].Capaian);
    }

    [Fact]
    public void Hitung_Counts_UseRawValueRoundedToTwoDecimals()
    {
        var k = KebijakanCapaian.Bawaan with { Batas = BatasCapaian.Seratus };
        List<CapaianIndikator> data =
        [
            I("S", "a", 183.33m, k), I("S", "b", 100m, k), I("S", "c", 99.999m, k), I("S", "d", 100.004m, k), I("S", "e", 66.23m, k), Tdd("S", "f"),
        ];

        var r = RingkasanCapaian.Hitung(data, k);

        Assert.Equal(1, r.JumlahDiAtas100);
        Assert.Equal(3, r.JumlahSama100);
        Assert.Equal(1, r.JumlahDiBawah100);
        Assert.Equal(1, r.JumlahTidakDapatDihitung);
    }

    [Fact]
    public void Hitung_NothingComputable_HasNoOverallValue()
    {
        var r = RingkasanCapaian.Hitung([Tdd("S", "1")], KebijakanCapaian.Bawaan);

        Assert.Null(r.Capaian);
        Assert.Null(r.Sasarans[0].Capaian);
    }
}
