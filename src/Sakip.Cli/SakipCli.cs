using System.CommandLine;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sakip.App;
using Sakip.Cli.Commands;

namespace Sakip.Cli;

/// <summary>
/// The <c>sakip</c> command line: parses arguments, runs the same use cases as the web app and
/// prints their results. Exit codes: 0 success, 1 a business error (unknown satker, bad rows),
/// 2 a usage error (unknown option, missing or malformed value).
/// </summary>
public static partial class SakipCli
{
    public const int Sukses = 0;

    public const int GagalProses = 1;

    public const int GagalPerintah = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, IConfiguration? configuration = null)
    {
        configuration ??= new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var context = new CliContext(configuration, output, error);
        var root = new RootCommand("Sakip: sistem akuntabilitas kinerja satker KPU.")
        {
            DbCommand.Create(context),
            DemoCommand.Create(context),
            CapaianCommand.Create(context),
            PredikatCommand.Create(context),
            AuditCommand.Create(context),
            DokumenCommand.Create(context),
            EvaluasiCommand.Create(context),
            KepemiluanCommand.Create(context),
            AnggaranCommand.Create(context),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                await error.WriteLineAsync("Kesalahan: " + Terjemahkan(e.Message));
            }

            await error.WriteLineAsync("Jalankan 'sakip --help' untuk daftar perintah dan opsi.");
            return GagalPerintah;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }

    /// <summary>System.CommandLine has no Indonesian resources; its parse errors are translated here.</summary>
    internal static string Terjemahkan(string pesan)
    {
        var m = TidakDikenal().Match(pesan);
        if (m.Success)
        {
            return $"perintah atau opsi tidak dikenal: '{m.Groups[1].Value}'.";
        }

        m = Wajib().Match(pesan);
        if (m.Success)
        {
            return $"opsi '{m.Groups[1].Value}' wajib diisi.";
        }

        m = TanpaNilai().Match(pesan);
        if (m.Success)
        {
            return $"opsi '{m.Groups[1].Value}' memerlukan nilai.";
        }

        return pesan.StartsWith("Required command was not provided", StringComparison.Ordinal)
            ? "subperintah wajib diberikan."
            : pesan;
    }

    [GeneratedRegex(@"^Unrecognized command or argument '(.*)'")]
    private static partial Regex TidakDikenal();

    [GeneratedRegex(@"^Option '(.*)' is required")]
    private static partial Regex Wajib();

    [GeneratedRegex(@"^Required argument missing for option: '(.*)'")]
    private static partial Regex TanpaNilai();
}

/// <summary>What every command needs: configuration for the database and the two output streams.</summary>
public sealed class CliContext(IConfiguration configuration, TextWriter output, TextWriter error)
{
    public IConfiguration Configuration { get; } = configuration;

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>A scope with the App's services; disposed by the caller.</summary>
    public AsyncServiceScope CreateScope()
    {
        var services = new ServiceCollection().AddSakipApp(Configuration).BuildServiceProvider();
        return services.CreateAsyncScope();
    }

    public async Task<int> GagalAsync(string pesan, int kode = SakipCli.GagalProses)
    {
        await Error.WriteLineAsync("Kesalahan: " + pesan);
        return kode;
    }

    /// <summary>
    /// The one place a failed use case becomes the command line's answer: its message and each
    /// field error on the error stream, exit code 1 (<see cref="SakipCli.GagalProses"/>).
    /// </summary>
    public async Task<int> GagalAsync(Gagal gagal)
    {
        await Error.WriteLineAsync("Kesalahan: " + gagal.Pesan);
        foreach (var k in gagal.Kesalahans.Where(k => k.Pesan != gagal.Pesan))
        {
            await Error.WriteLineAsync($"  - {(k.Bidang is null ? string.Empty : k.Bidang + ": ")}{k.Pesan}");
        }

        return SakipCli.GagalProses;
    }
}
