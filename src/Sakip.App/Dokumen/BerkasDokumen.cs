using System.Text.RegularExpressions;

namespace Sakip.App.Dokumen;

/// <summary>A document rendered to a file: its name, media type and bytes.</summary>
public sealed record BerkasDokumen(string NamaBerkas, string JenisKonten, byte[] Isi)
{
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The one place a document becomes a file in a format (docx, pdf, html, xlsx), for every document use case.</summary>
    /// <param name="model">The document.</param>
    /// <param name="nama">The file name without extension, made by the use case from codes (anything but a-z, 0-9 and '-' is replaced).</param>
    /// <param name="format">As asked; null is docx.</param>
    /// <param name="pdf">The printer for PDF.</param>
    /// <param name="ct">Cancellation.</param>
    public static async Task<Jawaban<BerkasDokumen>> BuatAsync(ModelDokumen model, string nama, string? format, PencetakPdf pdf, CancellationToken ct)
    {
        var aman = Regex.Replace(nama.ToLowerInvariant(), "[^a-z0-9-]", "-");
        switch (Format(format))
        {
            case "docx":
                return new BerkasDokumen(aman + ".docx", Docx, PenulisDocx.Tulis(model));
            case "xlsx":
                return new BerkasDokumen(aman + ".xlsx", Import.Bukti.JenisBerkas.Xlsx, PenulisXlsx.Tulis(model));
            case "pdf":
                var cetak = await pdf.CetakAsync(PenulisHtml.Tulis(model), ct);
                return cetak.Nilai is { } isi ? new BerkasDokumen(aman + ".pdf", "application/pdf", isi) : cetak.Kegagalan!;
            default:
                return new BerkasDokumen(aman + ".html", "text/html; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(PenulisHtml.Tulis(model)));
        }
    }

    /// <summary>The format asked for, normalised; null when it is none of docx, pdf, html or xlsx.</summary>
    public static string? Format(string? format) => (format ?? "docx").Trim().ToLowerInvariant() is var f && f is "docx" or "pdf" or "html" or "xlsx" ? f : null;

    /// <summary>The refusal of a format that is not offered, on the field <c>Format</c>.</summary>
    public static Gagal FormatTidakDikenal(string? format) =>
        Gagal.TidakSah($"Format '{TeksRingkas.Potong(format, 20)}' tidak dikenal; pilih docx, pdf, html atau xlsx.", "Format");
}
