using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;
using Sakip.Domain.Bilangan;

namespace Sakip.App.Features.Perjanjian;

/// <summary>One PK version as written: parties, dates, reason, and every sasaran and indicator with its target.</summary>
public static class GetPerjanjianKinerja
{
    public sealed record Query(int Id);

    public sealed record Indikator(int Id, string Kode, string Uraian, string Target, JenisTarget JenisTarget, string? Satuan, string? CaraPerhitungan, Domain.Periode.JenisPeriode Periodisitas, Domain.Capaian.Polaritas Polaritas, Domain.Periode.CaraAkumulasi CaraAkumulasi, string? Rumus);

    /// <summary>One of the satker's people, who can be a party.</summary>
    public sealed record Pegawai(int Id, string Nama, string Jabatan);

    public sealed record Sasaran(string Kode, string Uraian, IReadOnlyList<Indikator> Indikators, int Id = 0);

    public sealed record Hasil(
        int Id,
        string KodeSatker,
        string NamaSatker,
        int Tahun,
        string Judul,
        int Versi,
        StatusPerjanjianKinerja Status,
        string? PihakPertama,
        string? PihakKedua,
        string? Tempat,
        string? Tanggal,
        string BerlakuMulai,
        string? AlasanPerubahan,
        IReadOnlyList<Sasaran> Sasarans,
        bool BolehUbahTarget,
        bool BolehTandatangani,
        int Revisi,
        int? PihakPertamaId,
        int? PihakKeduaId,
        IReadOnlyList<Pegawai> Pegawais);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            var pk = await db.PerjanjianKinerjas.AsNoTracking().Include(p => p.Satker).Include(p => p.PihakPertama).Include(p => p.PihakKedua)
                .Include(p => p.Sasarans).ThenInclude(s => s.Indikators)
                .AsSplitQuery()
                .SingleOrDefaultAsync(p => p.Id == q.Id, ct);
            if (pk is null)
            {
                return Gagal.TidakDitemukan("Perjanjian Kinerja tidak ditemukan.");
            }

            if (Izin.Periksa(pelaku, Tindakan.Membaca, pk.Satker) is { } tolak)
            {
                return tolak;
            }

            var draf = pk.Status == StatusPerjanjianKinerja.Draf;
            return Jawaban<Hasil>.Dari(new Hasil(
                pk.Id,
                pk.Satker.Kode,
                pk.Satker.Nama,
                pk.Tahun,
                pk.Judul,
                pk.Versi,
                pk.Status,
                pk.PihakPertama is { } p1 ? $"{p1.Nama}, {p1.Jabatan}" : null,
                pk.PihakKedua is { } p2 ? $"{p2.Nama}, {p2.Jabatan}" : null,
                pk.Tempat,
                pk.Tanggal is { } t ? FormatIndonesia.Tanggal(t) : null,
                FormatIndonesia.Tanggal(pk.BerlakuMulai),
                pk.AlasanPerubahan,
                [.. pk.Sasarans.OrderBy(s => s.Urutan).Select(s => new Sasaran(s.Kode, s.Uraian, [.. s.Indikators.OrderBy(i => i.Urutan)
                    .Select(i => new Indikator(i.Id, i.Kode, i.Uraian, i.TargetTeks(), i.JenisTarget, i.Satuan, i.CaraPerhitungan, i.Periodisitas, i.Polaritas, i.CaraAkumulasi, i.Rumus))], s.Id))],
                draf && pelaku.Boleh(Tindakan.MenyusunRencana, pk.SatkerId),
                draf && pelaku.Boleh(Tindakan.MenandatanganiPerjanjian, pk.SatkerId),
                pk.Revisi,
                pk.PihakPertamaId,
                pk.PihakKeduaId,
                draf ? await db.Pegawais.AsNoTracking().Where(x => x.SatkerId == pk.SatkerId).OrderBy(x => x.Id).Select(x => new Pegawai(x.Id, x.Nama, x.Jabatan)).ToListAsync(ct) : []));
        }
    }
}
