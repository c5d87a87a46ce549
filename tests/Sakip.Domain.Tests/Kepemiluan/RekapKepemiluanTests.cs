using Sakip.Domain.Kepemiluan;

namespace Sakip.Domain.Tests.Kepemiluan;

public class RekapKepemiluanTests
{
    private static BarisKepemiluan Baris(string kode, params string[] isian) => new(KodeWilayah.Dari(kode), "W" + kode, AngkaUji.Angka(isian));

    [Fact]
    public void TpsRows_RollUpThroughKelurahanWithoutRows_ToTheKecamatan()
    {
        var rekap = RekapKepemiluan.Hitung(
            [
                Baris("1871011003001", "dpt_l=100", "dpt_p=100", "pengguna_l=50", "pengguna_p=60"),
                Baris("1871011003002", "dpt_l=90", "dpt_p=110", "pengguna_l=45", "pengguna_p=66"),
                Baris("1871011004001", "dpt_l=10", "dpt_p=10", "pengguna_l=5", "pengguna_p=6"),
                Baris("187101", "dpt=420"),
            ],
            JenisPemilihan.Pemilu);

        Assert.Equal(["187101"], rekap.Puncaks.Select(k => k.Kode));
        Assert.Equal(["1871011003", "1871011004"], rekap.Anak(KodeWilayah.Dari("187101")).Select(k => k.Kode));
        var kel = rekap.Angka(KodeWilayah.Dari("1871011003"));
        Assert.Equal(400, kel.Nilai(KolomKepemiluan.Dpt));
        Assert.Equal(221, kel.Nilai(KolomKepemiluan.Pengguna));
        var kec = rekap.Total;
        Assert.Equal(420, kec.Nilai(KolomKepemiluan.Dpt));
        Assert.Equal(232, kec.Nilai(KolomKepemiluan.Pengguna));
        Assert.Equal(232 * 100m / 420, kec.Partisipasi());
        Assert.Equal(100m * 100 / 200, kec.PartisipasiL());
        Assert.Empty(rekap.Temuans);
        Assert.Equal("W187101", rekap.Nama(KodeWilayah.Dari("187101")));
        Assert.Equal("18.71.01.1003", rekap.Nama(KodeWilayah.Dari("1871011003")));
    }

    [Fact]
    public void AParentRowDisagreeingWithItsChildren_IsAFindingPerColumn_AndTheChildrenWin()
    {
        var rekap = RekapKepemiluan.Hitung(
            [
                Baris("187101", "dpt_l=10", "dpt_p=10", "suara_1=5"),
                Baris("187102", "dpt_l=20", "dpt_p=20", "suara_1=7"),
                Baris("1871", "dpt_l=31", "dpt_p=30", "suara_1=13", "surat_suara_diterima=99"),
            ],
            JenisPemilihan.Pilkada);

        Assert.Equal(
            [
                ("dpt_l", "DPT laki-laki: 2 wilayah di bawahnya berjumlah 30, tertulis 31 (selisih 1)."),
                ("suara_1", "suara nomor urut 1: 2 wilayah di bawahnya berjumlah 12, tertulis 13 (selisih 1)."),
            ],
            rekap.Temuans.Where(t => t.Aturan == AturanKepemiluan.JumlahAnak).Select(t => (t.Kolom, t.Pesan)));
        Assert.Equal(30, rekap.Total.Nilai(KolomKepemiluan.DptL));
        Assert.Equal(12, rekap.Total.Suara(1));
        Assert.Equal(99, rekap.Total.Nilai(KolomKepemiluan.SuratSuaraDiterima));
    }

    [Fact]
    public void RowsOfSeveralProvinces_AreTotalledAboveTheirTops()
    {
        var rekap = RekapKepemiluan.Hitung([Baris("1871", "dpt=5"), Baris("3171", "dpt=7"), Baris("187101", "dpt=5")], JenisPemilihan.Pemilu);
        Assert.Equal(["18", "31"], rekap.Puncaks.Select(k => k.Kode));
        Assert.Equal(12, rekap.Total.Nilai(KolomKepemiluan.Dpt));
    }

