using System.Globalization;
using System.Text;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sakip.App.Data;
using Sakip.App.Entities;

namespace Sakip.Web.Tests.Korpus;

/// <summary>
/// The bad-input corpus (issue 7): every request of <c>permintaan-buruk.tsv</c> is refused with its
/// status and its message in Bahasa Indonesia, never a 500, never echoing a long value whole, and
/// writes nothing (no data row changes and no audit row is added).
/// </summary>
public class MasukanBurukTests(SakipWebFactory factory) : IClassFixture<SakipWebFactory>
{
    private readonly Dictionary<string, (HttpClient Client, string Token)> clients = [];

    public static TheoryData<string> Kasus()
    {
        var data = new TheoryData<string>();
        foreach (var k in Baca())
        {
            data.Add(k.Nama);
        }

        return data;
    }

    private sealed record Permintaan(string Nama, string Akun, string Metode, string Url, string Form, string Status, string Pesan);

    private static IEnumerable<Permintaan> Baca() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Korpus", "permintaan-buruk.tsv"))
            .Where(b => b.Length > 0 && !b.StartsWith('#'))
            .Select(b => b.Split('\t'))
            .Select(f => new Permintaan(f[0], f[1], f[2], f[3], f[4], f[5], f[6]));

    [Fact]
    public void Corpus_HasAtLeastEightyRequests_WithUniqueNames()
    {
        var semua = Baca().ToList();

        Assert.True(semua.Count >= 80, $"{semua.Count} requests");
        Assert.Equal(semua.Count, semua.Select(k => k.Nama).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Kasus))]
    public async Task BadRequest_IsRefusedWithItsMessage_AndWritesNothing(string nama)
    {
        var k = Baca().Single(x => x.Nama == nama);
        var (client, token) = await ClientAsync(k.Akun);
        var url = await IsiAsync(k.Url);
        var sebelum = await factory.SidikJariAsync();

        HttpResponseMessage respons;
        if (k.Metode == "GET")
        {
            respons = await client.GetAsync(new Uri(url, UriKind.Relative));
        }
        else
        {
            var isian = new List<KeyValuePair<string, string>>();
            foreach (var pasangan in k.Form.Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var i = pasangan.IndexOf('=', StringComparison.Ordinal);
                isian.Add(new(Uri.UnescapeDataString(pasangan[..i]), await IsiAsync(Uri.UnescapeDataString(pasangan[(i + 1)..]))));
            }

            isian.Add(new("__RequestVerificationToken", token));
            respons = await client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(isian));
        }

        var teks = await respons.Content.ReadAsStringAsync();
        var status = (int)respons.StatusCode;
        var halaman = new HtmlParser().ParseDocument(teks).Body?.TextContent ?? string.Empty;
        if (k.Status == "4xx")
        {
            Assert.True(status is >= 400 and < 500, $"{nama}: status {status}: {Ringkas(halaman)}");
        }
        else
        {
            Assert.True(int.Parse(k.Status, CultureInfo.InvariantCulture) == status, $"{nama}: status {status}, expected {k.Status}: {Ringkas(halaman)}");
        }

        if (k.Pesan != "-")
        {
            Assert.True(halaman.Contains(k.Pesan, StringComparison.Ordinal), $"{nama}: '{k.Pesan}' not in the page: {Ringkas(halaman)}");
        }

        Assert.DoesNotContain("<script>alert(1)</script>", teks, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x onerror", teks, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('x', 4002), teks, StringComparison.Ordinal);
        Assert.Equal(sebelum, await factory.SidikJariAsync());
    }

    private static string Ringkas(string s)
    {
        var t = string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return t.Length <= 600 ? t : t[..600];
    }

    private async Task<(HttpClient, string)> ClientAsync(string akun)
    {
        if (!clients.TryGetValue(akun, out var c))
        {
            var client = akun == "anonim" ? factory.CreateClient(new() { AllowAutoRedirect = false }) : await factory.MasukAsync(akun);
            if (akun == "anonim")
            {
                return clients[akun] = (client, await SakipWebFactory.TokenAsync(client, "/Masuk"));
            }

            c = clients[akun] = (client, await SakipWebFactory.TokenAsync(client, "/Akun"));
        }

        return c;
    }

    /// <summary>Expands the corpus placeholders.</summary>
    private async Task<string> IsiAsync(string s)
    {
        var hasil = new StringBuilder();
        var i = 0;
        while (i < s.Length)
        {
            var buka = s.IndexOf('{', i);
            if (buka < 0)
            {
                hasil.Append(s, i, s.Length - i);
                break;
            }

            var tutup = s.IndexOf('}', buka);
            hasil.Append(s, i, buka - i);
            var nama = s[(buka + 1)..tutup];
            hasil.Append(nama switch
            {
                "ind" => (await factory.IndikatorAsync("1871", "1.5")).ToString(CultureInfo.InvariantCulture),
                "pk" => (await factory.PerjanjianAsync("1871")).ToString(CultureInfo.InvariantCulture),
                "nul" => "\0",
                "rlo" => "\u202E",
                _ when nama.StartsWith("id:", StringComparison.Ordinal) => (await PenggunaIdAsync(nama[3..])).ToString(CultureInfo.InvariantCulture),
                _ when nama.StartsWith("x*", StringComparison.Ordinal) => new string('x', int.Parse(nama[2..], CultureInfo.InvariantCulture)),
                _ when nama.StartsWith("baris*", StringComparison.Ordinal) => string.Concat(Enumerable.Repeat("m\n", int.Parse(nama[6..], CultureInfo.InvariantCulture))),
                _ => throw new InvalidOperationException($"unknown placeholder {{{nama}}}"),
            });
            i = tutup + 1;
        }

        return hasil.ToString();
    }

    private async Task<int> PenggunaIdAsync(string nama)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SakipDbContext>();
        return await db.Set<Pengguna>().Where(p => p.NamaPengguna == nama).Select(p => p.Id).SingleAsync();
    }
}
