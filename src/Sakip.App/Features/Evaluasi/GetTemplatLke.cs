using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Evaluasi;
using Sakip.App.Keamanan;
using Sakip.Domain.Bilangan;

namespace Sakip.App.Features.Evaluasi;

/// <summary>
/// The national LKE templates for an administrator of KPU RI (issue 11, item 1): every template
/// with its years, size and use, and, for one, its rows (components, sub-components, criteria) as
/// the editor shows them, with a blank row for a new criterion in each sub-component.
/// </summary>
public static class GetTemplatLke
{
    /// <param name="Kode">The template whose rows are wanted; null for the list only.</param>
    public sealed record Query(string? Kode = null);

    /// <param name="Kode">The template's code.</param>
    /// <param name="Nama">Its name.</param>
    /// <param name="TahunAwal">The first year it serves.</param>
    /// <param name="TahunAkhir">The last year; null when open-ended.</param>
    /// <param name="JumlahKriteria">How many criteria it has.</param>
    /// <param name="Revisi">A stored one's revision (0 for a shipped one).</param>
    /// <param name="Bawaan">Shipped with Sakip (never edited; copy it into a new version).</param>
    /// <param name="Dipakai">How many evaluations use it (a used stored version is kept as it is).</param>
    public sealed record Ringkasan(string Kode, string Nama, int TahunAwal, int? TahunAkhir, int JumlahKriteria, bool Bawaan, int Dipakai, int Revisi);

    /// <param name="Kode">The row's code: a component ("1"), a sub-component ("1.a") or a criterion ("1.a.1").</param>
    /// <param name="Nama">The name, or a criterion's text.</param>
    /// <param name="Bobot">A component's or sub-component's weight.</param>
    /// <param name="Jenis">A sub-component's kind.</param>
    /// <param name="Skala">A criterion's answer scale.</param>
    /// <param name="Baru">A blank row for a new criterion; ignored while its text is empty.</param>
    public sealed record Baris(string Kode, string Nama, string? Bobot, string? Jenis, string? Skala, bool Baru = false);

    /// <param name="Templats">Every template.</param>
    /// <param name="Barises">Its rows.</param>
    /// <param name="Skalas">The scales its criteria may use.</param>
    /// <param name="Templat">The template asked for, with its rows, when one was.</param>
    public sealed record Hasil(IReadOnlyList<Ringkasan> Templats, Ringkasan? Templat, IReadOnlyList<Baris> Barises, IReadOnlyList<string> Skalas);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            if (await KelolaTemplat.TolakAsync(db, pelaku, ct) is { } tolak)
            {
                return tolak;
            }

            var revisi = await db.TemplatLkeTersimpans.AsNoTracking().ToDictionaryAsync(t => t.Kode, t => t.Revisi, StringComparer.OrdinalIgnoreCase, ct);
            var dipakai = await db.EvaluasiAkips.GroupBy(e => e.KodeTemplat).Select(g => new { g.Key, Jumlah = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Jumlah, StringComparer.OrdinalIgnoreCase, ct);
            var semua = await KatalogTemplatLke.SemuaAsync(db, ct);
            var ringkasan = semua.Select(e => new Ringkasan(e.Templat.Kode, e.Templat.Nama, e.Templat.TahunAwal, e.Templat.TahunAkhir, e.Templat.SemuaKriteria.Count(), e.Json is null, dipakai.GetValueOrDefault(e.Templat.Kode), revisi.GetValueOrDefault(e.Templat.Kode))).ToList();
            if (q.Kode is null)
            {
                return new Hasil(ringkasan, null, [], []);
            }

            var entri = semua.FirstOrDefault(e => string.Equals(e.Templat.Kode, q.Kode.Trim(), StringComparison.OrdinalIgnoreCase));
            if (entri is null)
            {
                return Gagal.TidakDitemukan($"Templat LKE '{TeksRingkas.Potong(q.Kode, 20)}' tidak ada.");
            }

            var t = entri.Templat;
            var barises = new List<Baris>();
            foreach (var k in t.Komponens)
            {
                barises.Add(new Baris(k.Kode, k.Nama, FormatIndonesia.AngkaRingkas(k.Bobot), null, null));
                foreach (var s in k.SubKomponens)
                {
                    barises.Add(new Baris(s.Kode, s.Nama, FormatIndonesia.AngkaRingkas(s.Bobot), s.Jenis.ToString(), null));
                    barises.AddRange(s.Kriterias.Select(c => new Baris(c.Kode, c.Teks, null, null, c.KodeSkala)));
                    var nomor = s.Kriterias.Select(c => int.TryParse(c.Kode[(c.Kode.LastIndexOf('.') + 1)..], out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1;
                    barises.Add(new Baris($"{s.Kode}.{nomor}", string.Empty, null, null, t.Skalas[0].Kode, Baru: true));
                }
            }

            return new Hasil(ringkasan, ringkasan.Single(r => r.Kode == t.Kode), barises, [.. t.Skalas.Select(s => s.Kode)]);
        }
    }
}
