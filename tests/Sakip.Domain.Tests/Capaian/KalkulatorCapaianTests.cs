using System.Globalization;
using Sakip.Domain.Capaian;

namespace Sakip.Domain.Tests.Capaian;

public class KalkulatorCapaianTests
{
    private static readonly KebijakanCapaian Bawaan = KebijakanCapaian.Bawaan;

    private static decimal D(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);

    private static decimal Bulat(decimal? x) => Math.Round(x!.Value, 2, MidpointRounding.AwayFromZero);

    private static KebijakanCapaian Dengan(RumusTurun rumus = RumusTurun.DuaTargetKurangRealisasi, BatasCapaian batas = BatasCapaian.TanpaBatas) =>
        Bawaan with { RumusTurun = rumus, Batas = batas };

    [Theory]
    [InlineData("100", "100", "100")]
    [InlineData("90", "100", "111.11")]
    [InlineData("77", "51", "66.23")]
    [InlineData("12", "22", "183.33")]
    [InlineData("95", "100", "105.26")]
    [InlineData("100", "90", "90")]
    [InlineData("4", "4", "100")]
    [InlineData("100", "0", "0")]
    public void Capaian_HigherIsBetter_IsRealisasiOverTarget(string target, string realisasi, string capaian)
    {
        var hasil = KalkulatorCapaian.Hitung(new TargetAngka(D(target)), Polaritas.Naik, new RealisasiAngka(D(realisasi)), Bawaan);

        Assert.Equal(D(capaian), Bulat(hasil.Nilai));
        Assert.Equal(hasil.Mentah, hasil.Nilai);
    }

    [Theory]
    [InlineData("0.16", "0.09", "143.75")]
    [InlineData("0.16", "0.16", "100")]
    [InlineData("0.16", "0.32", "0")]
    [InlineData("10", "5", "150")]
    [InlineData("10", "15", "50")]
    public void Capaian_LowerIsBetter_UsesTwiceTargetMinusRealisasi(string target, string realisasi, string capaian)
    {
        var hasil = KalkulatorCapaian.Hitung(new TargetAngka(D(target)), Polaritas.Turun, new RealisasiAngka(D(realisasi)), Bawaan);

        Assert.Equal(D(capaian), Bulat(hasil.Nilai));
    }

    [Theory]
    [InlineData("0.16", "0.09", "177.78")]
    [InlineData("10", "20", "50")]
    [InlineData("0.16", "1.60", "10")]
    public void Capaian_LowerIsBetterTargetOverRealisasi_IsTargetOverRealisasi(string target, string realisasi, string capaian)
    {
        var hasil = KalkulatorCapaian.Hitung(new TargetAngka(D(target)), Polaritas.Turun, new RealisasiAngka(D(realisasi)), Dengan(RumusTurun.TargetBagiRealisasi));

        Assert.Equal(D(capaian), Bulat(hasil.Nilai));
    }

    [Fact]
    public void Capaian_LowerIsBetterFarAboveTarget_FloorsAtZeroButKeepsRaw()
    {
        var hasil = KalkulatorCapaian.Hitung(new TargetAngka(0.16m), Polaritas.Turun, new RealisasiAngka(1.60m), Bawaan);

        Assert.Equal(-800m, hasil.Mentah);
        Assert.Equal(0m, hasil.Nilai);
    }

    [Theory]
    [InlineData(RumusTurun.DuaTargetKurangRealisasi, BatasCapaian.TanpaBatas, null)]
    [InlineData(RumusTurun.TargetBagiRealisasi, BatasCapaian.TanpaBatas, null)]
    [InlineData(RumusTurun.DuaTargetKurangRealisasi, BatasCapaian.Seratus, "100")]
    [InlineData(RumusTurun.TargetBagiRealisasi, BatasCapaian.SeratusDuaPuluh, "120")]
    [InlineData(RumusTurun.TargetBagiRealisasi, BatasCapaian.Aturan110Jadi120, "120")]
    public void Capaian_LowerIsBetterRealisasiZero_IsTheCapOrCannotBeComputed(RumusTurun rumus, BatasCapaian batas, string? capaian)
    {
        var hasil = KalkulatorCapaian.Hitung(new TargetAngka(0.16m), Polaritas.Turun, new RealisasiAngka(0m), Dengan(rumus, batas));

        if (capaian is null)
        {
            Assert.False(hasil.DapatDihitung);
            Assert.Equal(AlasanTidakDapatDihitung.RealisasiNolTanpaBatas, hasil.Alasan);
        }
        else
        {
            Assert.Equal(D(capaian), hasil.Nilai);
        }
    }

