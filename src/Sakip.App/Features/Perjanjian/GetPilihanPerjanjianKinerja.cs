using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Perjanjian;

/// <summary>
/// What the form that creates a PK offers (<see cref="CreatePerjanjianKinerja"/>): the satker's
/// people for the parties, its RKTs of the year to copy from, and the agreements it already has.
/// </summary>
public static class GetPilihanPerjanjianKinerja
{
    public sealed record Query(string KodeSatker, int Tahun);

    public sealed record Hasil(string NamaSatker, IReadOnlyList<(int Id, string Nama, string Jabatan)> Pegawais, IReadOnlyList<(int Id, string Unit, int JumlahIndikator)> Rkts, IReadOnlyList<string> KodeTerpakai);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            var satker = await Izin.SatkerAsync(db, pelaku, q.KodeSatker, Tindakan.MenyusunRencana, ct);
            if (satker.Nilai is not { } s)
            {
                return satker.Kegagalan!;
            }

            var pegawai = await db.Pegawais.AsNoTracking().Where(p => p.SatkerId == s.Id).OrderBy(p => p.Id).Select(p => new { p.Id, p.Nama, p.Jabatan }).ToListAsync(ct);
            var rkt = await db.Rkts.AsNoTracking().Where(r => r.SatkerId == s.Id && r.Tahun == q.Tahun).OrderBy(r => r.Id)
                .Select(r => new { r.Id, r.Unit, Jumlah = r.Sasarans.SelectMany(x => x.Indikators).Count() }).ToListAsync(ct);
            var terpakai = await db.PerjanjianKinerjas.AsNoTracking().Where(p => p.SatkerId == s.Id && p.Tahun == q.Tahun).Select(p => p.Kode).Distinct().ToListAsync(ct);
            return new Hasil(s.Nama, [.. pegawai.Select(p => (p.Id, p.Nama, p.Jabatan))], [.. rkt.Select(r => (r.Id, r.Unit, r.Jumlah))], terpakai);
        }
    }
}