    [Fact]
    public void TpsRowsOnly_RollUpToTheRegionTheyShare()
    {
        var rekap = RekapKepemiluan.Hitung([Baris("1871011003001", "dpt=5"), Baris("1871021001001", "dpt=7")], JenisPemilihan.Pemilu);
        Assert.Equal(["1871"], rekap.Puncaks.Select(k => k.Kode));
        Assert.Equal(["187101", "187102"], rekap.Anak(KodeWilayah.Dari("1871")).Select(k => k.Kode));
        Assert.Equal(12, rekap.Total.Nilai(KolomKepemiluan.Dpt));
    }

    [Fact]
    public void Streaming_GivesTheSameFiguresAndFindings_WithoutKeepingTheTps()
    {
        BarisKepemiluan[] barises =
        [
            Baris("1871011003001", "dpt_l=100", "dpt_p=100", "pengguna_l=50", "pengguna_p=60", "suara_1=3"),
            Baris("1871011003002", "dpt_l=90", "dpt_p=110", "dpt=201", "pengguna_l=45", "pengguna_p=66", "suara_1=4"),
            Baris("1871011004001", "dpt_l=10", "dpt_p=10", "pengguna_l=5", "pengguna_p=6"),
            Baris("1871011003", "dpt_l=191"),
            Baris("187101", "dpt=420"),
        ];
        var penuh = RekapKepemiluan.Hitung(barises, JenisPemilihan.Pemilu);
        var bertahap = RekapKepemiluan.HitungBertahap(barises, JenisPemilihan.Pemilu);
        foreach (var kode in new[] { "187101", "1871011003", "1871011004" }.Select(KodeWilayah.Dari))
        {
            for (var i = 0; i < KatalogKolom.Jumlah; i++)
            {
                Assert.Equal(penuh.Angka(kode).Nilai((KolomKepemiluan)i), bertahap.Angka(kode).Nilai((KolomKepemiluan)i));
            }

            Assert.Equal(penuh.Angka(kode).Suara(1), bertahap.Angka(kode).Suara(1));
        }

        Assert.DoesNotContain(bertahap.Wilayahs, k => k.Tingkat == TingkatWilayah.Tps);
        Assert.Equal(penuh.Temuans.Select(t => $"{t.Aturan} {t.Kode} {t.Kolom} {t.Pesan}").Order(StringComparer.Ordinal), bertahap.Temuans.Select(t => $"{t.Aturan} {t.Kode} {t.Kolom} {t.Pesan}").Order(StringComparer.Ordinal));
        Assert.Equal(3, penuh.Temuans.Count);
    }

    [Fact]
    public void AStoredRollUp_RebuildsTheSameTree_FromItsRegionsInAnyOrder()
    {
        var rekap = RekapKepemiluan.Hitung(
            [
                Baris("1871011003", "dpt_l=100", "dpt_p=100", "pengguna_l=50", "pengguna_p=60", "suara_1=100"),
                Baris("1871011004", "dpt_l=10", "dpt_p=10", "pengguna_l=5", "pengguna_p=6", "suara_1=10"),
                Baris("1871021001", "dpt_l=7", "dpt_p=8"),
                Baris("1871", "dpt_l=117", "dpt_p=118", "surat_suara_diterima=99"),
            ],
            JenisPemilihan.Pilkada);

        var tersimpan = RekapKepemiluan.Tersimpan(rekap.Wilayahs.Reverse().Select(k => new BarisKepemiluan(k, rekap.Nama(k), rekap.Angka(k))));

        Assert.Equal(rekap.Wilayahs, tersimpan.Wilayahs);
        Assert.Equal(["1871"], tersimpan.Puncaks.Select(k => k.Kode));
        Assert.All(rekap.Wilayahs, k => Assert.Equal((rekap.Nama(k), rekap.Anak(k)), (tersimpan.Nama(k), tersimpan.Anak(k)), new PasanganSama()));
        Assert.Equal(rekap.Total.Partisipasi(), tersimpan.Total.Partisipasi());
        Assert.Equal((110L, 99L), (tersimpan.Total.Suara(1)!.Value, tersimpan.Total.Nilai(KolomKepemiluan.SuratSuaraDiterima)!.Value));
        Assert.Empty(tersimpan.Temuans);
        Assert.True(tersimpan.Ada(KodeWilayah.Dari("187102")));
        Assert.False(tersimpan.Ada(KodeWilayah.Dari("187103")));
    }

