using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Sakip.App.Dokumen;

/// <summary>
/// A native Word chart (DrawingML chart part) for a <see cref="BlokGrafik"/>: the categories and
/// values are written as references into an embedded workbook (so Word's "Edit Data" opens them)
/// and as cached values (so a reader that does not run the workbook, LibreOffice among them,
/// still draws the bars: STACK.md §5, numRef/strRef with caches rather than literals).
/// </summary>
internal static class GrafikDocx
{
    private const long Lebar = 5_760_720L;   // 16 cm in EMU
    private const long Tinggi = 3_240_405L;  // 9 cm

    public static W.Paragraph Sisipkan(MainDocumentPart main, BlokGrafik g, uint nomor)
    {
        var bagian = main.AddNewPart<ChartPart>();
        var n = g.Kategoris.Count;
        var buku = Excel.BukuKerjaXlsx.Tabel("Sheet1", g.Judul, null, ["Kategori", g.NamaSeri], g.Kategoris.Select((k, i) => (IReadOnlyList<object?>)[k, g.Nilais[i]]));
        var tertanam = bagian.AddEmbeddedPackagePart(EmbeddedPackagePartType.Xlsx);
        using (var aliran = new MemoryStream(buku))
        {
            tertanam.FeedData(aliran);
        }

        // The table the workbook writer lays out: title (row 1), note (row 2), headings (row 3), data from row 4.
        var rentangKategori = $"Sheet1!$A$4:$A${3 + n}";
        var rentangNilai = $"Sheet1!$B$4:$B${3 + n}";
        var seri = g.Jenis == JenisGrafik.Batang ? (OpenXmlCompositeElement)new C.BarChartSeries() : new C.LineChartSeries();
        seri.Append(
            new C.Index { Val = 0U },
            new C.Order { Val = 0U },
            new C.SeriesText(new C.StringReference(new C.Formula("Sheet1!$B$3"), new C.StringCache(new C.PointCount { Val = 1U }, new C.StringPoint(new C.NumericValue(g.NamaSeri)) { Index = 0U }))));
        if (g.Jenis == JenisGrafik.Garis)
        {
            seri.Append(new C.Marker(new C.Symbol { Val = C.MarkerStyleValues.Circle }, new C.Size { Val = 7 }));
        }
        else
        {
            seri.Append(new C.InvertIfNegative { Val = false });
        }

        seri.Append(new C.DataLabels(
            new C.NumberingFormat { FormatCode = "0.00", SourceLinked = false },
            new C.ShowLegendKey { Val = false },
            new C.ShowValue { Val = true },
            new C.ShowCategoryName { Val = false },
            new C.ShowSeriesName { Val = false },
            new C.ShowPercent { Val = false },
            new C.ShowBubbleSize { Val = false }));
        var cacheKategori = new C.StringCache(new C.PointCount { Val = (uint)n });
        var cacheNilai = new C.NumberingCache(new C.FormatCode("General"), new C.PointCount { Val = (uint)n });
        for (var i = 0; i < n; i++)
        {
            cacheKategori.Append(new C.StringPoint(new C.NumericValue(g.Kategoris[i])) { Index = (uint)i });
            if (g.Nilais[i] is { } v)
            {
                cacheNilai.Append(new C.NumericPoint(new C.NumericValue(Math.Round(v, 2).ToString(CultureInfo.InvariantCulture))) { Index = (uint)i });
            }
        }

        seri.Append(
            new C.CategoryAxisData(new C.StringReference(new C.Formula(rentangKategori), cacheKategori)),
            new C.Values(new C.NumberReference(new C.Formula(rentangNilai), cacheNilai)));
        if (g.Jenis == JenisGrafik.Garis)
        {
            seri.Append(new C.Smooth { Val = false });
        }

        OpenXmlCompositeElement diagram = g.Jenis == JenisGrafik.Batang
            ? new C.BarChart(new C.BarDirection { Val = C.BarDirectionValues.Column }, new C.BarGrouping { Val = C.BarGroupingValues.Clustered }, new C.VaryColors { Val = false }, seri, new C.GapWidth { Val = 80 }, new C.AxisId { Val = 1U }, new C.AxisId { Val = 2U })
            : new C.LineChart(new C.Grouping { Val = C.GroupingValues.Standard }, new C.VaryColors { Val = false }, seri, new C.ShowMarker { Val = true }, new C.AxisId { Val = 1U }, new C.AxisId { Val = 2U });
        var plot = new C.PlotArea(
            new C.Layout(),
            diagram,
            new C.CategoryAxis(
                new C.AxisId { Val = 1U },
                new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
                new C.Delete { Val = false },
                new C.AxisPosition { Val = C.AxisPositionValues.Bottom },
                new C.NumberingFormat { FormatCode = "General", SourceLinked = false },
                new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                new C.CrossingAxis { Val = 2U },
                new C.Crosses { Val = C.CrossesValues.AutoZero },
                new C.AutoLabeled { Val = true },
                new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
                new C.LabelOffset { Val = 100 }),
            new C.ValueAxis(
                new C.AxisId { Val = 2U },
                new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }, new C.MinAxisValue { Val = 0D }),
                new C.Delete { Val = false },
                new C.AxisPosition { Val = C.AxisPositionValues.Left },
                new C.MajorGridlines(),
                new C.NumberingFormat { FormatCode = "0\" %\"", SourceLinked = false },
                new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                new C.CrossingAxis { Val = 1U },
                new C.Crosses { Val = C.CrossesValues.AutoZero },
                new C.CrossBetween { Val = C.CrossBetweenValues.Between }));
        bagian.ChartSpace = new C.ChartSpace(
            new C.EditingLanguage { Val = "id-ID" },
            new C.RoundedCorners { Val = false },
            new C.Chart(
                new C.Title(new C.ChartText(new C.RichText(new A.BodyProperties(), new A.ListStyle(), new A.Paragraph(new A.Run(new A.RunProperties { Language = "id-ID", FontSize = 1200, Bold = true }, new A.Text(g.Judul))))), new C.Overlay { Val = false }),
                new C.AutoTitleDeleted { Val = false },
                plot,
                new C.PlotVisibleOnly { Val = true },
                new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap }),
            new C.ExternalData(new C.AutoUpdate { Val = false }) { Id = bagian.GetIdOfPart(tertanam) });

        var inline = new DW.Inline(
            new DW.Extent { Cx = Lebar, Cy = Tinggi },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = nomor, Name = $"Grafik {nomor}", Description = g.Judul },
            new DW.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = main.GetIdOfPart(bagian) }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };
        return new W.Paragraph(new W.ParagraphProperties(new W.Justification { Val = W.JustificationValues.Center }), new W.Run(new W.Drawing(inline)));
    }
}
