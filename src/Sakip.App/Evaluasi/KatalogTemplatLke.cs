using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.Domain.Evaluasi;

namespace Sakip.App.Evaluasi;

/// <summary>The LKE templates an evaluation may use: the shipped ones and those stored in Sakip (<see cref="Entities.TemplatLkeTersimpan"/>).</summary>
public static class KatalogTemplatLke
{
    /// <param name="Templat">The template.</param>
    /// <param name="Json">A stored template's JSON (what an evaluation copies); null for a shipped one.</param>
    public sealed record Entri(TemplatLke Templat, string? Json);

    /// <summary>Every template, the shipped ones first.</summary>
    public static async Task<IReadOnlyList<Entri>> SemuaAsync(SakipDbContext db, CancellationToken ct)
    {
        var tersimpan = await db.TemplatLkeTersimpans.AsNoTracking().OrderBy(t => t.Kode).Select(t => t.Json).ToListAsync(ct);
        return [.. TemplatLkeJson.KodeBawaan.Select(k => new Entri(TemplatLkeJson.Bawaan(k).Nilai!, null)), .. tersimpan.Select(j => new Entri(TemplatLkeJson.DariTeks(j), j))];
    }

    /// <summary>The template of that code; null for the newest that serves <paramref name="tahun"/> (the latest first year; a shipped one on a tie).</summary>
    public static async Task<Jawaban<Entri>> CariAsync(SakipDbContext db, string? kode, int tahun, CancellationToken ct)
    {
        var semua = await SemuaAsync(db, ct);
        if (string.IsNullOrWhiteSpace(kode))
        {
            return semua.Where(e => e.Templat.Berlaku(tahun)).OrderByDescending(e => e.Templat.TahunAwal).FirstOrDefault() ?? semua[0];
        }

        var k = kode.Trim();
        return semua.FirstOrDefault(e => string.Equals(e.Templat.Kode, k, StringComparison.OrdinalIgnoreCase)) is { } entri
            ? entri
            : Gagal.TidakSah($"Templat LKE '{TeksRingkas.Potong(k, 20)}' tidak dikenal; yang tersedia: {string.Join(", ", semua.Select(e => e.Templat.Kode))}.");
    }
}
