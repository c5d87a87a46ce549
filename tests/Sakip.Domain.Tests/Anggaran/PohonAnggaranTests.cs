using Sakip.Domain.Anggaran;

namespace Sakip.Domain.Tests.Anggaran;

/// <summary>The budget tree: sums up the code path per source, absorption exact and half-up, and the checks of DOMAIN.md §6.</summary>
public class PohonAnggaranTests
{
    private const string Program = "076.01.CQ";
    private const string Logistik = "076.01.CQ.6871";

    private static readonly SumberDana Rm = SumberDana.RupiahMurni;
    private static readonly SumberDana Hibah = SumberDana.HibahDalamNegeri;

    [Fact]
    public void TheSeedsTotals_AddUpPerSource_AndAbsorb99_94Percent()
    {
        // LKjIP 2024 Bandar Lampung: APBN 45.080.156.000 and hibah 37.000.000.000, realised 82.032.075.479.
        var pohon = PohonAnggaran.Susun(
        [
            BarisAnggaran.Dari(Program, "Penyelenggaraan Pemilu", Rm, null),
            BarisAnggaran.Dari(Program + ".3357", "Teknis", Rm, 45_080_156_000m, 45_060_000_000m),
            BarisAnggaran.Dari(Program, "Penyelenggaraan Pemilu", Hibah, null),
            BarisAnggaran.Dari(Logistik, "Logistik", Hibah, 37_000_000_000m, 20_000_000_000m, 16_972_075_479m),
        ]);

        Assert.Equal(45_080_156_000m, pohon.PerSumber[Rm].Pagu);
        Assert.Equal(37_000_000_000m, pohon.PerSumber[Hibah].Pagu);
        Assert.Equal(82_080_156_000m, pohon.Jumlah.Pagu);
        Assert.Equal(82_032_075_479m, pohon.Jumlah.Realisasi);
        Assert.Equal(99.94m, pohon.Jumlah.Penyerapan);
        Assert.Equal(48_080_521m, pohon.Jumlah.Sisa);
        Assert.Equal(65_060_000_000m, pohon.Jumlah.RealisasiSampai(1));
        Assert.Equal(2, pohon.Jumlah.BulanTerakhir);
        var program = Assert.Single(pohon.Akar);
        Assert.Equal([Rm, Hibah], program.PerSumber.Keys.Order());
        Assert.Equal([Program + ".3357", Logistik], program.Anak.Select(a => a.Kode.Kode));
        Assert.Empty(pohon.Periksa());
    }

    [Theory]
    [InlineData(1, 3, 33.33)]
    [InlineData(2, 3, 66.67)]
    [InlineData(1, 800, 0.13)] // 0,125 rounds half-up, not to even
    [InlineData(3, 800, 0.38)] // 0,375
    [InlineData(0, 5, 0)]
    [InlineData(7, 7, 100)]
    [InlineData(9, 8, 112.5)]
    public void Absorption_IsExactAndRoundedHalfUpToTwoDecimals(int realisasi, int pagu, decimal persen)
    {
        var angka = new AngkaAnggaran(pagu, BarisAnggaran.Bulanan(realisasi).Select(r => r ?? 0).ToList(), null);
        Assert.Equal(persen, angka.Penyerapan);
        Assert.Equal(persen, AngkaAnggaran.Persen(realisasi, pagu));
    }

    [Fact]
    public void AZeroPagu_HasNoAbsorption()
    {
        Assert.Null(AngkaAnggaran.Nol.Penyerapan);
        Assert.Null(AngkaAnggaran.Persen(5, 0));
    }

