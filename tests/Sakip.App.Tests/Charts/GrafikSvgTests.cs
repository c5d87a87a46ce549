using System.Text.RegularExpressions;
using Sakip.App.Charts;

namespace Sakip.App.Tests.Charts;

/// <summary>Charts bound their axes, whatever the values (issue 7, item 3: one huge capaian took the dashboard down).</summary>
public class GrafikSvgTests
{
    private static int Gridlines(string svg) => Regex.Matches(svg, "class=\"kisi\"").Count;

    [Theory]
    [InlineData("95", 7)]
    [InlineData("143,75", 9)]
    [InlineData("250", 6)]
    [InlineData("7922816251426433759354395033", 7)]
    public void Bars_AnyCapaian_DrawAtMostTenGridlines(string capaian, int garis)
    {
        var nilai = decimal.Parse(capaian, System.Globalization.CultureInfo.GetCultureInfo("id-ID"));

        var svg = GrafikSvg.BatangCapaian([new Batang("1.1", nilai, "kat-atas", string.Empty), new Batang("1.2", null, "tdd", "tidak dapat dihitung")], "Capaian", "Capaian per indikator");

        Assert.Equal(garis, Gridlines(svg));
        Assert.True(svg.Length < 10_000, $"SVG of {svg.Length} characters");
    }

    [Fact]
    public void Bars_AboveTheAxis_AreMarkedCut_WithTheirTrueValue()
    {
        var svg = GrafikSvg.BatangCapaian([new Batang("1.1", 1_000_000m, "kat-atas", string.Empty)], "Capaian", "Capaian per indikator");

        Assert.Contains("terpotong", svg, StringComparison.Ordinal);
        Assert.Contains("▲ 1.000.000", svg, StringComparison.Ordinal);
        Assert.Contains("1.1: 1.000.000,00 %", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Trend_WithAHugeYear_StaysBounded()
    {
        var svg = GrafikSvg.Tren([(2023, 80m), (2024, 79_228_162_514_264m)], "Tren", "Tren capaian");

        Assert.Equal(7, Gridlines(svg));
        Assert.Contains("polyline", svg, StringComparison.Ordinal);
    }
}
