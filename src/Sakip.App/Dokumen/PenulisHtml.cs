using System.Net;
using System.Text;

namespace Sakip.App.Dokumen;

/// <summary>
/// Lays a document out as one self-contained HTML page (the on-screen preview, and what Chromium
/// prints to PDF): A4 print rules, repeated table headers, every text HTML-encoded.
/// </summary>
public static class PenulisHtml
{
    private const string Gaya = """
        @page { size: A4; margin: 2.5cm 2.5cm 2.5cm 2.5cm; @bottom-center { content: KAKI "Halaman " counter(page) " dari " counter(pages); font-size: 9pt; } }
        @media print { .layar { display: none; } body { margin: 0; max-width: none; } }
        body { font-family: "Liberation Serif", "Times New Roman", serif; font-size: 12pt; line-height: 1.4; color: #000; max-width: 17cm; margin: 1cm auto; }
        h1, h2, h3 { font-family: "Liberation Sans", Arial, sans-serif; }
        .judul { text-align: center; font-weight: 700; margin: .2em 0; }
        .tengah { text-align: center; } .kanan { text-align: right; } .rata { text-align: justify; }
        table.data { width: 100%; border-collapse: collapse; margin: .6em 0; font-size: 10.5pt; }
        table.data th, table.data td { border: 1px solid #000; padding: 3pt 5pt; vertical-align: top; }
        table.data thead { display: table-header-group; }
        table.data tr { break-inside: avoid; }
        td.angka { text-align: right; }
        table.ttd { width: 100%; margin-top: 1.5em; break-inside: avoid; }
        table.ttd td { text-align: center; vertical-align: top; width: 50%; }
        table.ttd .ruang { height: 5em; }
        .halaman-baru { break-before: page; }
        nav.daftar-isi ul { list-style: none; padding-left: 0; } nav.daftar-isi li.sub { padding-left: 1.5em; }
        figure.grafik { text-align: center; margin: 1em 0; break-inside: avoid; }
        figure.grafik svg { max-width: 100%; height: auto; font-family: "Liberation Sans", Arial, sans-serif; }
        figure.grafik rect.k1 { fill: #1f5fa8; } figure.grafik rect.tdd { fill: #8a8a8a; } figure.grafik .kisi { stroke: #ddd; } figure.grafik .garis100 { stroke: #000; stroke-dasharray: 6 4; }
        figure.grafik .tren { fill: none; stroke: #7a0c0c; stroke-width: 2.5; } figure.grafik .titik { fill: #7a0c0c; } figure.grafik text { font-size: 11px; }
        caption { caption-side: top; text-align: left; font-style: italic; }
        """;