    [Fact]
    public void ALineWithoutAmounts_TakesTheSumOfTheLinesBelow_MonthByMonth()
    {
        var pohon = PohonAnggaran.Susun(
        [
            BarisAnggaran.Dari(Program, "Program", Hibah, null),
            BarisAnggaran.Dari(Logistik, "Logistik", Hibah, null),
            BarisAnggaran.Dari(Logistik + ".QGE", "KRO", Hibah, null),
            BarisAnggaran.Dari(Logistik + ".QGE.001", "RO 1", Hibah, 3_310_000m, 0m, 3_310_000m),
            BarisAnggaran.Dari(Logistik + ".QGE.002", "RO 2", Hibah, 3_308_538_000m, 100m, 200m, 300m),
        ]);

        var kro = pohon.Cari(KodeAnggaran.Dari(Logistik + ".QGE"))!;
        Assert.Equal(3_311_848_000m, kro.Jumlah.Pagu);
        Assert.Equal([100m, 3_310_200m, 300m, 0m], kro.Jumlah.RealisasiBulan.Take(4));
        Assert.Equal(3_310_300m, kro.Jumlah.RealisasiSampai(2));
        Assert.Equal(kro.Jumlah.Pagu, pohon.Jumlah.Pagu);
        Assert.Equal(5, pohon.SemuaSimpul().Count());
        Assert.Empty(pohon.Periksa());
    }

    [Fact]
    public void ThePlan_IsCumulatedAndComparedWithRealisation()
    {
        var rencana = BarisAnggaran.Bulanan(100m, 100m, 200m, null, null, null, null, null, null, null, null, 600m);
        var pohon = PohonAnggaran.Susun(
        [
            BarisAnggaran.Dari(Program, "Program", Rm, null),
            new BarisAnggaran(KodeAnggaran.Dari(Logistik), "Logistik", Rm, 1000m, BarisAnggaran.Bulanan(50m, 150m), rencana),
        ]);

        Assert.Equal(200m, pohon.Jumlah.RencanaSampai(2));
        Assert.Equal(20m, pohon.Jumlah.RencanaPersenSampai(2));
        Assert.Equal(20m, pohon.Jumlah.PenyerapanSampai(2));
        Assert.Equal(1000m, pohon.Jumlah.Rencana);
        Assert.Empty(pohon.Periksa());
    }

    public static TheoryData<string, BarisAnggaran[], JenisTemuanAnggaran, string, string[]> Temuans => new()
    {
        {
            "a written pagu that is not the sum below",
            [BarisAnggaran.Dari(Program, "Program", Rm, 1000m), BarisAnggaran.Dari(Logistik, "A", Rm, 600m), BarisAnggaran.Dari(Program + ".3357", "B", Rm, 300m)],
            JenisTemuanAnggaran.RincianTidakSama,
            "Pagu program 076.01.CQ (APBN (Rupiah Murni)) Rp 1.000, jumlah pagu 2 rinciannya Rp 900 (selisih Rp 100)",
            [Logistik, Program + ".3357"]
        },
        {
            "a written month that is not the sum below",
            [BarisAnggaran.Dari(Program, "Program", Rm, null, 10m, 20m, 99m), BarisAnggaran.Dari(Logistik, "A", Rm, 600m, 10m, 20m, 30m)],
            JenisTemuanAnggaran.RincianTidakSama,
            "Realisasi Maret program 076.01.CQ (APBN (Rupiah Murni)) Rp 99, jumlah rinciannya Rp 30",
            [Logistik]
        },
        {
            "realisation above the pagu",
            [BarisAnggaran.Dari(Program, "Program", Hibah, null), BarisAnggaran.Dari(Logistik, "A", Hibah, 600m, 500m, 150m)],
            JenisTemuanAnggaran.RealisasiMelebihiPagu,
            "Realisasi kegiatan 076.01.CQ.6871 (Hibah APBD) Rp 650 melebihi paginya Rp 600 (lebih Rp 50)",
            []
        },
        {
            "a plan that does not add up",
            [BarisAnggaran.Dari(Program, "Program", Rm, null), new BarisAnggaran(KodeAnggaran.Dari(Logistik), "A", Rm, 600m, BarisAnggaran.BulanKosong, BarisAnggaran.Bulanan(100m, 100m))],
            JenisTemuanAnggaran.RencanaTidakSamaPagu,
            "Rencana penarikan dana kegiatan 076.01.CQ.6871 (APBN (Rupiah Murni)) berjumlah Rp 200, tidak sama dengan paginya Rp 600 (selisih -Rp 400)",
            []
        },
    };