    [Theory]
    [InlineData(BatasCapaian.TanpaBatas, "183.33", "183.33")]
    [InlineData(BatasCapaian.Seratus, "183.33", "100")]
    [InlineData(BatasCapaian.SeratusDuaPuluh, "183.33", "120")]
    [InlineData(BatasCapaian.Aturan110Jadi120, "183.33", "120")]
    [InlineData(BatasCapaian.Aturan110Jadi120, "110", "110")]
    [InlineData(BatasCapaian.Aturan110Jadi120, "110.01", "120")]
    [InlineData(BatasCapaian.Aturan110Jadi120, "105", "105")]
    [InlineData(BatasCapaian.Seratus, "90", "90")]
    [InlineData(BatasCapaian.SeratusDuaPuluh, "119.99", "119.99")]
    public void Capaian_Cap_AppliesToValueAndKeepsRaw(BatasCapaian batas, string mentahPersen, string nilai)
    {
        var realisasi = D(mentahPersen);
        var hasil = KalkulatorCapaian.Hitung(new TargetAngka(100m), Polaritas.Naik, new RealisasiAngka(realisasi), Dengan(batas: batas));

        Assert.Equal(realisasi, hasil.Mentah);
        Assert.Equal(D(nilai), hasil.Nilai);
    }

    [Fact]
    public void Capaian_DemoDptIndicatorCappedAt100_Is100()
    {
        var hasil = KalkulatorCapaian.Hitung(new TargetAngka(0.16m, "persen"), Polaritas.Turun, new RealisasiAngka(0.09m, "persen"), Dengan(batas: BatasCapaian.Seratus));

        Assert.Equal(100m, hasil.Nilai);
        Assert.Equal(143.75m, hasil.Mentah);
    }

    [Theory]
    [InlineData(Polaritas.Naik, "85", "100")]
    [InlineData(Polaritas.Naik, "80", "100")]
    [InlineData(Polaritas.Naik, "90", "100")]
    [InlineData(Polaritas.Naik, "92", "102.22")]
    [InlineData(Polaritas.Naik, "70", "87.5")]
    [InlineData(Polaritas.Turun, "6.5", "107.14")]
    [InlineData(Polaritas.Turun, "9", "87.5")]
    [InlineData(Polaritas.Turun, "7.5", "100")]
    public void Capaian_Band_InsideIs100OutsideUsesNearerBound(Polaritas polaritas, string realisasi, string capaian)
    {
        var target = polaritas == Polaritas.Naik ? new TargetRentang(80m, 90m, "persen") : new TargetRentang(7m, 8m, "bulan");
        var satuan = polaritas == Polaritas.Naik ? "persen" : "bulan";

        var hasil = KalkulatorCapaian.Hitung(target, polaritas, new RealisasiAngka(D(realisasi), satuan), Bawaan);

        Assert.Equal(D(capaian), Bulat(hasil.Nilai));
    }

    [Theory]
    [InlineData("B", "BB", "116.67")]
    [InlineData("B", "B", "100")]
    [InlineData("BB", "B", "85.71")]
    [InlineData("B", "A", "133.33")]
    [InlineData("AA", "A", "88.89")]
    [InlineData("B", "D", "0")]
    [InlineData("b", "bb", "116.67")]
    public void Capaian_Grade_MapsGradesToNumbers(string target, string realisasi, string capaian)
    {
        var hasil = KalkulatorCapaian.Hitung(new TargetPredikat(target), Polaritas.Naik, new RealisasiPredikat(realisasi), Bawaan);

        Assert.Equal(D(capaian), Bulat(hasil.Nilai));
    }

    [Fact]
    public void Capaian_GradeWithEditedValues_UsesPolicyNumbers()
    {
        var skala = SkalaPredikat.Sakip.DenganNilai("B", 65m).DenganNilai("BB", 75m);
        var kebijakan = Bawaan with { SkalaPredikats = [skala, SkalaPredikat.OpiniBpk] };

        var hasil = KalkulatorCapaian.Hitung(new TargetPredikat("B"), Polaritas.Naik, new RealisasiPredikat("BB"), kebijakan);

        Assert.Equal(115.38m, Bulat(hasil.Nilai));
    }

    [Theory]
    [InlineData("WTP", "WTP", "100")]
    [InlineData("WTP", "WDP", "75")]
    [InlineData("WDP", "WTP", "133.33")]
    public void Capaian_BpkOpinion_UsesBpkScale(string target, string realisasi, string capaian)
    {
        var hasil = KalkulatorCapaian.Hitung(new TargetPredikat(target, SkalaPredikat.NamaOpiniBpk), Polaritas.Naik, new RealisasiPredikat(realisasi), Bawaan);

        Assert.Equal(D(capaian), Bulat(hasil.Nilai));
    }

    [Theory]
    [InlineData("2024-06-30", "2024-06-15", "100")]
    [InlineData("2024-06-30", "2024-06-30", "100")]
    [InlineData("2024-06-30", "2024-07-01", "0")]
    [InlineData(null, "2024-12-31", "100")]
    [InlineData("2024-06-30", null, "0")]
    [InlineData(null, null, "0")]
    public void Capaian_Milestone_DoneByDeadlineIs100(string? batas, string? selesai, string capaian)
    {
        var target = new TargetMilestone(batas is null ? null : DateOnly.Parse(batas, CultureInfo.InvariantCulture));
        var realisasi = new RealisasiMilestone(selesai is null ? null : DateOnly.Parse(selesai, CultureInfo.InvariantCulture));

        var hasil = KalkulatorCapaian.Hitung(target, Polaritas.Naik, realisasi, Bawaan);

        Assert.Equal(D(capaian), hasil.Nilai);
    }

