using Sakip.Domain.Agregasi;
using Sakip.Domain.Periode;

namespace Sakip.Domain.Tests.Agregasi;

/// <summary>Indicators shared by several satker are combined only where the sum means something.</summary>
public class AgregasiLintasSatkerTests
{
    private static Dictionary<string, decimal> V(params (string Nama, decimal Nilai)[] v) => v.ToDictionary(x => x.Nama, x => x.Nilai, StringComparer.Ordinal);

    private static IndikatorSatker Partisipasi(string satker, decimal pemilih, decimal dpt) =>
        new(satker, "1.1", "Partisipasi pemilih", "%", "pemilih / dpt x 100", CaraAkumulasi.HitungUlangDariVariabel, pemilih / dpt * 100, V(("pemilih", pemilih), ("dpt", dpt)));

    [Fact]
    public void AFormula_IsRecomputedFromTheSummedVariables_NotAMeanOfPercentages()
    {
        // 90 of 100 and 600 of 1.000: the mean of 90 % and 60 % is 75 %, the participation is 690 / 1.100.
        var hasil = Assert.Single(AgregasiLintasSatker.Gabung([Partisipasi("1801", 90, 100), Partisipasi("1871", 600, 1000)]));
        Assert.Equal((CaraLintasSatker.JumlahVariabel, 2, 2, "persen"), (hasil.Cara, hasil.JumlahSatker, hasil.SatkerBernilai, hasil.Satuan));
        Assert.Equal(690m / 1100m * 100m, hasil.Nilai);
        Assert.Equal(new Dictionary<string, decimal> { ["pemilih"] = 690, ["dpt"] = 1100 }, hasil.Variabel);
        Assert.Equal("Dihitung ulang: pemilih / dpt x 100 atas jumlah variabel.", hasil.Alasan);
    }

    public static TheoryData<string, IndikatorSatker[], CaraLintasSatker, decimal?, int, string?> Kasus => new()
    {
        {
            "counts are summed",
            [new("1801", "2.1", "Jumlah sosialisasi", "kegiatan", null, CaraAkumulasi.Jumlah, 12, null), new("1871", "2.1", "Jumlah sosialisasi", "kegiatan", null, CaraAkumulasi.Jumlah, 30, null), new("1802", "2.1", "Jumlah sosialisasi", "kegiatan", null, CaraAkumulasi.Jumlah, null, null)],
            CaraLintasSatker.Jumlah, 42m, 2, null
        },
        {
            "a percentage without variables is not averaged",
            [new("1801", "3.1", "Persentase laporan tepat waktu", "persen", null, CaraAkumulasi.RataRata, 80, null), new("1871", "3.1", "Persentase laporan tepat waktu", "persen", null, CaraAkumulasi.RataRata, 100, null)],
            CaraLintasSatker.TidakDigabung, null, 0, "Tanpa pembilang dan penyebut: nilai satker tidak dirata-ratakan."
        },
        {
            "a sum of percentages is not a count",
            [new("1801", "3.2", "Persentase", "persen", null, CaraAkumulasi.Jumlah, 80, null), new("1871", "3.2", "Persentase", "persen", null, CaraAkumulasi.Jumlah, 100, null)],
            CaraLintasSatker.TidakDigabung, null, 0, "Tanpa pembilang dan penyebut: nilai satker tidak dirata-ratakan."
        },
        {
            "units that disagree are not combined",
            [new("1801", "4.1", "Dokumen", "dokumen", null, CaraAkumulasi.Jumlah, 3, null), new("1871", "4.1", "Dokumen", "laporan", null, CaraAkumulasi.Jumlah, 4, null)],
            CaraLintasSatker.TidakDigabung, null, 0, "Satuan berbeda antar-satker (dokumen, laporan)."
        },
        {
            "formulas that disagree are not combined",
            [new("1801", "5.1", "Rasio", "persen", "a / b x 100", CaraAkumulasi.HitungUlangDariVariabel, 50, V(("a", 1), ("b", 2))), new("1871", "5.1", "Rasio", "persen", "a / c x 100", CaraAkumulasi.HitungUlangDariVariabel, 50, V(("a", 1), ("c", 2)))],
            CaraLintasSatker.TidakDigabung, null, 0, "Rumus berbeda antar-satker."
        },
        {
            "the same formula written differently is the same formula",
            [new("1801", "5.2", "Rasio", "persen", "(a) / b * 100", CaraAkumulasi.HitungUlangDariVariabel, 50, V(("a", 1), ("b", 2))), new("1871", "5.2", "Rasio", "persen", "a / b x 100", CaraAkumulasi.HitungUlangDariVariabel, 25, V(("a", 1), ("b", 4)))],
            CaraLintasSatker.JumlahVariabel, 2m / 6m * 100m, 2, "Dihitung ulang: a / b x 100 atas jumlah variabel."
        },
        {
            "a satker without verified variables is left out of the sums",
            [new("1801", "5.3", "Rasio", "persen", "a / b x 100", CaraAkumulasi.HitungUlangDariVariabel, 50, V(("a", 1), ("b", 2))), new("1871", "5.3", "Rasio", "persen", "a / b x 100", CaraAkumulasi.HitungUlangDariVariabel, null, null)],
            CaraLintasSatker.JumlahVariabel, 50m, 1, "Dihitung ulang: a / b x 100 atas jumlah variabel."
        },
        {
            "no verified variables anywhere",
            [new("1801", "5.4", "Rasio", "persen", "a / b x 100", CaraAkumulasi.HitungUlangDariVariabel, null, null), new("1871", "5.4", "Rasio", "persen", "a / b x 100", CaraAkumulasi.HitungUlangDariVariabel, null, null)],
            CaraLintasSatker.JumlahVariabel, null, 0, "Belum ada variabel terverifikasi."
        },
        {
            "a zero total denominator",
            [new("1801", "5.5", "Rasio", "persen", "a / b x 100", CaraAkumulasi.HitungUlangDariVariabel, null, V(("a", 0), ("b", 0))), new("1871", "5.5", "Rasio", "persen", "a / b x 100", CaraAkumulasi.HitungUlangDariVariabel, null, V(("a", 0), ("b", 0)))],
            CaraLintasSatker.JumlahVariabel, null, 2, "Penyebut gabungan nol."
        },
    };

