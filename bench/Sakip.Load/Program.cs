using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sakip.App;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Features.Audit;
using Sakip.Domain.Periode;
using Sakip.Testing;
using Sakip.Testing.Builders;

// The load and fault tests of issue 7 (bench/load/README.md). Loopback only; every run is bounded.
//   load  --pg CS [--satker 553] [--detik 120]   553 operators submit realisasi and read dashboards
//   fault --pg CS [--ronde 3] [--impor 5]        SIGKILL mid-burst and mid-import, then check the data
var perintah = args.FirstOrDefault() ?? "load";
string Opsi(string nama, string bawaan) => args.SkipWhile(a => a != nama).Skip(1).FirstOrDefault() ?? bawaan;
var cs = Opsi("--pg", Environment.GetEnvironmentVariable("PG_TEST_CS") ?? string.Empty);
if (cs.Length == 0)
{
    throw new InvalidOperationException("--pg or PG_TEST_CS is required");
}

var web = Path.GetFullPath(Opsi("--web", "src/Sakip.Web/bin/Release/net10.0/Sakip.Web.dll"));
var beban = new Beban(cs, web);
return perintah switch
{
    "load" => await beban.LoadAsync(int.Parse(Opsi("--satker", "553"), CultureInfo.InvariantCulture), int.Parse(Opsi("--detik", "120"), CultureInfo.InvariantCulture)),
    "fault" => await beban.FaultAsync(int.Parse(Opsi("--ronde", "3"), CultureInfo.InvariantCulture), int.Parse(Opsi("--impor", "5"), CultureInfo.InvariantCulture)),
    _ => throw new InvalidOperationException("usage: load|fault --pg CS"),
};

/// <summary>A realisasi slot: an indicator and a month.</summary>
internal readonly record struct Slot(int IndikatorId, int Bulan);

/// <summary>What one slot saw: the last acknowledged value, and values sent after it whose answer never came.</summary>
internal sealed class Catatan
{
    public decimal? Diakui { get; set; }

    public List<decimal> TanpaJawaban { get; } = [];
}

internal sealed partial class Beban(string cs, string web)
{
    public const int Tahun = 2026;
    public const string Sandi = "BebanUjiSakip2026";

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex PolaToken();

    [GeneratedRegex("name=\"Input.Revisi\" value=\"([0-9]*)\"")]
    private static partial Regex PolaRevisi();

    [GeneratedRegex("name=\"token\" value=\"([^\"]+)\"")]
    private static partial Regex PolaTokenImpor();

    private readonly List<(Process Proses, int Port)> server = [];