    public static string Tulis(ModelDokumen d)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>").Append(E(d.Judul)).Append("</title><style>")
            .Append(Gaya.Replace("KAKI", StringCss(d.Kaki + " · "), StringComparison.Ordinal)).Append("</style></head><body>");
        var halamanBaru = false;
        foreach (var b in d.Bloks)
        {
            var kelas = halamanBaru ? " class=\"halaman-baru\"" : string.Empty;
            var kelasTambah = halamanBaru ? " halaman-baru" : string.Empty;
            halamanBaru = false;
            switch (b)
            {
                case BlokJudul { Tingkat: 0 } j:
                    sb.Append("<p class=\"judul").Append(kelasTambah).Append("\">").Append(E(j.Teks)).Append("</p>");
                    break;
                case BlokJudul j:
                    var h = Math.Clamp(j.Tingkat, 1, 3);
                    sb.Append("<h").Append(h).Append(kelas).Append('>').Append(E(j.Teks)).Append("</h").Append(h).Append('>');
                    break;
                case BlokParagraf p:
                    sb.Append("<p class=\"").Append(p.Rata switch { Perataan.Tengah => "tengah", Perataan.Kanan => "kanan", Perataan.RataKiriKanan => "rata", _ => string.Empty }).Append(kelasTambah).Append("\">");
                    Potongans(sb, p.Potongans);
                    sb.Append("</p>");
                    break;
                case BlokDaftar l:
                    sb.Append(l.Bernomor ? "<ol" : "<ul").Append(kelas).Append('>');
                    foreach (var butir in l.Butirs)
                    {
                        sb.Append("<li>");
                        Potongans(sb, butir);
                        sb.Append("</li>");
                    }

                    sb.Append(l.Bernomor ? "</ol>" : "</ul>");
                    break;
                case BlokTabel t:
                    Tabel(sb, t, kelas);
                    break;
                case BlokTandaTangan ttd:
                    sb.Append("<table class=\"ttd").Append(kelasTambah).Append("\"><tr>");
                    foreach (var k in ttd.Koloms)
                    {
                        sb.Append("<td>");
                        foreach (var a in k.Atas)
                        {
                            sb.Append(E(a)).Append("<br>");
                        }

                        sb.Append("<div class=\"ruang\"></div><strong><u>").Append(E(k.Nama)).Append("</u></strong></td>");
                    }

                    sb.Append("</tr></table>");
                    break;
                case BlokGrafik g:
                    // The SVG is written by Sakip's own chart code, every text in it encoded.
                    sb.Append("<figure class=\"grafik").Append(kelasTambah).Append("\">")
                        .Append(g.Jenis == JenisGrafik.Garis
                            ? Charts.GrafikSvg.Tren([.. g.Kategoris.Select((k, i) => (int.TryParse(k, out var t) ? t : i, g.Nilais[i]))], g.Judul, g.Judul)
                            : Charts.GrafikSvg.BatangCapaian([.. g.Kategoris.Select((k, i) => new Charts.Batang(k, g.Nilais[i], "k1", string.Empty))], g.Judul, g.Judul))
                        .Append("<figcaption>").Append(E(g.Judul)).Append("</figcaption></figure>");
                    break;
                case BlokDaftarIsi daftar:
                    sb.Append("<nav class=\"daftar-isi").Append(kelasTambah).Append("\"><p class=\"judul\">").Append(E(daftar.Judul)).Append("</p><ul>");
                    foreach (var j in d.Bloks.OfType<BlokJudul>().Where(x => x.Tingkat is 1 or 2))
                    {
                        sb.Append("<li").Append(j.Tingkat == 2 ? " class=\"sub\"" : string.Empty).Append('>').Append(E(j.Teks)).Append("</li>");
                    }

                    sb.Append("</ul></nav>");
                    break;
                case PemisahHalaman:
                    halamanBaru = true;
                    break;
            }
        }

        sb.Append("<footer class=\"layar\"><p class=\"tengah\"><small>").Append(E(d.Kaki)).Append("</small></p></footer></body></html>");
        return sb.ToString();
    }

    /// <summary>Runs, each encoded; a line break in one becomes a break, bold and italics become their elements.</summary>
    private static void Potongans(StringBuilder sb, IReadOnlyList<Potongan> potongans)
    {
        foreach (var r in potongans)
        {
            var teks = E(r.Teks).Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal);
            sb.Append(r.Tebal ? "<strong>" : string.Empty).Append(r.Miring ? "<em>" : string.Empty).Append(teks)
                .Append(r.Miring ? "</em>" : string.Empty).Append(r.Tebal ? "</strong>" : string.Empty);
        }
    }

    private static void Tabel(StringBuilder sb, BlokTabel t, string kelas)
    {
        sb.Append("<table class=\"data").Append(kelas.Length == 0 ? string.Empty : " halaman-baru").Append("\">");
        if (t.Keterangan is not null)
        {
            sb.Append("<caption>").Append(E(t.Keterangan)).Append("</caption>");
        }

        sb.Append("<thead><tr>");
        foreach (var k in t.Kepala)
        {
            sb.Append("<th scope=\"col\">").Append(E(k)).Append("</th>");
        }

        sb.Append("</tr></thead><tbody>");
        foreach (var baris in t.Barises)
        {
            sb.Append("<tr>");
            foreach (var s in baris)
            {
                sb.Append("<td").Append(s.GabungBawah > 1 ? $" rowspan=\"{s.GabungBawah}\"" : string.Empty).Append(s.Angka ? " class=\"angka\"" : string.Empty).Append('>')
                    .Append(s.Tebal ? "<strong>" + E(s.Teks) + "</strong>" : E(s.Teks)).Append("</td>");
            }

            sb.Append("</tr>");
        }

        sb.Append("</tbody></table>");
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);

    /// <summary>A CSS string literal: quotes, backslashes, control characters and anything that could close the style element escaped as code points.</summary>
    private static string StringCss(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c) || c is ' ' or '.' or ',' or '-' or '·' or '(' or ')')
            {
                sb.Append(c);
            }
            else
            {
                sb.Append('\\').Append(((int)c).ToString("x", System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
            }
        }

        return sb.Append('"').ToString();
    }
}
