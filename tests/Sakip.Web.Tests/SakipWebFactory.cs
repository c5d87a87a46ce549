using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Sakip.App;
using Sakip.App.Data;

namespace Sakip.Web.Tests;

/// <summary>
/// The web app over a fresh database of its own, migrated and loaded with the demo data at start
/// (as <c>dotnet run</c> does). SQLite by default; PostgreSQL when <c>SAKIP_TEST_DB=postgres</c>.
/// </summary>
public class SakipWebFactory : WebApplicationFactory<Program>
{
    /// <summary>The demo accounts' password in tests (SAKIP_DEMO_PASSWORD).</summary>
    public const string KataSandiDemo = "UjiDemoSakip2024";

    private readonly string provider = (Environment.GetEnvironmentVariable("SAKIP_TEST_DB") ?? DatabaseSettings.Sqlite).ToLowerInvariant();
    private readonly string connectionString;

    public SakipWebFactory()
    {
        connectionString = provider == DatabaseSettings.Postgres
            ? $"{Environment.GetEnvironmentVariable("PG_TEST_CS") ?? throw new InvalidOperationException("PG_TEST_CS is not set; run the tests through ./test.sh.")};Database=web_{Guid.NewGuid():N}"
            : $"Data Source={Path.Combine(Path.GetTempPath(), $"sakip-web-{Guid.NewGuid():N}.db")};Pooling=False";
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("ConnectionStrings:Sakip", connectionString);
        builder.UseSetting("Sakip:AutoMigrate", "true");
        builder.UseSetting("Sakip:DemoData", "true");
        builder.UseSetting("Sakip:TugasLatar", "false");
        builder.UseSetting("SAKIP_DEMO_PASSWORD", KataSandiDemo);
    }

    /// <summary>A client signed in as a demo account (through the sign-in form, antiforgery included).</summary>
    public async Task<HttpClient> MasukAsync(string namaPengguna, string? kataSandi = null)
    {
        var client = CreateClient(new() { AllowAutoRedirect = false });
        var respons = await MasukAsync(client, namaPengguna, kataSandi ?? KataSandiDemo);
        if (respons.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Gagal masuk sebagai {namaPengguna}: {(int)respons.StatusCode}");
        }

        return client;
    }

