using Sakip.Domain.Capaian;
using Sakip.Domain.Periode;

namespace Sakip.Domain.Tests.Periode;

public class RumusTests
{
    [Fact]
    public void Hitung_DpkOverDptPlusDptb_MatchesSeedPilkada()
    {
        var rumus = Rumus.Baca("dpk / (dpt + dptb) x 100")!;

        var hasil = rumus.Hitung(new Dictionary<string, decimal> { ["dpk"] = 679, ["dpt"] = 786182, ["dptb"] = 382 });

        Assert.Equal(0.09m, Math.Round(hasil.Nilai!.Value, 2));
        Assert.Equal(["dpk", "dpt", "dptb"], rumus.Variabels);
        Assert.Equal("dpk / (dpt + dptb) x 100", rumus.ToString());
    }

    [Fact]
    public void Hitung_Participation_MatchesSeedWalikota()
    {
        var rumus = new Rumus(["pengguna_hak_pilih"], ["dpt"]);

        var hasil = rumus.Hitung(new Dictionary<string, decimal> { ["pengguna_hak_pilih"] = 409093, ["dpt"] = 786182 });

        Assert.Equal(52.04m, Math.Round(hasil.Nilai!.Value, 2, MidpointRounding.AwayFromZero));
    }

    [Theory]
    [InlineData("a", null, AlasanTidakDapatDihitung.VariabelKosong, "b")]
    [InlineData("a", "0", AlasanTidakDapatDihitung.PenyebutNol, null)]
    [InlineData("a", "-1", AlasanTidakDapatDihitung.NilaiNegatif, "b")]
    public void Hitung_BadVariables_IsAReason(string ada, string? b, AlasanTidakDapatDihitung alasan, string? variabel)
    {
        var nilai = new Dictionary<string, decimal> { [ada] = 1 };
        if (b is not null)
        {
            nilai["b"] = decimal.Parse(b, System.Globalization.CultureInfo.InvariantCulture);
        }

        var hasil = new Rumus(["a"], ["b"]).Hitung(nilai);

        Assert.Null(hasil.Nilai);
        Assert.Equal(alasan, hasil.Alasan);
        Assert.Equal(variabel, hasil.Variabel);
    }

    [Theory]
    [InlineData("a / b")]
    [InlineData("a+b/c")]
    [InlineData("(a + b) / (c) * 100")]
    public void Baca_ValidShapes(string teks) => Assert.NotNull(Rumus.Baca(teks));

    [Theory]
    [InlineData("a")]
    [InlineData("a / b / c")]
    [InlineData("1a / b")]
    [InlineData("a - b / c")]
    [InlineData(" / b")]
    [InlineData("a / (b +")]
    [InlineData("a / (b + c")]
    [InlineData("a / b)(")]
    [InlineData("a + / b")]
    [InlineData("a / b + + c")]
    public void Baca_InvalidShapes_IsNull(string teks) => Assert.Null(Rumus.Baca(teks));

    [Fact]
    public void Baca_WithoutFactor_IsPlainRatio() => Assert.Equal(1m, Rumus.Baca("a / b")!.Pengali);
}
