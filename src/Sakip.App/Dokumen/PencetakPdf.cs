using System.Diagnostics;

namespace Sakip.App.Dokumen;

/// <summary>
/// Prints an HTML rendering to an A4 PDF with headless Chromium (STACK.md §4b; the page numbers and
/// the footer come from the HTML's <c>@page</c> rules), at most two at a time. Chromium's path is
/// <c>Sakip:Chromium</c> (default <c>/usr/bin/chromium</c>); without it the PDF is refused with a
/// clear message while Word, HTML and XLSX still work.
/// </summary>
public sealed class PencetakPdf(string jalurChromium)
{
    public const string JalurBawaan = "/usr/bin/chromium";

    private static readonly TimeSpan BatasWaktu = TimeSpan.FromSeconds(60);
    private readonly SemaphoreSlim antrean = new(2);

    public static PencetakPdf From(Microsoft.Extensions.Configuration.IConfiguration c) => new(c["Sakip:Chromium"] ?? JalurBawaan);

    public async Task<Jawaban<byte[]>> CetakAsync(string html, CancellationToken ct)
    {
        if (!File.Exists(jalurChromium))
        {
            return Gagal.TidakSah("PDF tidak dapat dibuat: Chromium tidak terpasang di server. Unduh dokumen dalam format Word atau HTML, atau minta administrator memasang paket chromium.");
        }

        var kerja = Directory.CreateTempSubdirectory("sakip-pdf-");
        await antrean.WaitAsync(ct);
        try
        {
            var masuk = Path.Combine(kerja.FullName, "dokumen.html");
            var keluar = Path.Combine(kerja.FullName, "dokumen.pdf");
            await File.WriteAllTextAsync(masuk, html, ct);
            var mulai = new ProcessStartInfo(jalurChromium)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", $"--user-data-dir={Path.Combine(kerja.FullName, "profil")}", $"--print-to-pdf={keluar}", new Uri(masuk).AbsoluteUri })
            {
                mulai.ArgumentList.Add(a);
            }

            using var proses = Process.Start(mulai) ?? throw new InvalidOperationException("Chromium tidak dapat dijalankan.");
            var galat = proses.StandardError.ReadToEndAsync(ct);
            _ = proses.StandardOutput.ReadToEndAsync(ct);
            using var batas = CancellationTokenSource.CreateLinkedTokenSource(ct);
            batas.CancelAfter(BatasWaktu);
            try
            {
                await proses.WaitForExitAsync(batas.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                proses.Kill(entireProcessTree: true);
                return Gagal.TidakSah($"PDF tidak selesai dibuat dalam {BatasWaktu.TotalSeconds:0} detik; coba lagi atau unduh dalam format Word.");
            }

            return File.Exists(keluar) && new FileInfo(keluar).Length > 0
                ? await File.ReadAllBytesAsync(keluar, ct)
                : Gagal.TidakSah("PDF tidak dapat dibuat oleh Chromium: " + TeksRingkas.Potong((await galat).Trim(), 300));
        }
        finally
        {
            antrean.Release();
            kerja.Delete(recursive: true);
        }
    }
}
