using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Perjanjian;

/// <summary>The Manual IKU of a satker-year: every indicator of its PK with its manual, or that it has none yet.</summary>
public static class ListManualIku
{
    public sealed record Query(string KodeSatker, int Tahun);

    /// <summary>An indicator and its manual's essentials (null fields where the manual is not written).</summary>
    public sealed record Baris(IndikatorTahunan.Baris Indikator, bool Ditulis, bool Iku, string? SumberData, string? PenanggungJawab);

    public sealed record Hasil(string KodeSatker, string NamaSatker, int Tahun, string? JudulPerjanjian, IReadOnlyList<Baris> Barises, bool BolehUbah);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            var bacaan = await Izin.SatkerAsync(db, pelaku, q.KodeSatker, Tindakan.Membaca, ct);
            if (bacaan.Nilai is not { } satker)
            {
                return bacaan.Kegagalan!;
            }

            var indikator = await IndikatorTahunan.MuatAsync(db, satker.Id, q.Tahun, ct);
            if (indikator.PerjanjianId is null)
            {
                return IndikatorTahunan.TanpaPerjanjian(satker.Nama, q.Tahun);
            }

            var manual = await db.ManualIkus.AsNoTracking().Where(m => m.SatkerId == satker.Id && m.Tahun == q.Tahun)
                .Select(m => new { m.KodeIndikator, m.Iku, m.SumberData, m.UnitPenanggungJawab, Orang = m.PenanggungJawab == null ? null : m.PenanggungJawab.Nama })
                .ToDictionaryAsync(m => m.KodeIndikator, StringComparer.Ordinal, ct);
            return new Hasil(
                satker.Kode,
                satker.Nama,
                q.Tahun,
                indikator.Judul,
                [.. indikator.Barises.Select(i => manual.TryGetValue(i.Kode, out var m)
                    ? new Baris(i, true, m.Iku, m.SumberData, string.Join(", ", new[] { m.Orang, m.UnitPenanggungJawab }.Where(x => !string.IsNullOrWhiteSpace(x))))
                    : new Baris(i, false, false, null, null))],
                pelaku.Boleh(Tindakan.MenyusunRencana, satker.Id));
        }
    }
}
