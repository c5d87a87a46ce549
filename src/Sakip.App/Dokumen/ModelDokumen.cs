namespace Sakip.App.Dokumen;

/// <summary>
/// A document as the builders compute it and the renderers lay it out (issue 10): every figure is
/// already text, formatted the Indonesian way; the renderers (DOCX, HTML) decide nothing but the
/// layout. User text in it is plain text and is never interpreted as markup by any renderer.
/// </summary>
/// <param name="Judul">The document's title (the file's title property, the HTML title).</param>
/// <param name="Kaki">The footer line before the page number ("Perjanjian Kinerja 2024 · KPU ...").</param>
/// <param name="Bloks">The content, in order.</param>
public sealed record ModelDokumen(string Judul, string Kaki, IReadOnlyList<Blok> Bloks)
{
    /// <summary>
    /// Hex SHA-256 of the content: the title and every block with its kind and values, in order,
    /// as JSON; the footer is left out, so the hash can be printed in it. The same data and words
    /// give the same hash in every format and on every run.
    /// </summary>
    public string Sidik()
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        void Tambah(string s) => hash.AppendData(System.Text.Encoding.UTF8.GetBytes(s + "\n"));
        Tambah(Judul);
        foreach (var b in Bloks)
        {
            Tambah(b.GetType().Name);
            Tambah(System.Text.Json.JsonSerializer.Serialize(b, b.GetType()));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

/// <summary>One piece of a document.</summary>
public abstract record Blok;

/// <summary>A heading; level 0 is a centred title line (a cover or a letter's head), 1-3 are numbered sections.</summary>
public sealed record BlokJudul(string Teks, int Tingkat) : Blok;

/// <summary>A paragraph of runs; <paramref name="Rata"/> centres or justifies it.</summary>
public sealed record BlokParagraf(IReadOnlyList<Potongan> Potongans, Perataan Rata = Perataan.Kiri) : Blok
{
    public static BlokParagraf Teks(string teks, Perataan rata = Perataan.Kiri) => new([new Potongan(teks)], rata);
}

/// <summary>A run of text, bold when <paramref name="Tebal"/>, italic when <paramref name="Miring"/>.</summary>
public sealed record Potongan(string Teks, bool Tebal = false, bool Miring = false);

/// <summary>A list: each item a paragraph of runs, bulleted or numbered from 1.</summary>
public sealed record BlokDaftar(IReadOnlyList<IReadOnlyList<Potongan>> Butirs, bool Bernomor) : Blok;

public enum Perataan
{
    Kiri,
    Tengah,
    RataKiriKanan,
    Kanan,
}

/// <summary>
/// A table: its header row, its rows of cells, and the relative width of each column. A cell
/// spanning rows below it (a sasaran over its indicators) says so with <see cref="Sel.GabungBawah"/>;
/// the cells it covers are absent from the rows below.
/// </summary>
public sealed record BlokTabel(IReadOnlyList<string> Kepala, IReadOnlyList<IReadOnlyList<Sel>> Barises, IReadOnlyList<int> Lebar, string? Keterangan = null) : Blok;

/// <summary>A table cell; <paramref name="GabungBawah"/> is how many rows it spans (1: itself only).</summary>
public sealed record Sel(string Teks, int GabungBawah = 1, bool Angka = false, bool Tebal = false);

/// <summary>
/// Signatures side by side: each column has the lines above the space for the signature (place and
/// date, role) and the name below it.
/// </summary>
public sealed record BlokTandaTangan(IReadOnlyList<KolomTandaTangan> Koloms) : Blok;

public sealed record KolomTandaTangan(IReadOnlyList<string> Atas, string Nama);

/// <summary>A new page.</summary>
public sealed record PemisahHalaman : Blok;

/// <summary>How a chart draws its series.</summary>
public enum JenisGrafik
{
    /// <summary>A vertical bar per category.</summary>
    Batang,

    /// <summary>A line through the categories (a trend over years).</summary>
    Garis,
}

/// <summary>
/// A chart of one series in percent: a native, editable chart in Word (with its data in an embedded
/// workbook and cached values, so LibreOffice draws it too), an SVG in HTML. A null value is a
/// category without a figure (drawn as a gap).
/// </summary>
public sealed record BlokGrafik(string Judul, JenisGrafik Jenis, IReadOnlyList<string> Kategoris, IReadOnlyList<decimal?> Nilais, string NamaSeri) : Blok;

/// <summary>
/// The table of contents: in Word a TOC field over the headings (Word fills it when the file is
/// opened and asked to update fields), in HTML the list of the document's level 1 and 2 headings.
/// </summary>
public sealed record BlokDaftarIsi(string Judul) : Blok;