    /// <summary>The id of an indicator in the first PK of a satker, by its code.</summary>
    public async Task<int> IndikatorAsync(string kodeSatker, string kode)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SakipDbContext>();
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.IndikatorKinerjas.Where(i => i.Kode == kode && db.PerjanjianKinerjas.Any(p => p.Id == i.Sasaran.PerjanjianKinerjaId && p.Satker.Kode == kodeSatker && p.Kode != "SEKRETARIS"))
                .Select(i => i.Id));
    }

    /// <summary>Puts an indicator's 2024 realisasi back to a draft holding a typed value (as before any election data was bound to it).</summary>
    public async Task RealisasiDrafAsync(string kodeSatker, string kodeIndikator, decimal nilai)
    {
        var id = await IndikatorAsync(kodeSatker, kodeIndikator);
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SakipDbContext>();
        var r = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.Include(db.RealisasiKinerjas, x => x.Variabels),
            x => x.IndikatorKinerjaId == id && x.Tahun == 2024 && x.JenisPeriode == Sakip.Domain.Periode.JenisPeriode.Tahun);
        r.Status = Sakip.App.Entities.StatusRealisasi.Draf;
        r.Nilai = nilai;
        r.Variabels.Clear();
        r.Revisi++;
        await db.SaveChangesAsync();
    }

    /// <summary>The id of the first version of a satker's first 2024 PK.</summary>
    public async Task<int> PerjanjianAsync(string kodeSatker)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SakipDbContext>();
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.MinAsync(
            db.PerjanjianKinerjas.Where(p => p.Satker.Kode == kodeSatker && p.Tahun == 2024).Select(p => p.Id));
    }

    /// <summary>The id of a draft PK of a satker (a 2025 Ketua PK with its first person, created once).</summary>
    public async Task<int> DrafAsync(string kodeSatker)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SakipDbContext>();
        var satker = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Satkers, s => s.Kode == kodeSatker);
        var ada = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(
            db.PerjanjianKinerjas.Where(p => p.SatkerId == satker.Id && p.Tahun == 2025 && p.Kode == Sakip.App.Features.Perjanjian.CreatePerjanjianKinerja.KodeKetua).Select(p => (int?)p.Id));
        if (ada is { } id)
        {
            return id;
        }

        var pertama = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.MinAsync(db.Pegawais.Where(p => p.SatkerId == satker.Id).Select(p => p.Id));
        var sistem = new Sakip.App.Keamanan.AksesPengguna(0, "sistem", "Sistem", new() { [satker.Id] = [Sakip.App.Entities.Peran.Administrator] });
        var hasil = await scope.ServiceProvider.GetRequiredService<Sakip.App.Features.Perjanjian.CreatePerjanjianKinerja.Handler>()
            .HandleAsync(sistem, new(kodeSatker, 2025, null, pertama, null, "Bandar Lampung"), default);
        return hasil.Nilai;
    }

    /// <summary>A draft Laporan Kinerja 2024 of the satker (made once), for pages that show one.</summary>
    public async Task<int> LaporanAsync(string kodeSatker)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SakipDbContext>();
        var satker = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Satkers, s => s.Kode == kodeSatker);
        var ada = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(
            db.LaporanKinerjas.Where(l => l.SatkerId == satker.Id && l.Tahun == 2024).OrderByDescending(l => l.Versi).Select(l => (int?)l.Id));
        if (ada is { } id)
        {
            return id;
        }

        var sistem = new Sakip.App.Keamanan.AksesPengguna(0, "sistem", "Sistem", new() { [satker.Id] = [Sakip.App.Entities.Peran.Administrator] });
        var hasil = await scope.ServiceProvider.GetRequiredService<Sakip.App.Features.Laporan.CreateLaporanKinerja.Handler>()
            .HandleAsync(sistem, new(kodeSatker, 2024), default);
        return hasil.Nilai;
    }

    /// <summary>The satker's evaluation of 2024 opened (once) with one recommendation, for pages that show one.</summary>
    public async Task EvaluasiAsync(string kodeSatker)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SakipDbContext>();
        var satker = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Satkers, s => s.Kode == kodeSatker);
        if (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.EvaluasiAkips, e => e.SatkerId == satker.Id && e.Tahun == 2024))
        {
            return;
        }

        var evaluator = new Sakip.App.Keamanan.AksesPengguna(0, "sistem", "Sistem", new() { [satker.Id] = [Sakip.App.Entities.Peran.Evaluator] });
        await scope.ServiceProvider.GetRequiredService<Sakip.App.Features.Evaluasi.CreateEvaluasiAkip.Handler>().HandleAsync(evaluator, new(kodeSatker, 2024), default);
        await scope.ServiceProvider.GetRequiredService<Sakip.App.Features.Evaluasi.EditRekomendasiEvaluasi.Handler>()
            .HandleAsync(evaluator, new(kodeSatker, 2024, null, 0, "1", "Publikasikan dokumen perencanaan kinerja.", null, null), default);
    }

    /// <summary>
    /// Answers every criterion of the satker's evaluation in the open round <paramref name="putaran"/>
    /// with <paramref name="jawaban"/> except those in <paramref name="kecuali"/> (left for the
    /// browser), as the round's own answerer would.
    /// </summary>
    public async Task JawabEvaluasiAsync(string kodeSatker, int tahun, Sakip.App.Entities.JenisPutaran putaran, string jawaban, params string[] kecuali)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SakipDbContext>();
        var satker = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Satkers, s => s.Kode == kodeSatker);
        var peran = putaran == Sakip.App.Entities.JenisPutaran.Mandiri ? Sakip.App.Entities.Peran.Operator : Sakip.App.Entities.Peran.Evaluator;
        var pelaku = new Sakip.App.Keamanan.AksesPengguna(0, "sistem", "Sistem", new() { [satker.Id] = [peran] });
        var jawab = scope.ServiceProvider.GetRequiredService<Sakip.App.Features.Evaluasi.RecordJawabanEvaluasi.Handler>();
        var baca = await scope.ServiceProvider.GetRequiredService<Sakip.App.Features.Evaluasi.GetEvaluasiAkip.Handler>().HandleAsync(pelaku, new(kodeSatker, tahun), default);
        foreach (var b in baca.Nilai!.Komponens.SelectMany(k => k.SubKomponens).SelectMany(s => s.Barises).Where(b => !kecuali.Contains(b.Kode)))
        {
            var hasil = await jawab.HandleAsync(pelaku, new(kodeSatker, tahun, putaran, b.Kode, jawaban, null, null, b.Isians.GetValueOrDefault(putaran)?.Revisi ?? 0), default);
            if (!hasil.Berhasil)
            {
                throw new InvalidOperationException($"{b.Kode}: {hasil.Pesan}");
            }
        }
    }

    /// <summary>Removes the evaluations the demo loads (1871's printed 2023 one, the worked 2024 ones), for a journey that opens those years itself.</summary>
    public async Task HapusEvaluasiDemoAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SakipDbContext>();
        db.EvaluasiAkips.RemoveRange(await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.Include(
                Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.Include(db.EvaluasiAkips, e => e.Putarans), e => e.KomponenTercetaks)
                .Where(e => e.SumberTercetak != null || e.Putarans.Any(p => p.DiajukanOleh == "Evaluator SAKIP KPU Provinsi Lampung"))));
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// What any write would change: the audit trail's length and every table a refused request
    /// could touch. Equal before and after a request means it wrote nothing.
    /// </summary>
    public async Task<string> SidikJariAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SakipDbContext>();
        return string.Join(
            ",",
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.JejakAudits),
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.RealisasiKinerjas),
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SumAsync(db.RealisasiKinerjas, r => r.Revisi),
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Set<Sakip.App.Entities.Berkas>()),
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Set<Sakip.App.Entities.BuktiRealisasi>()),
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.ProgramAnggarans),
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Set<Sakip.App.Entities.HakAkses>()),
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Set<Sakip.App.Entities.PeriodeTertutup>()),
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Set<Sakip.App.Entities.Pengguna>(), p => p.Aktif),
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Set<Sakip.App.Entities.Pengguna>()),
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Renstras));
    }

    /// <summary>Posts a multipart form (fields and files under "berkas") with the token of <paramref name="halaman"/>.</summary>
    public static async Task<HttpResponseMessage> KirimBerkasAsync(HttpClient client, string url, string halaman, Dictionary<string, string> isian, params (string Nama, byte[] Isi)[] berkas)
    {
        using var form = new MultipartFormDataContent();
        isian["__RequestVerificationToken"] = await TokenAsync(client, halaman);
        foreach (var (k, v) in isian)
        {
            form.Add(new StringContent(v), k);
        }

        foreach (var (nama, isi) in berkas)
        {
            var konten = new ByteArrayContent(isi);
            konten.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
            form.Add(konten, "berkas", nama);
        }

        return await client.PostAsync(new Uri(url, UriKind.Relative), form);
    }

    /// <summary>Posts the sign-in form with the token read from the page.</summary>
    public static async Task<HttpResponseMessage> MasukAsync(HttpClient client, string namaPengguna, string kataSandi)
    {
        var token = await TokenAsync(client, "/Masuk");
        return await client.PostAsync(new Uri("/Masuk", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.NamaPengguna"] = namaPengguna,
            ["Input.KataSandi"] = kataSandi,
            ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>The antiforgery token of the first form on a page.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(new Uri(url, UriKind.Relative));
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        return doc.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{url} tidak memuat token antiforgery.");
    }

    public override async ValueTask DisposeAsync()
    {
        try
        {
            await using var scope = Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SakipDbContext>().Database.EnsureDeletedAsync();
        }
        catch (InvalidOperationException)
        {
            // The host was never started: there is no database to drop.
        }

        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
