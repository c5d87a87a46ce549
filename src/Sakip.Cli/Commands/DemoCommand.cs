using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Sakip.App.Features.Demo;

namespace Sakip.Cli.Commands;

/// <summary><c>sakip demo load</c> and <c>sakip demo nasional</c>.</summary>
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
        return new Command("demo", "Data demo.") { load, CreateNasional(context) };
    }

    private static Command CreateNasional(CliContext context)
    {
        var tahun = new Option<int>("--tahun") { Description = "Tahun PK dan realisasi (bawaan 2024).", DefaultValueFactory = _ => 2024 };
        var indikator = new Option<int>("--indikator") { Description = "Jumlah indikator per PK (bawaan 20).", DefaultValueFactory = _ => 20 };
        var command = new Command("nasional", "Membuat data sintetis seukuran nasional (553 satker dengan PK, realisasi 12 bulan dan akun operator/pimpinan) untuk uji skala; kata sandi akun dari SAKIP_DEMO_PASSWORD.") { tahun, indikator };
        command.SetAction(async (parse, ct) =>
        {
            await using var scope = context.CreateScope();
            if (await CapaianCommand.BelumSiapAsync(scope, context, ct))
            {
                return SakipCli.GagalProses;
            }

            var sandi = context.Configuration["SAKIP_DEMO_PASSWORD"];
            if (string.IsNullOrEmpty(sandi))
            {
                await context.Error.WriteLineAsync("Atur SAKIP_DEMO_PASSWORD (minimal 12 karakter) sebagai kata sandi akun yang dibuat.");
                return SakipCli.GagalProses;
            }

            var mulai = System.Diagnostics.Stopwatch.StartNew();
            var jawaban = await scope.ServiceProvider.GetRequiredService<GenerateNasional.Handler>().HandleAsync(new GenerateNasional.Command(parse.GetValue(tahun), parse.GetValue(indikator), sandi), ct);
            if (jawaban.Nilai is not { } hasil)
            {
                return await context.GagalAsync(jawaban.Kegagalan!);
            }

            await context.Output.WriteLineAsync($"Ditambahkan {hasil.Satker} satker, {hasil.Realisasi.ToString("N0", CultureInfo.GetCultureInfo("id-ID"))} realisasi, {hasil.Pengguna.ToString("N0", CultureInfo.GetCultureInfo("id-ID"))} akun dalam {mulai.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.GetCultureInfo("id-ID"))} detik.");
            return SakipCli.Sukses;
        });
        return command;
    }
}