    [Theory]
    [MemberData(nameof(Kasus))]
    public void Combines(string kasus, IndikatorSatker[] indikators, CaraLintasSatker cara, decimal? nilai, int bernilai, string? alasan)
    {
        var hasil = Assert.Single(AgregasiLintasSatker.Gabung(indikators));
        Assert.True((cara, nilai, bernilai, alasan) == (hasil.Cara, hasil.Nilai, hasil.SatkerBernilai, hasil.Alasan), $"{kasus}: {hasil}");
    }

    [Fact]
    public void APercentagePolicy_AveragesWhereAskedTo()
    {
        var hasil = Assert.Single(AgregasiLintasSatker.Gabung(
            [new("1801", "3.1", "Persentase", "persen", null, CaraAkumulasi.RataRata, 80, null), new("1871", "3.1", "Persentase", "persen", null, CaraAkumulasi.RataRata, 100, null), new("1802", "3.1", "Persentase", "persen", null, CaraAkumulasi.RataRata, null, null)],
            rataRataPersentase: true));
        Assert.Equal((CaraLintasSatker.RataRata, 90m, 2, 3), (hasil.Cara, hasil.Nilai, hasil.SatkerBernilai, hasil.JumlahSatker));
    }

    [Fact]
    public void ACodeOfOneSatkerOnly_IsNotShared_AndCodesComeInOrder()
    {
        var hasil = AgregasiLintasSatker.Gabung(
        [
            Partisipasi("1801", 1, 2), Partisipasi("1871", 1, 2),
            new("1801", "9.9", "Khusus", "kegiatan", null, CaraAkumulasi.Jumlah, 1, null),
            new("1801", "0.1", "Pertama", "kegiatan", null, CaraAkumulasi.Jumlah, 1, null), new("1871", "0.1", "Pertama", "kegiatan", null, CaraAkumulasi.Jumlah, 2, null),
        ]);
        Assert.Equal(["0.1", "1.1"], hasil.Select(h => h.Kode));
    }

    [Fact]
    public void TheMostCommonWording_NamesTheIndicator()
    {
        var hasil = Assert.Single(AgregasiLintasSatker.Gabung(
        [
            new("1801", "2.1", "Jumlah kegiatan sosialisasi", "kegiatan", null, CaraAkumulasi.Jumlah, 1, null),
            new("1802", "2.1", "Jumlah kegiatan sosialisasi", "kegiatan", null, CaraAkumulasi.Jumlah, 1, null),
            new("1871", "2.1", "Jumlah sosialisasi", "kegiatan", null, CaraAkumulasi.Jumlah, 1, null),
        ]));
        Assert.Equal("Jumlah kegiatan sosialisasi", hasil.Uraian);
    }
}
