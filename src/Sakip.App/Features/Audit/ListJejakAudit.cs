using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Audit;

/// <summary>
/// The audit trail of a satker, newest first, optionally of one record: who changed what, when,
/// from which value to which. For administrators, pimpinan and evaluators of the satker.
/// </summary>
public static class ListJejakAudit
{
    public const int UkuranHalaman = 50;

    public sealed record Query(string KodeSatker, string? Entitas = null, string? Kunci = null, int Halaman = 1);

    public sealed record Perubahan(string Kolom, string? Lama, string? Baru);

    public sealed record Baris(long Id, DateTimeOffset Waktu, string Pelaku, AksiAudit Aksi, string Entitas, string Kunci, IReadOnlyList<Perubahan> Perubahans);

    public sealed record Hasil(string NamaSatker, IReadOnlyList<Baris> Barises, bool AdaBerikutnya);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            var bacaan = await Izin.SatkerAsync(db, pelaku, q.KodeSatker, Tindakan.MembacaJejakAudit, ct);
            if (bacaan.Nilai is not { } satker)
            {
                return bacaan.Kegagalan!;
            }


            var query = db.JejakAudits.AsNoTracking().Where(a => a.SatkerId == satker.Id);
            if (!string.IsNullOrWhiteSpace(q.Entitas))
            {
                query = query.Where(a => a.Entitas == q.Entitas);
            }

            if (!string.IsNullOrWhiteSpace(q.Kunci))
            {
                query = query.Where(a => a.KunciEntitas == q.Kunci);
            }

            var halaman = Math.Max(1, q.Halaman);
            var rows = await query.OrderByDescending(a => a.Id).Skip((halaman - 1) * UkuranHalaman).Take(UkuranHalaman + 1).ToListAsync(ct);
            return Jawaban<Hasil>.Dari(new Hasil(
                satker.Nama,
                [.. rows.Take(UkuranHalaman).Select(a => new Baris(a.Id, a.Waktu, a.Pelaku, a.Aksi, a.Entitas, a.KunciEntitas, Urai(a.Perubahan)))],
                rows.Count > UkuranHalaman));
        }

        private static List<Perubahan> Urai(string json)
        {
            using var doc = JsonDocument.Parse(json);
            return [.. doc.RootElement.EnumerateObject()
                .Where(p => p.Value.ValueKind == JsonValueKind.Object)
                .Select(p => new Perubahan(p.Name, Teks(p.Value, "lama"), Teks(p.Value, "baru")))];
        }

        private static string? Teks(JsonElement e, string nama) =>
            e.TryGetProperty(nama, out var v) && v.ValueKind != JsonValueKind.Null ? (v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()) : null;
    }
}
