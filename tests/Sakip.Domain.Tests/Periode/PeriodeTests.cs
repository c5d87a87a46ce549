using Sakip.Domain.Periode;
using P = Sakip.Domain.Periode.Periode;

namespace Sakip.Domain.Tests.Periode;

public class PeriodeTests
{
    [Theory]
    [InlineData(JenisPeriode.Bulan, 2, "2024-02-01", "2024-02-29", "Februari 2024")]
    [InlineData(JenisPeriode.Triwulan, 1, "2024-01-01", "2024-03-31", "TW I 2024")]
    [InlineData(JenisPeriode.Triwulan, 4, "2024-10-01", "2024-12-31", "TW IV 2024")]
    [InlineData(JenisPeriode.Semester, 2, "2024-07-01", "2024-12-31", "Semester II 2024")]
    [InlineData(JenisPeriode.Tahun, 1, "2024-01-01", "2024-12-31", "2024")]
    public void Periode_BoundsAndLabel(JenisPeriode jenis, int nomor, string awal, string akhir, string label)
    {
        var p = new P(2024, jenis, nomor);

        Assert.Equal(DateOnly.Parse(awal, System.Globalization.CultureInfo.InvariantCulture), p.Awal);
        Assert.Equal(DateOnly.Parse(akhir, System.Globalization.CultureInfo.InvariantCulture), p.Akhir);
        Assert.Equal(label, p.Label);
    }

    [Theory]
    [InlineData(JenisPeriode.Bulan, 13)]
    [InlineData(JenisPeriode.Bulan, 0)]
    [InlineData(JenisPeriode.Triwulan, 5)]
    [InlineData(JenisPeriode.Semester, 3)]
    [InlineData(JenisPeriode.Tahun, 2)]
    public void Periode_NumberOutsideKind_IsRejected(JenisPeriode jenis, int nomor) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new P(2024, jenis, nomor));

    [Fact]
    public void Periode_MonthsMapToQuarters()
    {
        Assert.Equal(P.Triwulan(2024, 1), P.Bulan(2024, 3).TriwulanYangMemuat());
        Assert.Equal(P.Triwulan(2024, 2), P.Bulan(2024, 4).TriwulanYangMemuat());
        Assert.True(P.Semester(2024, 1).Memuat(P.Triwulan(2024, 2)));
        Assert.False(P.Semester(2024, 1).Memuat(P.Bulan(2024, 7)));
        Assert.Equal(12, P.SemuaDalam(2024, JenisPeriode.Bulan).Count());
    }

    private static List<NilaiPeriode> Bulanan(params decimal[] nilai) =>
        [.. nilai.Select((n, i) => new NilaiPeriode(P.Bulan(2024, i + 1), n))];

    [Theory]
    [InlineData(CaraAkumulasi.Jumlah, 12, "22")]
    [InlineData(CaraAkumulasi.Terakhir, 12, "1")]
    [InlineData(CaraAkumulasi.RataRata, 3, "3")]
    [InlineData(CaraAkumulasi.Jumlah, 3, "9")]
    [InlineData(CaraAkumulasi.Terakhir, 3, "3")]
    public void Gabung_CombinesPeriodsUpToTheEnd(CaraAkumulasi cara, int sampaiBulan, string hasil)
    {
        var nilai = Bulanan(2, 4, 3, 5, 1, 2, 0, 1, 1, 1, 1, 1);

        var gabung = AkumulasiPeriode.Gabung(nilai, cara, P.Bulan(2024, sampaiBulan));

        Assert.Equal(decimal.Parse(hasil, System.Globalization.CultureInfo.InvariantCulture), gabung);
    }

    [Fact]
    public void Gabung_YearAndQuarter_AreEndsToo()
    {
        var nilai = Bulanan(1, 1, 1, 1);

        Assert.Equal(3m, AkumulasiPeriode.Gabung(nilai, CaraAkumulasi.Jumlah, P.Triwulan(2024, 1)));
        Assert.Equal(4m, AkumulasiPeriode.Gabung(nilai, CaraAkumulasi.Jumlah, P.SetahunPenuh(2024)));
        Assert.Null(AkumulasiPeriode.Gabung([], CaraAkumulasi.Jumlah, P.SetahunPenuh(2024)));
        Assert.Null(AkumulasiPeriode.Gabung(nilai, CaraAkumulasi.Jumlah, P.SetahunPenuh(2023)));
    }

    [Fact]
    public void HitungUlang_SumsVariablesThenAppliesFormula()
    {
        var rumus = new Rumus(["hadir"], ["dpt"]);
        List<VariabelPeriode> periodes =
        [
            new(P.Triwulan(2024, 1), new Dictionary<string, decimal> { ["hadir"] = 10, ["dpt"] = 100 }),
            new(P.Triwulan(2024, 2), new Dictionary<string, decimal> { ["hadir"] = 90, ["dpt"] = 100 }),
        ];

        var hasil = AkumulasiPeriode.HitungUlang(rumus, periodes, P.SetahunPenuh(2024));

        // 100 / 200, not the mean of 10 % and 90 % weighted equally by accident
        Assert.Equal(50m, hasil.Nilai);
        Assert.Equal(10m, AkumulasiPeriode.HitungUlang(rumus, periodes, P.Triwulan(2024, 1)).Nilai);
    }

    [Fact]
    public void HitungUlang_NoPeriods_IsRealisasiKosong() =>
        Assert.Equal(Sakip.Domain.Capaian.AlasanTidakDapatDihitung.RealisasiKosong, AkumulasiPeriode.HitungUlang(new Rumus(["a"], ["b"]), [], P.SetahunPenuh(2024)).Alasan);
}
