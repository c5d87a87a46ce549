using Sakip.Domain.Evaluasi;

namespace Sakip.Domain.Tests.Evaluasi;

/// <summary>A template is checked before use: weights, codes, scales and years, each finding naming where.</summary>
public class TemplatLkeTests
{
    private static TemplatLke Baik() => new(
        "uji", "Templat uji", 2021, 2025, [SkalaJawaban.AaSampaiE],
        [
            new("1", "Perencanaan", 60, [new("1.a", "A", 20, JenisSubKomponen.Keberadaan, [new("1.a.1", "K1", "AA-E")]), new("1.b", "B", 40, JenisSubKomponen.Kualitas, [new("1.b.1", "K2", "AA-E")])]),
            new("2", "Pengukuran", 40, [new("2.a", "C", 40, JenisSubKomponen.Pemanfaatan, [new("2.a.1", "K3", "AA-E")])]),
        ]);

    public static TheoryData<string, Func<TemplatLke, TemplatLke>, string[]> Salah => new()
    {
        { "components not 100", t => t with { Komponens = [t.Komponens[0] with { Bobot = 70, SubKomponens = [t.Komponens[0].SubKomponens[0] with { Bobot = 30 }, t.Komponens[0].SubKomponens[1]] }, t.Komponens[1]] }, ["Bobot komponen templat uji berjumlah 110, harus 100."] },
        { "subs not the component", t => t with { Komponens = [t.Komponens[0] with { SubKomponens = [t.Komponens[0].SubKomponens[0] with { Bobot = 25 }, t.Komponens[0].SubKomponens[1]] }, t.Komponens[1]] }, ["Bobot subkomponen 1 berjumlah 65, harus sama dengan bobot komponennya (60)."] },
        { "a code twice", t => t with { Komponens = [t.Komponens[0], t.Komponens[1] with { SubKomponens = [t.Komponens[1].SubKomponens[0] with { Kriterias = [new("1.a.1", "Ganda", "AA-E")] }] }] }, ["Kode 1.a.1 dipakai 2 kali di templat uji."] },
        { "an unknown scale", t => t with { Komponens = [t.Komponens[0], t.Komponens[1] with { SubKomponens = [t.Komponens[1].SubKomponens[0] with { Kriterias = [new("2.a.1", "K3", "Y-T")] }] }] }, ["Kriteria 2.a.1 memakai skala Y-T yang tidak ada di templat uji."] },
        { "years backwards", t => t with { TahunAkhir = 2020 }, ["Tahun akhir templat uji (2020) sebelum tahun awalnya (2021)."] },
        { "an empty text", t => t with { Komponens = [t.Komponens[0], t.Komponens[1] with { SubKomponens = [t.Komponens[1].SubKomponens[0] with { Kriterias = [new("2.a.1", " ", "AA-E")] }] }] }, ["Kriteria 2.a.1 tidak memiliki teks."] },
    };

    [Fact]
    public void AGoodTemplate_HasNoFindings_AndServesItsYears()
    {
        var t = Baik();
        Assert.Empty(t.Periksa());
        Assert.Equal((false, true, true, false), (t.Berlaku(2020), t.Berlaku(2021), t.Berlaku(2025), t.Berlaku(2026)));
        Assert.Equal(["1.a.1", "1.b.1", "2.a.1"], t.SemuaKriteria.Select(x => x.Kriteria.Kode));
    }

    [Theory]
    [MemberData(nameof(Salah))]
    public void ABadTemplate_IsRefused_NamingWhere(string kasus, Func<TemplatLke, TemplatLke> ubah, string[] temuan)
    {
        Assert.NotEmpty(kasus);
        Assert.Equal(temuan, ubah(Baik()).Periksa());
    }

    [Fact]
    public void AScale_NeedsUniqueLabels_AndAValueAboveZero()
    {
        Assert.Throws<ArgumentException>(() => new SkalaJawaban("X", "X", [new("A", 1), new("a", 0)]));
        Assert.Throws<ArgumentException>(() => new SkalaJawaban("X", "X", [new("A", 0)]));
        Assert.Equal((100m, 80m), (SkalaJawaban.AaSampaiE.Maksimum, SkalaJawaban.AaSampaiE.Persen(SkalaJawaban.AaSampaiE.Cari(" bb ")!)));
        Assert.Equal(75m, SkalaJawaban.ASampaiE.Persen(SkalaJawaban.ASampaiE.Cari("B")!));
    }
}
