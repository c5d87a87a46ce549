using System.Globalization;
using System.Net;
using System.Text;
using Sakip.Domain.Bilangan;

namespace Sakip.App.Charts;

/// <summary>One bar: its label, value in percent (null when it cannot be computed) and the CSS class of its colour.</summary>
public sealed record Batang(string Label, decimal? Nilai, string Kelas, string Keterangan);

/// <summary>
/// Hand-written SVG charts (ARCHITECTURE.md: no .NET chart library restores here; SVG prints
/// crisply and is accessible). Every text is HTML-encoded, colours come from CSS classes (no
/// inline styles, so a strict CSP holds), and each chart carries a title and description.
/// </summary>
public static class GrafikSvg
{
    private const int Tinggi = 260;
    private const int AtasPlot = 20;
    private const int BawahPlot = 200;
    private const int Kiri = 48;

    /// <summary>
    /// A bar per indicator with a dashed line at 100 %; bars that cannot be computed are drawn as
    /// a hatched stub and said so in their tooltip.
    /// </summary>
    public static string BatangCapaian(IReadOnlyList<Batang> batangs, string judul, string deskripsi)
    {
        var lebarBatang = 34;
        var jarak = 12;
        var lebar = Kiri + (batangs.Count * (lebarBatang + jarak)) + 20;
        var maks = Skala(batangs.Select(b => b.Nilai));
        var sb = Awal(lebar, judul, deskripsi);
        Sumbu(sb, lebar, maks);
        for (var i = 0; i < batangs.Count; i++)
        {
            var b = batangs[i];
            var x = Kiri + jarak + (i * (lebarBatang + jarak));
            sb.Append("<g class=\"batang\">");
            if (b.Nilai is { } n)
            {
                var y = Y(n, maks);
                var kelas = n > maks ? b.Kelas + " terpotong" : b.Kelas;
                Tag(sb, $"<rect class=\"{Enc(kelas)}\" x=\"{x}\" y=\"{F(y)}\" width=\"{lebarBatang}\" height=\"{F(BawahPlot - y)}\">");
                sb.Append("<title>").Append(Enc(b.Label + ": " + FormatIndonesia.Persen(n) + " " + b.Keterangan)).Append("</title></rect>");
                Tag(sb, $"<text class=\"nilai\" x=\"{F(x + (lebarBatang / 2m))}\" y=\"{F(y - 4)}\" text-anchor=\"middle\">{Enc((n > maks ? "▲ " : string.Empty) + FormatIndonesia.AngkaRingkas(n, 0))}</text>");
            }
            else
            {
                Tag(sb, $"<rect class=\"tdd\" x=\"{x}\" y=\"{BawahPlot - 6}\" width=\"{lebarBatang}\" height=\"6\">");
                sb.Append("<title>").Append(Enc(b.Label + ": " + b.Keterangan)).Append("</title></rect>");
            }

            Tag(sb, $"<text class=\"label\" x=\"{F(x + (lebarBatang / 2m))}\" y=\"{BawahPlot + 16}\" text-anchor=\"middle\">{Enc(b.Label)}</text>");
            sb.Append("</g>");
        }

        return Akhir(sb);
    }

    /// <summary>The overall capaian per year as a line over the years, with the 100 % line.</summary>
    public static string Tren(IReadOnlyList<(int Tahun, decimal? Capaian)> titik, string judul, string deskripsi)
    {
        var langkah = 90;
        var lebar = Math.Max(260, Kiri + 40 + (titik.Count * langkah));
        var maks = Skala(titik.Select(t => t.Capaian));
        var sb = Awal(lebar, judul, deskripsi);
        Sumbu(sb, lebar, maks);
        var koordinat = titik
            .Select((t, i) => (t.Tahun, t.Capaian, X: Kiri + 45m + (i * langkah)))
            .ToList();
        var garis = koordinat.Where(k => k.Capaian is not null).Select(k => $"{F(k.X)},{F(Y(k.Capaian!.Value, maks))}").ToList();
        if (garis.Count > 1)
        {
            Tag(sb, $"<polyline class=\"tren\" points=\"{string.Join(' ', garis)}\"/>");
        }

        foreach (var (tahun, capaian, x) in koordinat)
        {
            if (capaian is { } c)
            {
                var y = Y(c, maks);
                Tag(sb, $"<circle class=\"titik\" cx=\"{F(x)}\" cy=\"{F(y)}\" r=\"5\">");
                sb.Append("<title>").Append(Enc(tahun.ToString(CultureInfo.InvariantCulture) + ": " + FormatIndonesia.Persen(c))).Append("</title></circle>");
                Tag(sb, $"<text class=\"nilai\" x=\"{F(x)}\" y=\"{F(y - 9)}\" text-anchor=\"middle\">{Enc(FormatIndonesia.Persen(c))}</text>");
            }

            Tag(sb, $"<text class=\"label\" x=\"{F(x)}\" y=\"{BawahPlot + 16}\" text-anchor=\"middle\">{tahun.ToString(CultureInfo.InvariantCulture)}</text>");
        }

        return Akhir(sb);
    }

