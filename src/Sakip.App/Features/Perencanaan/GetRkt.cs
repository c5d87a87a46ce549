using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Keamanan;
using Sakip.Domain.Capaian;

namespace Sakip.App.Features.Perencanaan;

/// <summary>The RKTs of a satker-year with their sasaran kegiatan and indicators, and the year's programmes and budget.</summary>
public static class GetRkt
{
    public sealed record Query(string KodeSatker, int Tahun);

    public sealed record Indikator(int Id, int Urutan, string Uraian, string? Target, string? Satuan, string? CaraPencapaian, string? CaraPengukuran, string? Rumus, Polaritas Polaritas, int Revisi);

    public sealed record Sasaran(int Id, int Nomor, string Uraian, IReadOnlyList<Indikator> Indikators, int Revisi = 0);

    public sealed record Rencana(int Id, string Unit, string? Penandatangan, IReadOnlyList<Sasaran> Sasarans);

    public sealed record Program(int Id, int Urutan, string? Kode, string Nama, decimal Pagu, int Revisi);

    public sealed record Hasil(string KodeSatker, string NamaSatker, int Tahun, IReadOnlyList<Rencana> Rkts, IReadOnlyList<Program> Programs, decimal TotalPagu, bool BolehUbah, bool BolehSusunPk = false);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            var bacaan = await Izin.SatkerAsync(db, pelaku, q.KodeSatker, Tindakan.Membaca, ct);
            if (bacaan.Nilai is not { } satker)
            {
                return bacaan.Kegagalan!;
            }

            var rkts = await db.Rkts.AsNoTracking().Include(r => r.Penandatangan).Include(r => r.Sasarans).ThenInclude(s => s.Indikators).AsSplitQuery()
                .Where(r => r.SatkerId == satker.Id && r.Tahun == q.Tahun).OrderBy(r => r.Id).ToListAsync(ct);
            var programs = await db.ProgramAnggarans.AsNoTracking().Where(p => p.SatkerId == satker.Id && p.Tahun == q.Tahun).OrderBy(p => p.Urutan).ToListAsync(ct);
            return Jawaban<Hasil>.Dari(new Hasil(
                satker.Kode,
                satker.Nama,
                q.Tahun,
                [.. rkts.Select(r => new Rencana(r.Id, r.Unit, r.Penandatangan is { } p ? $"{p.Jabatan} ({p.Nama})" : null, [.. r.Sasarans.OrderBy(s => s.Nomor).Select(s => new Sasaran(
                    s.Id,
                    s.Nomor,
                    s.Uraian,
                    [.. s.Indikators.OrderBy(i => i.Urutan).Select(i => new Indikator(i.Id, i.Urutan, i.Uraian, i.TargetTeks, i.Satuan, i.CaraPencapaian, i.CaraPengukuran, i.Rumus, i.Polaritas, i.Revisi))],
                    s.Revisi))]))],
                [.. programs.Select(p => new Program(p.Id, p.Urutan, p.Kode, p.Nama, p.Pagu, p.Revisi))],
                programs.Sum(p => p.Pagu),
                pelaku.Boleh(Tindakan.MenyusunRkt, satker.Id),
                pelaku.Boleh(Tindakan.MenyusunRencana, satker.Id)));
        }
    }
}