    public static TheoryData<Target, Polaritas, Realisasi?, AlasanTidakDapatDihitung> TidakDapatDihitung => new()
    {
        { new TargetAngka(0m), Polaritas.Naik, new RealisasiAngka(5m), AlasanTidakDapatDihitung.TargetNol },
        { new TargetAngka(0m), Polaritas.Turun, new RealisasiAngka(5m), AlasanTidakDapatDihitung.TargetNol },
        { new TargetAngka(100m), Polaritas.Naik, null, AlasanTidakDapatDihitung.RealisasiKosong },
        { new TargetPredikat("B"), Polaritas.Naik, null, AlasanTidakDapatDihitung.RealisasiKosong },
        { new TargetAngka(100m), Polaritas.Naik, new RealisasiAngka(-1m), AlasanTidakDapatDihitung.NilaiNegatif },
        { new TargetAngka(-100m), Polaritas.Naik, new RealisasiAngka(1m), AlasanTidakDapatDihitung.NilaiNegatif },
        { new TargetRentang(80m, 90m), Polaritas.Naik, new RealisasiAngka(-1m), AlasanTidakDapatDihitung.NilaiNegatif },
        { new TargetAngka(12m, "kali"), Polaritas.Naik, new RealisasiAngka(12m, "persen"), AlasanTidakDapatDihitung.SatuanBerbeda },
        { new TargetRentang(7m, 8m, "bulan"), Polaritas.Turun, new RealisasiAngka(7m, "kali"), AlasanTidakDapatDihitung.SatuanBerbeda },
        { new TargetPredikat("B"), Polaritas.Naik, new RealisasiPredikat("Z"), AlasanTidakDapatDihitung.PredikatTidakDikenal },
        { new TargetPredikat("B", "TIDAK_ADA"), Polaritas.Naik, new RealisasiPredikat("B"), AlasanTidakDapatDihitung.PredikatTidakDikenal },
        { new TargetPredikat("D"), Polaritas.Naik, new RealisasiPredikat("B"), AlasanTidakDapatDihitung.TargetNol },
        { new TargetPredikat("B"), Polaritas.Naik, new RealisasiAngka(70m), AlasanTidakDapatDihitung.JenisBerbeda },
        { new TargetAngka(100m), Polaritas.Naik, new RealisasiPredikat("A"), AlasanTidakDapatDihitung.JenisBerbeda },
        { new TargetMilestone(), Polaritas.Naik, new RealisasiAngka(1m), AlasanTidakDapatDihitung.JenisBerbeda },
    };

    [Theory]
    [MemberData(nameof(TidakDapatDihitung))]
    public void Capaian_InvalidInput_IsTidakDapatDihitungWithReason(Target target, Polaritas polaritas, Realisasi? realisasi, AlasanTidakDapatDihitung alasan)
    {
        var hasil = KalkulatorCapaian.Hitung(target, polaritas, realisasi, Bawaan);

        Assert.False(hasil.DapatDihitung);
        Assert.Equal(alasan, hasil.Alasan);
        Assert.Null(hasil.Nilai);
        Assert.Null(hasil.Mentah);
        Assert.False(string.IsNullOrWhiteSpace(alasan.Uraian()));
    }

    [Theory]
    [InlineData(Polaritas.Naik, "6", "120")]
    [InlineData(Polaritas.Naik, "0", "100")]
    [InlineData(Polaritas.Turun, "6", "80")]
    public void Capaian_BandStartingAtZero_IsMeasuredAgainstNearerBound(Polaritas polaritas, string realisasi, string capaian)
    {
        var hasil = KalkulatorCapaian.Hitung(new TargetRentang(0m, 5m), polaritas, new RealisasiAngka(D(realisasi)), Bawaan);

        Assert.Equal(D(capaian), hasil.Nilai);
    }

    [Fact]
    public void Capaian_NoTarget_IsTargetKosongEvenWithoutRealisasi()
    {
        Assert.Equal(AlasanTidakDapatDihitung.TargetKosong, KalkulatorCapaian.Hitung(null, Polaritas.Naik, new RealisasiAngka(1m), Bawaan).Alasan);
        Assert.Equal(AlasanTidakDapatDihitung.TargetKosong, KalkulatorCapaian.Hitung(null, Polaritas.Naik, null, Bawaan).Alasan);
    }

    [Fact]
    public void Capaian_SameUnitDifferentSpelling_IsComputed()
    {
        var hasil = KalkulatorCapaian.Hitung(new TargetAngka(1m, "Laporan"), Polaritas.Naik, new RealisasiAngka(1m, "lap"), Bawaan);

        Assert.Equal(100m, hasil.Nilai);
    }

    [Fact]
    public void Alasan_EveryReason_HasIndonesianText()
    {
        foreach (var alasan in Enum.GetValues<AlasanTidakDapatDihitung>())
        {
            Assert.False(string.IsNullOrWhiteSpace(alasan.Uraian()));
        }
    }
}