    /// <summary>
    /// How many satker fall in each category: a horizontal bar per category, longest to scale, with
    /// its count and share written beside it (the numbers, not the colour, carry the meaning).
    /// </summary>
    public static string Sebaran(IReadOnlyList<(string Label, int Jumlah, string Kelas)> batangs, string judul, string deskripsi)
    {
        const int kiriLabel = 150, tinggiBaris = 30, lebarPlot = 300, lebar = kiriLabel + lebarPlot + 110;
        var tinggi = Math.Max(1, batangs.Count) * tinggiBaris + 10;
        var total = Math.Max(1, batangs.Sum(b => b.Jumlah));
        var maks = Math.Max(1, batangs.Select(b => b.Jumlah).DefaultIfEmpty(0).Max());
        var id = "g" + Guid.NewGuid().ToString("N")[..8];
        var sb = new StringBuilder();
        Tag(sb, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"grafik\" viewBox=\"0 0 {lebar} {tinggi}\" width=\"{lebar}\" height=\"{tinggi}\" role=\"img\" aria-labelledby=\"{id}t {id}d\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}t\">").Append(Enc(judul)).Append("</title>");
        sb.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}d\">").Append(Enc(deskripsi)).Append("</desc>");
        for (var i = 0; i < batangs.Count; i++)
        {
            var (label, jumlah, kelas) = batangs[i];
            var y = 5 + (i * tinggiBaris);
            var panjang = (decimal)jumlah / maks * lebarPlot;
            var bagian = FormatIndonesia.Persen((decimal)jumlah / total * 100m);
            Tag(sb, $"<text class=\"label\" x=\"{kiriLabel - 8}\" y=\"{y + 18}\" text-anchor=\"end\">{Enc(label)}</text>");
            Tag(sb, $"<rect class=\"{Enc(kelas)}\" x=\"{kiriLabel}\" y=\"{y + 4}\" width=\"{F(Math.Max(panjang, 1))}\" height=\"20\">");
            sb.Append("<title>").Append(Enc($"{label}: {jumlah} satker ({bagian})")).Append("</title></rect>");
            Tag(sb, $"<text class=\"nilai\" x=\"{F(kiriLabel + Math.Max(panjang, 1) + 6)}\" y=\"{y + 18}\">{Enc($"{jumlah} ({bagian})")}</text>");
        }

        return Akhir(sb);
    }

    /// <summary>
    /// Percentages per region as horizontal bars on a 0-100 % axis: one bar per series in each row
    /// (participation; or men and women side by side), each with its value written at its end and
    /// the legend above, so the figures, not the colours, carry the meaning. A value not reported
    /// draws no bar and says so.
    /// </summary>
    public static string PersenWilayah(IReadOnlyList<(string Label, IReadOnlyList<decimal?> Nilais)> barises, IReadOnlyList<(string Nama, string Kelas)> serie, string judul, string deskripsi)
    {
        const int kiriLabel = 170, lebarPlot = 260, tinggiBatang = 14, atas = 26;
        var lebar = kiriLabel + lebarPlot + 70;
        var tinggiBaris = (serie.Count * tinggiBatang) + 8;
        var tinggi = atas + (Math.Max(1, barises.Count) * tinggiBaris) + 22;
        var id = "g" + Guid.NewGuid().ToString("N")[..8];
        var sb = new StringBuilder();
        Tag(sb, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"grafik\" viewBox=\"0 0 {lebar} {tinggi}\" width=\"{lebar}\" height=\"{tinggi}\" role=\"img\" aria-labelledby=\"{id}t {id}d\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}t\">").Append(Enc(judul)).Append("</title>");
        sb.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}d\">").Append(Enc(deskripsi)).Append("</desc>");
        for (var j = 0; j < serie.Count; j++)
        {
            var x = kiriLabel + (j * 110);
            Tag(sb, $"<rect class=\"{Enc(serie[j].Kelas)}\" x=\"{x}\" y=\"6\" width=\"12\" height=\"12\"/>");
            Tag(sb, $"<text class=\"label\" x=\"{x + 16}\" y=\"16\">{Enc(serie[j].Nama)}</text>");
        }

        var bawah = atas + (barises.Count * tinggiBaris);
        for (var v = 0; v <= 100; v += 25)
        {
            var x = kiriLabel + (v * lebarPlot / 100m);
            Tag(sb, $"<line class=\"kisi\" x1=\"{F(x)}\" x2=\"{F(x)}\" y1=\"{atas}\" y2=\"{bawah}\"/>");
            Tag(sb, $"<text class=\"sumbu\" x=\"{F(x)}\" y=\"{bawah + 14}\" text-anchor=\"middle\">{v} %</text>");
        }

        for (var i = 0; i < barises.Count; i++)
        {
            var (label, nilais) = barises[i];
            var y = atas + (i * tinggiBaris) + 4;
            Tag(sb, $"<text class=\"label\" x=\"{kiriLabel - 8}\" y=\"{y + (serie.Count * tinggiBatang / 2) + 4}\" text-anchor=\"end\">{Enc(label)}</text>");
            for (var j = 0; j < serie.Count; j++)
            {
                var yb = y + (j * tinggiBatang);
                if (j < nilais.Count && nilais[j] is { } n)
                {
                    var panjang = Math.Clamp(n, 0m, 100m) * lebarPlot / 100m;
                    Tag(sb, $"<rect class=\"{Enc(serie[j].Kelas)}\" x=\"{kiriLabel}\" y=\"{yb}\" width=\"{F(Math.Max(panjang, 1))}\" height=\"{tinggiBatang - 2}\">");
                    sb.Append("<title>").Append(Enc($"{label}, {serie[j].Nama}: {FormatIndonesia.Persen(n)}")).Append("</title></rect>");
                    Tag(sb, $"<text class=\"nilai\" x=\"{F(kiriLabel + Math.Max(panjang, 1) + 4)}\" y=\"{yb + tinggiBatang - 3}\">{Enc(FormatIndonesia.Persen(n))}</text>");
                }
                else
                {
                    Tag(sb, $"<text class=\"sumbu\" x=\"{kiriLabel + 4}\" y=\"{yb + tinggiBatang - 3}\">{Enc(serie[j].Nama + ": tidak dilaporkan")}</text>");
                }
            }
        }

        return Akhir(sb);
    }

    /// <summary>
    /// Cumulative absorption by month against the disbursement plan (issue 13): a solid line of
    /// realisation and a dashed line of plan on a 0-100 % axis, each point's value in its tooltip,
    /// the last month's realisation written beside its point, and a legend; months after
    /// <paramref name="sampaiBulan"/> draw no realisation.
    /// </summary>
    public static string Penyerapan(IReadOnlyList<decimal?> realisasi, IReadOnlyList<decimal?>? rencana, int sampaiBulan, string judul, string deskripsi)
    {
        const int langkah = 44;
        var lebar = Kiri + 30 + (11 * langkah) + 40;
        IReadOnlyList<decimal?> semua = [.. realisasi, .. rencana ?? []];
        var maks = semua.Any(n => n > 100m) ? Skala(semua) : 100m;
        var sb = Awal(lebar, judul, deskripsi);
        for (var v = 0m; v <= maks; v += Langkah(maks))
        {
            var y = Y(v, maks);
            Tag(sb, $"<line class=\"kisi\" x1=\"{Kiri}\" x2=\"{lebar - 10}\" y1=\"{F(y)}\" y2=\"{F(y)}\"/>");
            Tag(sb, $"<text class=\"sumbu\" x=\"{Kiri - 6}\" y=\"{F(y + 4)}\" text-anchor=\"end\">{Enc(FormatIndonesia.AngkaRingkas(v, 0))} %</text>");
        }

        decimal X(int bulan) => Kiri + 30m + ((bulan - 1) * langkah);
        void Garis(IReadOnlyList<decimal?> nilai, int sampai, string kelas, string nama)
        {
            var titik = Enumerable.Range(1, sampai).Where(b => nilai[b - 1] is not null).Select(b => (Bulan: b, Nilai: nilai[b - 1]!.Value)).ToList();
            if (titik.Count > 1)
            {
                Tag(sb, $"<polyline class=\"{kelas}\" points=\"{string.Join(' ', titik.Select(t => $"{F(X(t.Bulan))},{F(Y(t.Nilai, maks))}"))}\"/>");
            }

            foreach (var (bulan, n) in titik)
            {
                Tag(sb, $"<circle class=\"{kelas}-titik\" cx=\"{F(X(bulan))}\" cy=\"{F(Y(n, maks))}\" r=\"3.5\">");
                sb.Append("<title>").Append(Enc($"{nama} s.d. {FormatIndonesia.Bulan(bulan)}: {FormatIndonesia.Persen(n)}")).Append("</title></circle>");
            }
        }

        if (rencana is not null)
        {
            Garis(rencana, 12, "rencana", "Rencana penarikan");
        }

        Garis(realisasi, sampaiBulan, "tren", "Realisasi");
        if (sampaiBulan > 0 && realisasi[sampaiBulan - 1] is { } akhir)
        {
            Tag(sb, $"<text class=\"nilai\" x=\"{F(X(sampaiBulan))}\" y=\"{F(Y(akhir, maks) - 9)}\" text-anchor=\"middle\">{Enc(FormatIndonesia.Persen(akhir))}</text>");
        }

        for (var b = 1; b <= 12; b++)
        {
            Tag(sb, $"<text class=\"label\" x=\"{F(X(b))}\" y=\"{BawahPlot + 16}\" text-anchor=\"middle\">{Enc(FormatIndonesia.Bulan(b)[..3])}</text>");
        }

        Tag(sb, $"<line class=\"tren\" x1=\"{Kiri + 30}\" x2=\"{Kiri + 54}\" y1=\"{BawahPlot + 38}\" y2=\"{BawahPlot + 38}\"/>");
        Tag(sb, $"<text class=\"label\" x=\"{Kiri + 60}\" y=\"{BawahPlot + 42}\">Realisasi kumulatif</text>");
        if (rencana is not null)
        {
            Tag(sb, $"<line class=\"rencana\" x1=\"{Kiri + 200}\" x2=\"{Kiri + 224}\" y1=\"{BawahPlot + 38}\" y2=\"{BawahPlot + 38}\"/>");
            Tag(sb, $"<text class=\"label\" x=\"{Kiri + 230}\" y=\"{BawahPlot + 42}\">Rencana penarikan dana (RPD)</text>");
        }

        return Akhir(sb);
    }

    /// <summary>The highest the axis ever goes: a larger capaian is drawn at the top, marked as cut, with its true value in its label and tooltip.</summary>
    public const decimal SumbuMaksimum = 300m;

    /// <summary>
    /// The top of the axis: 120 %, or the largest value rounded up to the next gridline, never above
    /// <see cref="SumbuMaksimum"/> (so a capaian of 10^20 % draws the same few gridlines).
    /// </summary>
    internal static decimal Skala(IEnumerable<decimal?> nilai)
    {
        var maks = Math.Min(SumbuMaksimum, nilai.Where(n => n is not null).Select(n => n!.Value).DefaultIfEmpty(0m).Max());
        return Math.Max(120m, Math.Ceiling(maks / 20m) * 20m);
    }

    /// <summary>The distance between gridlines: at most 10 lines on any axis.</summary>
    internal static decimal Langkah(decimal maks) => maks <= 200m ? 20m : 50m;

    private static decimal Y(decimal nilai, decimal maks) => BawahPlot - (Math.Clamp(nilai, 0m, maks) / maks * (BawahPlot - AtasPlot));

    private static StringBuilder Awal(int lebar, string judul, string deskripsi)
    {
        var id = "g" + Guid.NewGuid().ToString("N")[..8];
        var sb = new StringBuilder();
        Tag(sb, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"grafik\" viewBox=\"0 0 {lebar} {Tinggi}\" width=\"{lebar}\" height=\"{Tinggi}\" role=\"img\" aria-labelledby=\"{id}t {id}d\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}t\">").Append(Enc(judul)).Append("</title>");
        sb.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}d\">").Append(Enc(deskripsi)).Append("</desc>");
        return sb;
    }

    private static void Sumbu(StringBuilder sb, int lebar, decimal maks)
    {
        for (var v = 0m; v <= maks; v += Langkah(maks))
        {
            var y = Y(v, maks);
            Tag(sb, $"<line class=\"kisi\" x1=\"{Kiri}\" x2=\"{lebar - 10}\" y1=\"{F(y)}\" y2=\"{F(y)}\"/>");
            Tag(sb, $"<text class=\"sumbu\" x=\"{Kiri - 6}\" y=\"{F(y + 4)}\" text-anchor=\"end\">{Enc(FormatIndonesia.AngkaRingkas(v, 0))} %</text>");
        }

        var seratus = Y(100m, maks);
        Tag(sb, $"<line class=\"garis100\" x1=\"{Kiri}\" x2=\"{lebar - 10}\" y1=\"{F(seratus)}\" y2=\"{F(seratus)}\"><title>100 %</title></line>");
    }

    private static string Akhir(StringBuilder sb) => sb.Append("</svg>").ToString();

    private static void Tag(StringBuilder sb, FormattableString tag) => sb.Append(tag.ToString(CultureInfo.InvariantCulture));

    private static string F(decimal v) => Math.Round(v, 1).ToString(CultureInfo.InvariantCulture);

    private static string Enc(string s) => WebUtility.HtmlEncode(s);
}