    [Theory]
    [MemberData(nameof(Temuans))]
    public void EachCheck_NamesTheLineTheAmountsAndTheLinesInvolved(string kasus, BarisAnggaran[] barises, JenisTemuanAnggaran jenis, string pesan, string[] terlibat)
    {
        var temuan = PohonAnggaran.Susun(barises).Periksa();
        var t = Assert.Single(temuan, t => t.Jenis == jenis);
        Assert.Equal(pesan, t.Pesan);
        Assert.Equal(terlibat, t.Terlibat.Select(k => k.Kode));
        Assert.NotEmpty(kasus);
    }

    public static TheoryData<BarisAnggaran[], (int, string)[]> Rusak => new()
    {
        {
            [BarisAnggaran.Dari(Program, "P", Rm, 1m), BarisAnggaran.Dari(Program, "P lagi", Rm, 1m)],
            [(1, "kode 076.01.CQ (APBN (Rupiah Murni)) sudah ada di baris sebelumnya; satu kode satu baris per sumber dana")]
        },
        {
            [BarisAnggaran.Dari(Program, "P", Rm, 1m), BarisAnggaran.Dari(Logistik + ".QGE", "KRO", Rm, 1m)],
            [(1, "induk kode 076.01.CQ.6871.QGE, yaitu 076.01.CQ.6871 (kegiatan), tidak ada dengan sumber dana APBN (Rupiah Murni); tulis baris induknya lebih dulu")]
        },
        {
            // The parent exists, but in the other source: the hibah is its own tree.
            [BarisAnggaran.Dari(Program, "P", Rm, 1m), BarisAnggaran.Dari(Logistik, "Logistik", Hibah, 1m)],
            [(1, "induk kode 076.01.CQ.6871, yaitu 076.01.CQ (program), tidak ada dengan sumber dana Hibah APBD; tulis baris induknya lebih dulu")]
        },
    };

    [Theory]
    [MemberData(nameof(Rusak))]
    public void ATreeThatCannotStand_IsRefusedLineByLine(BarisAnggaran[] barises, (int, string)[] kesalahan)
    {
        Assert.False(PohonAnggaran.TrySusun(barises, out var pohon, out var salah));
        Assert.Null(pohon);
        Assert.Equal(kesalahan, salah);
        Assert.Throws<ArgumentException>(() => PohonAnggaran.Susun(barises));
    }

    [Theory]
    [InlineData("RM", SumberDana.RupiahMurni)]
    [InlineData("apbn", SumberDana.RupiahMurni)]
    [InlineData(" Rupiah  Murni ", SumberDana.RupiahMurni)]
    [InlineData("Hibah APBD", SumberDana.HibahDalamNegeri)]
    [InlineData("hibah-apbd", SumberDana.HibahDalamNegeri)]
    [InlineData("HLD", SumberDana.HibahDalamNegeri)]
    [InlineData("pnbp", SumberDana.Pnbp)]
    [InlineData("sbsn", SumberDana.Sbsn)]
    public void ASource_IsReadAsFinanceStaffWriteIt_AndItsCodeReadsBack(string teks, SumberDana sumber)
    {
        Assert.True(SumberDanaTeks.TryBaca(teks, out var s));
        Assert.Equal(sumber, s);
        Assert.True(SumberDanaTeks.TryBaca(SumberDanaTeks.Kode(s), out var lagi));
        Assert.Equal(s, lagi);
    }

    [Theory]
    [InlineData("")]
    [InlineData("dana desa")]
    [InlineData("rm2")]
    public void AnUnknownSource_IsNotGuessed(string teks) => Assert.False(SumberDanaTeks.TryBaca(teks, out _));

    [Fact]
    public void EverySource_HasANameAndACodeThatReadsBack()
    {
        foreach (var s in Enum.GetValues<SumberDana>())
        {
            Assert.NotEmpty(SumberDanaTeks.Nama(s));
            Assert.NotEmpty(SumberDanaTeks.Singkat(s));
            Assert.True(SumberDanaTeks.TryBaca(SumberDanaTeks.Kode(s), out var lagi));
            Assert.Equal(s, lagi);
        }
    }
}
