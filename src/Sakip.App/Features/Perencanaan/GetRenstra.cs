using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Perencanaan;

/// <summary>
/// A satker's Renstra as a cascade tree: visi, misi, tujuan, and each sasaran with its
/// indicators and yearly targets, the parent satker's sasaran it cascades from, and the child
/// satkers' sasaran that cascade from it.
/// </summary>
public static class GetRenstra
{
    public sealed record Query(string KodeSatker);

    /// <summary>An indicator with its yearly targets; <c>Induk</c> is the parent satker's indicator it cascades from.</summary>
    public sealed record Indikator(string Kode, string Uraian, IReadOnlyDictionary<int, string> Targets, int Id = 0, int Revisi = 0, Rujukan? Induk = null);

    public sealed record Rujukan(int Id, string KodeSatker, string NamaSatker, string Kode, string Uraian);

    /// <summary>A sasaran; <c>IndikatorInduk</c> lists the indicators of its parent sasaran an indicator can cascade from.</summary>
    public sealed record Sasaran(int Id, string Kode, string Uraian, string? Program, string? Kegiatan, Rujukan? Induk, IReadOnlyList<Rujukan> Turunan, IReadOnlyList<Indikator> Indikators, int Revisi = 0, IReadOnlyList<Rujukan>? IndikatorInduk = null);

    public sealed record Hasil(
        string KodeSatker,
        string NamaSatker,
        int TahunAwal,
        int TahunAkhir,
        string? Visi,
        IReadOnlyList<string> Misi,
        IReadOnlyList<string> Tujuan,
        IReadOnlyList<Sasaran> Sasarans,
        IReadOnlyList<Rujukan> PilihanInduk,
        bool BolehUbah,
        int Revisi = 0)
    {
        /// <summary>False when the satker has no Renstra yet (then only the satker and <see cref="BolehUbah"/>, whether the user may create one, are filled).</summary>
        public bool Ada => TahunAwal > 0;
    }

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            var satker = await db.Satkers.AsNoTracking().Include(s => s.Induk).SingleOrDefaultAsync(s => s.Kode == q.KodeSatker, ct);
            if (satker is null)
            {
                return Gagal.TidakDitemukan($"Satker dengan kode '{q.KodeSatker}' tidak ditemukan.");
            }

            if (Izin.Periksa(pelaku, Tindakan.Membaca, satker) is { } tolak)
            {
                return tolak;
            }

            var renstra = await db.Renstras.AsNoTracking()
                .Include(r => r.Butirs)
                .Include(r => r.Sasarans).ThenInclude(s => s.Indikators).ThenInclude(i => i.Targets)
                .Include(r => r.Sasarans).ThenInclude(s => s.Induk).ThenInclude(i => i!.Renstra).ThenInclude(r => r.Satker)
                .AsSplitQuery()
                .Where(r => r.SatkerId == satker.Id)
                .OrderByDescending(r => r.TahunAwal)
                .FirstOrDefaultAsync(ct);
            if (renstra is null)
            {
                return new Hasil(satker.Kode, satker.Nama, 0, 0, null, [], [], [], [], pelaku.Boleh(Tindakan.MenyusunRencana, satker.Id));
            }

            var idSasaran = renstra.Sasarans.Select(s => s.Id).ToList();
            var turunan = await db.SasaranRenstras.AsNoTracking()
                .Where(s => s.IndukId != null && idSasaran.Contains(s.IndukId.Value))
                .Select(s => new { IndukId = s.IndukId!.Value, Rujukan = new Rujukan(s.Id, s.Renstra.Satker.Kode, s.Renstra.Satker.Nama, s.Kode, s.Uraian) })
                .ToListAsync(ct);
            var pilihan = satker.IndukId is null ? [] : await db.SasaranRenstras.AsNoTracking()
                .Where(s => s.Renstra.SatkerId == satker.IndukId && s.Renstra.TahunAwal <= renstra.TahunAkhir && s.Renstra.TahunAkhir >= renstra.TahunAwal)
                .OrderBy(s => s.Kode)
                .Select(s => new Rujukan(s.Id, s.Renstra.Satker.Kode, s.Renstra.Satker.Nama, s.Kode, s.Uraian))
                .ToListAsync(ct);

            var idInduk = renstra.Sasarans.Where(s => s.IndukId != null).Select(s => s.IndukId!.Value).ToList();
            var indikatorInduk = await db.IndikatorRenstras.AsNoTracking()
                .Where(i => idInduk.Contains(i.SasaranRenstraId))
                .Select(i => new { i.SasaranRenstraId, i.Id, i.Kode, i.Uraian })
                .ToListAsync(ct);
            List<Rujukan> IndukDari(SasaranRenstra s) => s.Induk is null ? [] :
                [.. indikatorInduk.Where(i => i.SasaranRenstraId == s.IndukId).OrderBy(i => i.Kode, StringComparer.Ordinal).Select(i => new Rujukan(i.Id, s.Induk.Renstra.Satker.Kode, s.Induk.Renstra.Satker.Nama, i.Kode, i.Uraian))];
            static Rujukan? Ke(SasaranRenstra? s) => s is null ? null : new Rujukan(s.Id, s.Renstra.Satker.Kode, s.Renstra.Satker.Nama, s.Kode, s.Uraian);
            return Jawaban<Hasil>.Dari(new Hasil(
                satker.Kode,
                satker.Nama,
                renstra.TahunAwal,
                renstra.TahunAkhir,
                renstra.Visi,
                [.. renstra.Butirs.Where(b => b.Jenis == JenisButirRenstra.Misi).OrderBy(b => b.Nomor).Select(b => b.Teks)],
                [.. renstra.Butirs.Where(b => b.Jenis == JenisButirRenstra.Tujuan).OrderBy(b => b.Nomor).Select(b => b.Teks)],
                [.. renstra.Sasarans.OrderBy(s => s.Id).Select(s => new Sasaran(
                    s.Id,
                    s.Kode,
                    s.Uraian,
                    s.Program,
                    s.Kegiatan,
                    Ke(s.Induk),
                    [.. turunan.Where(t => t.IndukId == s.Id).Select(t => t.Rujukan)],
                    [.. s.Indikators.OrderBy(i => i.Kode, StringComparer.Ordinal).Select(i => new Indikator(i.Kode, i.Uraian, i.Targets.ToDictionary(t => t.Tahun, t => t.Teks), i.Id, i.Revisi, IndukDari(s).FirstOrDefault(r => r.Id == i.IndukId)))],
                    s.Revisi,
                    IndukDari(s)))],
                pilihan,
                pelaku.Boleh(Tindakan.MenyusunRencana, satker.Id),
                renstra.Revisi));
        }
    }
}
