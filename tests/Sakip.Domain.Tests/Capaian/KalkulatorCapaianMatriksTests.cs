using Sakip.Domain.Capaian;

namespace Sakip.Domain.Tests.Capaian;

/// <summary>
/// The policy matrix crossed (issue 8): every value kind (numbers and bands, higher or lower is
/// better, grades) under both lower-is-better formulas and every cap. The expected raw capaian is
/// worked out by hand per kind and formula; the cap is applied by the rule as DOMAIN.md states it,
/// so each of the forty cells checks both the formula and the cap.
/// </summary>
public class KalkulatorCapaianMatriksTests
{
    public enum Jenis
    {
        AngkaNaik,
        AngkaTurun,
        RentangNaik,
        RentangTurun,
        Predikat,
    }

    /// <summary>The inputs of a kind, and its raw capaian under 2T-R and T/R, worked out by hand.</summary>
    private static (Target Target, Polaritas Polaritas, Realisasi Realisasi, decimal DuaTKurangR, decimal TBagiR) Kasus(Jenis jenis) => jenis switch
    {
        // 100 / 80: the formula for lower-is-better does not apply.
        Jenis.AngkaNaik => (new TargetAngka(80m, "persen"), Polaritas.Naik, new RealisasiAngka(100m, "persen"), 125m, 125m),

        // (2 x 10 - 5) / 10 = 150 %; 10 / 5 = 200 %.
        Jenis.AngkaTurun => (new TargetAngka(10m, "persen"), Polaritas.Turun, new RealisasiAngka(5m, "persen"), 150m, 200m),

        // Above the band 80-90: 99 / 90 = 110 % (the nearer bound).
        Jenis.RentangNaik => (new TargetRentang(80m, 90m, "persen"), Polaritas.Naik, new RealisasiAngka(99m, "persen"), 110m, 110m),

        // Below the band 7-8 months, lower is better, against the lower bound 7: (14 - 5) / 7; 7 / 5.
        Jenis.RentangTurun => (new TargetRentang(7m, 8m, "bulan"), Polaritas.Turun, new RealisasiAngka(5m, "bulan"), 9m / 7m * 100m, 140m),

        // Grades: target B (60), realisasi A (80) on the SAKIP scale: 80 / 60.
        _ => (new TargetPredikat("B"), Polaritas.Naik, new RealisasiPredikat("A"), 80m / 60m * 100m, 80m / 60m * 100m),
    };

    /// <summary>The cap as DOMAIN.md section 5 states it.</summary>
    private static decimal Batasi(decimal mentah, BatasCapaian batas) => batas switch
    {
        BatasCapaian.Seratus => Math.Min(mentah, 100m),
        BatasCapaian.SeratusDuaPuluh => Math.Min(mentah, 120m),
        BatasCapaian.Aturan110Jadi120 => mentah > 110m ? 120m : mentah,
        _ => mentah,
    };

    public static TheoryData<Jenis, RumusTurun, BatasCapaian> Matriks()
    {
        var data = new TheoryData<Jenis, RumusTurun, BatasCapaian>();
        foreach (var jenis in Enum.GetValues<Jenis>())
        {
            foreach (var rumus in Enum.GetValues<RumusTurun>())
            {
                foreach (var batas in Enum.GetValues<BatasCapaian>())
                {
                    data.Add(jenis, rumus, batas);
                }
            }
        }

        return data;
    }

    [Fact]
    public void TheMatrix_CoversEveryFormulaAndCap()
    {
        Assert.Equal(Enum.GetValues<Jenis>().Length * 2 * 4, Matriks().Count);
        Assert.Equal(2, Enum.GetValues<RumusTurun>().Length);
        Assert.Equal(4, Enum.GetValues<BatasCapaian>().Length);
    }

    [Theory]
    [MemberData(nameof(Matriks))]
    public void EveryKind_UnderEveryFormulaAndCap(Jenis jenis, RumusTurun rumus, BatasCapaian batas)
    {
        var (target, polaritas, realisasi, duaTKurangR, tBagiR) = Kasus(jenis);
        var mentah = rumus == RumusTurun.DuaTargetKurangRealisasi ? duaTKurangR : tBagiR;

        var hasil = KalkulatorCapaian.Hitung(target, polaritas, realisasi, KebijakanCapaian.Bawaan with { RumusTurun = rumus, Batas = batas });

        Assert.Equal(Math.Round(mentah, 2, MidpointRounding.AwayFromZero), Math.Round(hasil.Mentah!.Value, 2, MidpointRounding.AwayFromZero));
        Assert.Equal(Math.Round(Batasi(mentah, batas), 2, MidpointRounding.AwayFromZero), Math.Round(hasil.Nilai!.Value, 2, MidpointRounding.AwayFromZero));
    }
}
