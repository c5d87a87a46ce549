namespace Sakip.Cli;

/// <summary>
/// A progress bar on a text stream: <c>[##########----------] 50 % Mengimpor data.csv</c>. On a
/// terminal it redraws one line; written to a file or a pipe it prints a line at every quarter, so
/// a log stays short.
/// </summary>
internal sealed class BilahKemajuan(TextWriter tulis, string judul) : IProgress<decimal>
{
    private const int Lebar = 20;
    private readonly bool terminal = ReferenceEquals(tulis, Console.Error) && !Console.IsErrorRedirected;
    private decimal terakhir = -1;
    private bool ditulis;

    public void Report(decimal value)
    {
        var persen = Math.Clamp(value, 0m, 100m);
        if (terminal ? persen - terakhir < 0.5m : Math.Floor(persen / 25m) <= Math.Floor(terakhir / 25m))
        {
            return;
        }

        terakhir = persen;
        var isi = (int)Math.Round(persen / 100m * Lebar);
        var baris = $"[{new string('#', isi)}{new string('-', Lebar - isi)}] {Math.Round(persen):0} % {judul}";
        tulis.Write(terminal ? "\r" + baris : baris + Environment.NewLine);
        ditulis = true;
    }

    /// <summary>Ends the bar's line on a terminal.</summary>
    public void Selesai()
    {
        if (terminal && ditulis)
        {
            tulis.WriteLine();
        }
    }
}