    private ServiceProvider Layanan() => new ServiceCollection()
        .AddSakipApp(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = "postgres", ["ConnectionStrings:Sakip"] = cs }).Build())
        .BuildServiceProvider();

    /// <summary>A fresh database with <paramref name="jumlah"/> satker, each with an operator and a signed PK of five monthly indicators.</summary>
    private async Task<Dictionary<string, int[]>> SemaiAsync(int jumlah)
    {
        await using var sp = Layanan();
        await using (var scope = sp.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SakipDbContext>();
            await db.Database.EnsureDeletedAsync();
            await db.Database.MigrateAsync();
        }

        var hash = new PasswordHasher<Pengguna>().HashPassword(new Pengguna { NamaPengguna = "x", NamaLengkap = "x", HashKataSandi = string.Empty }, Sandi);
        for (var awal = 1; awal <= jumlah; awal += 50)
        {
            await using var scope = sp.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SakipDbContext>();
            for (var i = awal; i < Math.Min(awal + 50, jumlah + 1); i++)
            {
                var satker = new Satker { Kode = $"L{i:000}", Nama = $"KPU Beban {i:000}", Tingkat = TingkatSatker.KabupatenKota };
                var pk = new PerjanjianKinerjaBuilder(satker).WithTahun(Tahun);
                for (var n = 1; n <= 5; n++)
                {
                    pk.WithIndikator(new IndikatorKinerja { Kode = $"1.{n}", Uraian = $"Indikator beban {n}", JenisTarget = JenisTarget.Angka, TargetNilai = 90, Satuan = "persen", Periodisitas = JenisPeriode.Bulan, CaraAkumulasi = CaraAkumulasi.Terakhir });
                }

                db.Add(pk.Build());
                var op = new Pengguna { NamaPengguna = $"op.l{i:000}", NamaLengkap = $"Operator Beban {i:000}", HashKataSandi = hash };
                op.HakAkses.Add(new HakAkses { Satker = satker, Peran = Peran.Operator });
                db.Add(op);
            }

            await db.SaveChangesAsync();
        }

        await using var baca = sp.CreateAsyncScope();
        var konteks = baca.ServiceProvider.GetRequiredService<SakipDbContext>();
        var ind = await konteks.IndikatorKinerjas
            .Select(i => new { i.Id, Satker = konteks.PerjanjianKinerjas.Where(p => p.Id == i.Sasaran.PerjanjianKinerjaId).Select(p => p.Satker.Kode).First(), i.Kode })
            .ToListAsync();
        return ind.GroupBy(i => i.Satker).ToDictionary(g => g.Key, g => g.OrderBy(i => i.Kode, StringComparer.Ordinal).Select(i => i.Id).ToArray());
    }

    /// <summary>Starts the real web app (Release, Production) on a free loopback port and waits until it answers.</summary>
    private async Task<(Process Proses, int Port)> MulaiAsync()
    {
        var port = PortBebas();
        var info = new ProcessStartInfo("dotnet", [web]) { WorkingDirectory = Path.GetDirectoryName(web)!, RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        info.Environment["Database__Provider"] = "postgres";
        info.Environment["ConnectionStrings__Sakip"] = cs + ";Maximum Pool Size=90";
        info.Environment["Sakip__AutoMigrate"] = "false";
        info.Environment["Sakip__DemoData"] = "false";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        var p = Process.Start(info)!;
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("server: " + e.Data); } };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        using var c = new HttpClient();
        for (var i = 0; i < 120; i++)
        {
            try
            {
                if ((await c.GetAsync(new Uri($"http://127.0.0.1:{port}/css/site.css"))).IsSuccessStatusCode)
                {
                    server.Add((p, port));
                    return (p, port);
                }
            }
            catch (HttpRequestException)
            {
            }

            if (p.HasExited)
            {
                throw new InvalidOperationException($"the web app exited with {p.ExitCode}");
            }

            await Task.Delay(250);
        }

        throw new InvalidOperationException("the web app did not answer within 30 s");
    }

    private static int PortBebas()
    {
        using var l = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    /// <summary>Samples the server's resident memory until cancelled; the peak in MB.</summary>
    private static async Task<long> PuncakMemoriAsync(Process p, CancellationToken ct)
    {
        long puncak = 0;
        while (!ct.IsCancellationRequested && !p.HasExited)
        {
            try
            {
                var rss = File.ReadLines($"/proc/{p.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
                puncak = Math.Max(puncak, long.Parse(rss.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024);
            }
            catch (IOException)
            {
                break;
            }

            try
            {
                await Task.Delay(500, ct);
            }
            catch (OperationCanceledException)
            {
            }
        }

        return puncak;
    }

    private static HttpClient Klien(int port) => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
    {
        BaseAddress = new Uri($"http://127.0.0.1:{port}"),
        Timeout = TimeSpan.FromSeconds(60),
    };

    private static async Task MasukAsync(HttpClient c, string nama)
    {
        var halaman = await c.GetStringAsync(new Uri("/Masuk", UriKind.Relative));
        var r = await c.PostAsync(new Uri("/Masuk", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.NamaPengguna"] = nama,
            ["Input.KataSandi"] = Sandi,
            ["__RequestVerificationToken"] = PolaToken().Match(halaman).Groups[1].Value,
        }));
        if (r.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"sign-in of {nama} answered {(int)r.StatusCode}");
        }
    }

    /// <summary>One save of a realisasi through the form: the page (token and version), then the post. True when acknowledged.</summary>
    private static async Task<(bool Diakui, int Status)> SimpanAsync(HttpClient c, Slot slot, decimal nilai, Action<int, double> catat)
    {
        var url = $"/Realisasi/Isi?indikator={slot.IndikatorId}&periode={slot.Bulan}";
        var jam = Stopwatch.StartNew();
        var halaman = await c.GetAsync(new Uri(url, UriKind.Relative));
        catat((int)halaman.StatusCode, jam.Elapsed.TotalMilliseconds);
        var html = await halaman.Content.ReadAsStringAsync();
        if (halaman.StatusCode != HttpStatusCode.OK)
        {
            return (false, (int)halaman.StatusCode);
        }

        jam.Restart();
        var r = await c.PostAsync(new Uri(url + "&handler=Simpan", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Nilai"] = nilai.ToString("0.0", CultureInfo.GetCultureInfo("id-ID")),
            ["Analisis"] = "Uji beban.",
            ["Revisi"] = PolaRevisi().Match(html).Groups[1].Value,
            ["Indikator"] = slot.IndikatorId.ToString(CultureInfo.InvariantCulture),
            ["Periode"] = slot.Bulan.ToString(CultureInfo.InvariantCulture),
            ["__RequestVerificationToken"] = PolaToken().Match(html).Groups[1].Value,
        }));
        catat((int)r.StatusCode, jam.Elapsed.TotalMilliseconds);
        return (r.StatusCode == HttpStatusCode.Redirect, (int)r.StatusCode);
    }

    public async Task<int> LoadAsync(int jumlah, int detik)
    {
        Console.WriteLine($"seeding {jumlah} satker (5 monthly indicators and one operator each) ...");
        var indikator = await SemaiAsync(jumlah);
        var (proses, port) = await MulaiAsync();
        using var berhenti = new CancellationTokenSource();
        var memori = PuncakMemoriAsync(proses, berhenti.Token);
        var latensi = new System.Collections.Concurrent.ConcurrentBag<double>();
        var status = new System.Collections.Concurrent.ConcurrentDictionary<int, int>();
        void Catat(int s, double ms)
        {
            latensi.Add(ms);
            status.AddOrUpdate(s, 1, (_, n) => n + 1);
        }

        var catatan = new System.Collections.Concurrent.ConcurrentDictionary<Slot, Catatan>();
        Console.WriteLine($"signing in {jumlah} operators ...");
        var klien = new HttpClient[jumlah];
        await Parallel.ForEachAsync(Enumerable.Range(1, jumlah), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
        {
            klien[i - 1] = Klien(port);
            await MasukAsync(klien[i - 1], $"op.l{i:000}");
        });

        // The reference, in the same session: the same operators and pacing fetching a static file.
        var referensi = new System.Collections.Concurrent.ConcurrentBag<double>();
        var akhirReferensi = DateTime.UtcNow.AddSeconds(Math.Max(5, detik / 6));
        await Task.WhenAll(Enumerable.Range(1, jumlah).Select(async i =>
        {
            var acak = new Random(-i);
            while (DateTime.UtcNow < akhirReferensi)
            {
                await Task.Delay(acak.Next(200, 1500));
                var jam = Stopwatch.StartNew();
                var r = await klien[i - 1].GetAsync(new Uri("/css/site.css", UriKind.Relative));
                await r.Content.ReadAsByteArrayAsync();
                referensi.Add(jam.Elapsed.TotalMilliseconds);
            }
        }));
        var urutReferensi = referensi.Order().ToArray();
        Console.WriteLine($"reference (static file, same operators and pacing, {Math.Max(5, detik / 6)} s): requests {urutReferensi.Length}, p50 {urutReferensi[urutReferensi.Length / 2]:0} ms, p95 {urutReferensi[(int)(urutReferensi.Length * 0.95)]:0} ms");

        Console.WriteLine($"running {detik} s ...");
        var selesai = DateTime.UtcNow.AddSeconds(detik);
        var jamTotal = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(1, jumlah).Select(async i =>
        {
            var acak = new Random(i);
            var c = klien[i - 1];
            var ids = indikator[$"L{i:000}"];
            while (DateTime.UtcNow < selesai)
            {
                await Task.Delay(acak.Next(200, 1500));
                try
                {
                    if (acak.NextDouble() < 0.6)
                    {
                        var jam = Stopwatch.StartNew();
                        var r = await c.GetAsync(new Uri($"/Capaian?satker=L{i:000}&tahun={Tahun}", UriKind.Relative));
                        await r.Content.ReadAsByteArrayAsync();
                        Catat((int)r.StatusCode, jam.Elapsed.TotalMilliseconds);
                    }
                    else
                    {
                        var slot = new Slot(ids[acak.Next(ids.Length)], acak.Next(1, 13));
                        var nilai = Math.Round((decimal)(acak.NextDouble() * 100), 1);
                        var (diakui, _) = await SimpanAsync(c, slot, nilai, Catat);
                        var cat = catatan.GetOrAdd(slot, _ => new Catatan());
                        if (diakui)
                        {
                            cat.Diakui = nilai;
                            cat.TanpaJawaban.Clear();
                        }
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    Catat(0, 0);
                }
            }
        }));
        var durasi = jamTotal.Elapsed.TotalSeconds;
        berhenti.Cancel();
        var puncak = await memori;
        proses.Kill();
        await proses.WaitForExitAsync();

        var (hilang, rantai) = await PeriksaAsync(catatan);
        var urut = latensi.Order().ToArray();
        double P(double q) => urut.Length == 0 ? 0 : urut[Math.Min(urut.Length - 1, (int)(q * urut.Length))];
        var lima = status.Where(s => s.Key >= 500).Sum(s => s.Value);
        var gagal = status.GetValueOrDefault(0);
        Console.WriteLine($"operators: {jumlah}, duration: {durasi:0} s, requests: {urut.Length}, requests/s: {urut.Length / durasi:0.0}");
        Console.WriteLine($"latency ms: p50 {P(0.50):0} p95 {P(0.95):0} p99 {P(0.99):0} max {P(1):0}; ratio p50 to the reference p50: {P(0.50) / Math.Max(0.1, urutReferensi[urutReferensi.Length / 2]):0.0}");
        Console.WriteLine($"status: {string.Join(", ", status.OrderBy(s => s.Key).Select(s => $"{s.Key}={s.Value}"))}");
        Console.WriteLine($"5xx: {lima}, transport errors: {gagal}, acknowledged saves checked: {catatan.Count(c => c.Value.Diakui is not null)}, lost writes: {hilang}, audit chain: {rantai}");
        Console.WriteLine($"server peak memory: {puncak} MB");
        return lima == 0 && gagal == 0 && hilang == 0 && rantai == "utuh" ? 0 : 1;
    }

    /// <summary>Every acknowledged save is in the database (or a later one whose answer was lost), and the audit chain verifies.</summary>
    private async Task<(int Hilang, string Rantai)> PeriksaAsync(IReadOnlyDictionary<Slot, Catatan> catatan)
    {
        await using var sp = Layanan();
        await using var scope = sp.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SakipDbContext>();
        var tersimpan = (await db.RealisasiKinerjas.AsNoTracking().Where(r => r.Tahun == Tahun && r.JenisPeriode == JenisPeriode.Bulan)
            .Select(r => new { r.IndikatorKinerjaId, r.NomorPeriode, r.Nilai }).ToListAsync())
            .ToDictionary(r => new Slot(r.IndikatorKinerjaId, r.NomorPeriode), r => r.Nilai);
        var hilang = catatan.Count(kv => kv.Value.Diakui is { } nilai
            && !(tersimpan.TryGetValue(kv.Key, out var ada) && (ada == nilai || kv.Value.TanpaJawaban.Contains(ada ?? -1))));
        var verifikasi = (await scope.ServiceProvider.GetRequiredService<VerifyAudit.Handler>().HandleAsync(new VerifyAudit.Query(), default)).Nilai!;
        return (hilang, verifikasi.Utuh ? "utuh" : $"rusak di baris {verifikasi.IdRusak}: {verifikasi.Pesan}");
    }

    /// <summary>
    /// Each realisasi row was written with its audit rows in one transaction: as many audit rows as
    /// saves (its version), or the save was not written at all.
    /// </summary>
    private async Task<int> SetengahTertulisAsync()
    {
        await using var sp = Layanan();
        await using var scope = sp.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SakipDbContext>();
        var versi = await db.RealisasiKinerjas.AsNoTracking().Where(r => r.Tahun == Tahun).Select(r => new { r.Id, Versi = r.Revisi }).ToListAsync();
        var jejak = (await db.JejakAudits.AsNoTracking().Where(a => a.Entitas == nameof(RealisasiKinerja) && (a.Aksi == AksiAudit.Tambah || a.Aksi == AksiAudit.Ubah))
            .Select(a => a.KunciEntitas).ToListAsync()).GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        return versi.Count(v => jejak.GetValueOrDefault(v.Id.ToString(CultureInfo.InvariantCulture)) != v.Versi);
    }

    public async Task<int> FaultAsync(int ronde, int impor)
    {
        var indikator = await SemaiAsync(60);
        var masalah = 0;
        for (var r = 1; r <= ronde; r++)
        {
            var (proses, port) = await MulaiAsync();
            var catatan = new System.Collections.Concurrent.ConcurrentDictionary<Slot, Catatan>();
            var klien = await Task.WhenAll(Enumerable.Range(1, 60).Select(async i => { var c = Klien(port); await MasukAsync(c, $"op.l{i:000}"); return c; }));
            var bunuhSetelah = TimeSpan.FromMilliseconds(new Random(r).Next(2000, 6000));
            var jam = Stopwatch.StartNew();
            var kerja = Task.WhenAll(Enumerable.Range(1, 60).Select(async i =>
            {
                var acak = new Random((r * 1000) + i);
                var ids = indikator[$"L{i:000}"];
                while (!proses.HasExited)
                {
                    var slot = new Slot(ids[acak.Next(ids.Length)], acak.Next(1, 13));
                    var nilai = Math.Round((decimal)(acak.NextDouble() * 100), 1);
                    var cat = catatan.GetOrAdd(slot, _ => new Catatan());
                    lock (cat)
                    {
                        cat.TanpaJawaban.Add(nilai);
                    }

                    try
                    {
                        var (diakui, _) = await SimpanAsync(klien[i - 1], slot, nilai, (_, _) => { });
                        if (diakui)
                        {
                            lock (cat)
                            {
                                cat.Diakui = nilai;
                                cat.TanpaJawaban.Clear();
                            }
                        }
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                    {
                        return;
                    }
                }
            }));
            await Task.Delay(bunuhSetelah);
            proses.Kill(entireProcessTree: true); // SIGKILL: no shutdown, no flush
            await proses.WaitForExitAsync();
            await kerja;
            var (hilang, rantai) = await PeriksaAsync(catatan);
            var setengah = await SetengahTertulisAsync();
            var (lagi, portLagi) = await MulaiAsync();
            using var cek = Klien(portLagi);
            var bisa = (await cek.GetAsync(new Uri("/Masuk", UriKind.Relative))).StatusCode == HttpStatusCode.OK;
            lagi.Kill();
            await lagi.WaitForExitAsync();
            Console.WriteLine($"burst {r}: killed after {jam.Elapsed.TotalSeconds:0.0} s, acknowledged saves {catatan.Count(c => c.Value.Diakui is not null)}, lost {hilang}, half-written {setengah}, audit chain {rantai}, restarts and serves: {bisa}");
            masalah += hilang + setengah + (rantai == "utuh" ? 0 : 1) + (bisa ? 0 : 1);
        }

        for (var r = 1; r <= impor; r++)
        {
            var (proses, port) = await MulaiAsync();
            using var c = Klien(port);
            await MasukAsync(c, "op.l001");
            var templat = await c.GetByteArrayAsync(new Uri($"/Realisasi/Unggah?handler=Templat&satker=L001&tahun={Tahun}", UriKind.Relative));
            var nilai = 10m + r;
            var isian = new List<(string, object?)>();
            for (var baris = 6; baris <= 10; baris++)
            {
                for (var kolom = 0; kolom < 12; kolom++)
                {
                    isian.Add(($"{(char)('G' + kolom)}{baris}", nilai));
                }
            }

            var berkas = XlsxUji.Isi(templat, "Realisasi", [.. isian]);
            var halaman = await c.GetStringAsync(new Uri($"/Realisasi/Unggah?satker=L001&tahun={Tahun}", UriKind.Relative));
            using var form = new MultipartFormDataContent
            {
                { new StringContent(PolaToken().Match(halaman).Groups[1].Value), "__RequestVerificationToken" },
                { new ByteArrayContent(berkas), "berkas", "isian.xlsx" },
            };
            var pratinjau = await (await c.PostAsync(new Uri($"/Realisasi/Unggah?satker=L001&tahun={Tahun}&handler=Periksa", UriKind.Relative), form)).Content.ReadAsStringAsync();
            var token = PolaTokenImpor().Match(pratinjau).Groups[1].Value;
            var terapkan = c.PostAsync(new Uri($"/Realisasi/Unggah?satker=L001&tahun={Tahun}&handler=Terapkan", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["token"] = WebUtility.HtmlDecode(token),
                ["__RequestVerificationToken"] = PolaToken().Match(pratinjau).Groups[1].Value,
            }));
            // Kill points every 150 ms, from before the import's transaction to after its answer.
            await Task.Delay((r - 1) * 150);
            proses.Kill(entireProcessTree: true);
            await proses.WaitForExitAsync();
            bool? diakui;
            try
            {
                diakui = (await terapkan).StatusCode == HttpStatusCode.Redirect;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                diakui = null;
            }

            await using var sp = Layanan();
            await using var scope = sp.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SakipDbContext>();
            var ids = indikator["L001"];
            var sama = await db.RealisasiKinerjas.CountAsync(x => ids.Contains(x.IndikatorKinerjaId) && x.Tahun == Tahun && x.Nilai == nilai);
            var utuh = sama is 0 or 60 && !(diakui == true && sama == 0);
            var setengah = await SetengahTertulisAsync();
            Console.WriteLine($"import {r}: token {(token.Length > 0 ? "ok" : "missing")}, answered {(diakui is null ? "never (killed)" : diakui.Value ? "saved" : "refused")}, cells with the import's value: {sama} of 60 -> {(utuh ? "all or nothing" : "HALF-WRITTEN")}, half-written rows {setengah}");
            masalah += (utuh ? 0 : 1) + setengah + (token.Length > 0 ? 0 : 1);
        }

        Console.WriteLine($"fault test problems: {masalah}");
        return masalah == 0 ? 0 : 1;
    }
}
