using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Sakip.Testing;

/// <summary>Reads a Word file a test received: it must validate (Office 2019) with no error.</summary>
public static class DocxUji
{
    /// <summary>The paragraphs' text, one per line, and each table row's cell texts.</summary>
    public static (string Teks, IReadOnlyList<IReadOnlyList<string>> Barises) Baca(byte[] isi)
    {
        using var dok = WordprocessingDocument.Open(new MemoryStream(isi), false);
        var galat = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(dok).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(galat.Count == 0, string.Join("\n", galat));
        var body = dok.MainDocumentPart!.Document.Body!;
        return (
            string.Join("\n", body.Descendants<Paragraph>().Select(p => p.InnerText)),
            [.. body.Descendants<TableRow>().Select(r => (IReadOnlyList<string>)[.. r.Elements<TableCell>().Select(c => c.InnerText)])]);
    }

    /// <summary>The footer's text (fields show as their cached result, none before Word updates them).</summary>
    public static string Kaki(byte[] isi)
    {
        using var dok = WordprocessingDocument.Open(new MemoryStream(isi), false);
        return string.Concat(dok.MainDocumentPart!.FooterParts.Select(f => f.Footer!.InnerText));
    }

    /// <summary>The instructions of every field in the body (TOC, and nothing a user typed).</summary>
    public static IReadOnlyList<string> KodeBidang(byte[] isi)
    {
        using var dok = WordprocessingDocument.Open(new MemoryStream(isi), false);
        var body = dok.MainDocumentPart!.Document.Body!;
        return [.. body.Descendants<FieldCode>().Select(f => f.Text), .. body.Descendants<SimpleField>().Select(f => f.Instruction?.Value ?? string.Empty)];
    }
}
