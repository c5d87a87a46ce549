using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Sakip.Testing;

/// <summary>
/// A minimal SMTP server on loopback for tests: it accepts every message (EHLO/HELO, MAIL, RCPT,
/// DATA, RSET, NOOP, QUIT, no TLS, no auth) and keeps what was sent, so a test reads the mail the
/// app put on the wire.
/// </summary>
public sealed class PendengarSmtp : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource berhenti = new();
    private readonly Task loop;

    public PendengarSmtp()
    {
        listener.Start();
        loop = Task.Run(TerimaAsync);
    }

    /// <summary>A message as received: the envelope and the raw DATA.</summary>
    public sealed record Surat(string Dari, IReadOnlyList<string> Kepada, string Data);

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public ConcurrentQueue<Surat> Diterima { get; } = new();

    /// <summary>Waits until at least <paramref name="jumlah"/> messages arrived (or five seconds passed).</summary>
    public async Task<IReadOnlyList<Surat>> TungguAsync(int jumlah)
    {
        for (var i = 0; i < 100 && Diterima.Count < jumlah; i++)
        {
            await Task.Delay(50);
        }

        return [.. Diterima];
    }

    private async Task TerimaAsync()
    {
        while (!berhenti.IsCancellationRequested)
        {
            TcpClient klien;
            try
            {
                klien = await listener.AcceptTcpClientAsync(berhenti.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (SocketException)
            {
                return;
            }

            _ = Task.Run(() => LayaniAsync(klien));
        }
    }

    private async Task LayaniAsync(TcpClient klien)
    {
        using var _ = klien;
        var aliran = klien.GetStream();
        using var baca = new StreamReader(aliran, Encoding.ASCII);
        await using var tulis = new StreamWriter(aliran, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await tulis.WriteLineAsync("220 localhost uji SMTP");
        string dari = string.Empty;
        var kepada = new List<string>();
        while (await baca.ReadLineAsync() is { } baris)
        {
            var perintah = baris.Length >= 4 ? baris[..4].ToUpperInvariant() : baris.ToUpperInvariant();
            switch (perintah)
            {
                case "EHLO":
                case "HELO":
                    await tulis.WriteLineAsync("250 localhost");
                    break;
                case "MAIL":
                    dari = Alamat(baris);
                    kepada.Clear();
                    await tulis.WriteLineAsync("250 OK");
                    break;
                case "RCPT":
                    kepada.Add(Alamat(baris));
                    await tulis.WriteLineAsync("250 OK");
                    break;
                case "DATA":
                    await tulis.WriteLineAsync("354 Akhiri dengan <CRLF>.<CRLF>");
                    var data = new StringBuilder();
                    while (await baca.ReadLineAsync() is { } isi && isi != ".")
                    {
                        data.Append(isi.StartsWith("..", StringComparison.Ordinal) ? isi[1..] : isi).Append("\r\n");
                    }

                    Diterima.Enqueue(new Surat(dari, [.. kepada], data.ToString()));
                    await tulis.WriteLineAsync("250 OK diterima");
                    break;
                case "QUIT":
                    await tulis.WriteLineAsync("221 Sampai jumpa");
                    return;
                default:
                    await tulis.WriteLineAsync("250 OK");
                    break;
            }
        }
    }

    private static string Alamat(string baris)
    {
        var awal = baris.IndexOf('<', StringComparison.Ordinal);
        var akhir = baris.IndexOf('>', StringComparison.Ordinal);
        return awal >= 0 && akhir > awal ? baris[(awal + 1)..akhir] : baris;
    }

    public async ValueTask DisposeAsync()
    {
        await berhenti.CancelAsync();
        listener.Stop();
        await loop;
        berhenti.Dispose();
    }
}