    [Fact]
    public void AStoredRollUp_WithoutItsParents_HasEachRegionAsATop()
    {
        var tersimpan = RekapKepemiluan.Tersimpan([Baris("187102", "dpt=5"), Baris("187101", "dpt=4"), Baris("1871011003", "dpt=4")]);
        Assert.Equal(["187101", "187102"], tersimpan.Puncaks.Select(k => k.Kode));
        Assert.Equal(9, tersimpan.Total.Nilai(KolomKepemiluan.Dpt));
        Assert.Throws<ArgumentException>(() => RekapKepemiluan.Tersimpan([Baris("1871"), Baris("1871")]));
    }

    [Fact]
    public void TheStreamingRollUp_FedRowByRow_IsTheOneOfTheWholeList()
    {
        BarisKepemiluan[] barises =
        [
            Baris("1871011003001", "dpt_l=100", "dpt_p=100", "pengguna_l=50", "pengguna_p=60"),
            Baris("1871011003002", "dpt_l=90", "dpt_p=110", "pengguna_l=45", "pengguna_p=66"),
            Baris("1871011003", "dpt=401"),
            Baris("187101", "dpt=401"),
        ];
        var penghitung = new RekapKepemiluan.Penghitung(JenisPemilihan.Pemilu);
        foreach (var b in barises)
        {
            penghitung.Tambah(b);
        }

        var bertahap = penghitung.Selesai();
        var sekaligus = RekapKepemiluan.Hitung(barises, JenisPemilihan.Pemilu);
        Assert.Equal(sekaligus.Temuans.Select(t => (t.Kode.Kode, t.Aturan, t.Kolom)).Order(), bertahap.Temuans.Select(t => (t.Kode.Kode, t.Aturan, t.Kolom)).Order());
        Assert.Equal(2, bertahap.Temuans.Count);
        Assert.Equal(sekaligus.Total.Nilai(KolomKepemiluan.Pengguna), bertahap.Total.Nilai(KolomKepemiluan.Pengguna));
        Assert.Equal(["1871011003"], bertahap.Anak(KodeWilayah.Dari("187101")).Select(k => k.Kode));
        Assert.Empty(bertahap.Anak(KodeWilayah.Dari("1871011003")));
    }

    private sealed class PasanganSama : IEqualityComparer<(string, IReadOnlyList<KodeWilayah>)>
    {
        public bool Equals((string, IReadOnlyList<KodeWilayah>) x, (string, IReadOnlyList<KodeWilayah>) y) => x.Item1 == y.Item1 && x.Item2.SequenceEqual(y.Item2);

        public int GetHashCode((string, IReadOnlyList<KodeWilayah>) obj) => obj.Item1.GetHashCode(StringComparison.Ordinal);
    }

    [Fact]
    public void NoRows_NoTree() => Assert.Empty(RekapKepemiluan.Hitung([], JenisPemilihan.Pemilu).Wilayahs);

    [Fact]
    public void ARepeatedCode_IsABugOfTheCaller() =>
        Assert.Throws<ArgumentException>(() => RekapKepemiluan.Hitung([Baris("1871"), Baris("1871")], JenisPemilihan.Pemilu));

    [Theory]
    [InlineData(new[] { "pengguna=52", "dpt=100" }, "52")]
    [InlineData(new[] { "pengguna_l=20", "pengguna_p=32", "dpt_l=50", "dpt_p=50" }, "52")]
    [InlineData(new[] { "pengguna=52" }, null)]
    [InlineData(new[] { "pengguna=52", "dpt=0" }, null)]
    public void Participation_IsUsersOverDpt_AndUnknownWithoutBoth(string[] isian, string? persen) =>
        Assert.Equal(persen is null ? null : decimal.Parse(persen, System.Globalization.CultureInfo.InvariantCulture), AngkaUji.Angka(isian).Partisipasi());

    [Fact]
    public void TheDpkShare_UsesTheListsOrElseTheirUsers()
    {
        Assert.Equal(679 * 100m / (786182 + 382), AngkaUji.Angka("dpt=786182", "pengguna_dptb=382", "dpk=679").PangsaDpk());
        Assert.Equal(10 * 100m / 1000, AngkaUji.Angka("dpt=990", "dptb=10", "pengguna_dpk=10").PangsaDpk());
        Assert.Null(AngkaUji.Angka("dpt=990", "dpk=10").PangsaDpk());
    }
}
