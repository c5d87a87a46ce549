using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Sakip.App.Features.Demo;

namespace Sakip.Cli.Commands;

/// <summary><c>sakip demo load</c>.</summary>
internal static class DemoCommand
{
    public static Command Create(CliContext context)
    {
        var load = new Command("load", "Memuat data demo KPU Provinsi Lampung dan KPU Kota Bandar Lampung (aman diulang).");
        load.SetAction(async (_, ct) =>
        {
            await using var scope = context.CreateScope();
            if (await CapaianCommand.BelumSiapAsync(scope, context, ct))
            {
                return SakipCli.GagalProses;
            }

            var jawaban = await scope.ServiceProvider.GetRequiredService<LoadDemo.Handler>().HandleAsync(new LoadDemo.Command(context.Configuration["SAKIP_DEMO_PASSWORD"]), ct);
            if (jawaban.Nilai is not { } hasil)
            {
                return await context.GagalAsync(jawaban.Kegagalan!);
            }

            if (hasil.Ditambahkan.Count == 0)
            {
                await context.Output.WriteLineAsync("Data demo sudah lengkap; tidak ada yang diubah.");
            }
            else
            {
                await context.Output.WriteLineAsync("Data demo dimuat:");
                foreach (var baris in hasil.Ditambahkan)
                {
                    await context.Output.WriteLineAsync("  - " + baris);
                }
            }

            if (hasil.KataSandiDibuat is { } sandi)
            {
                await context.Output.WriteLineAsync($"Akun demo dibuat dengan kata sandi acak: {sandi}");
                await context.Output.WriteLineAsync("Simpan sekarang; kata sandi ini tidak ditampilkan lagi. Atur SAKIP_DEMO_PASSWORD untuk memilih sendiri.");
            }

            return SakipCli.Sukses;
        });
        return new Command("demo", "Data demo.") { load };
    }
}
