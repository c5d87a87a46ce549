using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Perjanjian;

/// <summary>One indicator's manual, with what the PK says of it and the satker's people to choose the one answerable from.</summary>
public static class GetManualIku
{
    public sealed record Query(string KodeSatker, int Tahun, string KodeIndikator);

    public sealed record PilihanPegawai(int Id, string Nama, string Jabatan);

    /// <summary>An indicator of the Renstra covering the year, offered as the one a PK indicator carries forward.</summary>
    public sealed record PilihanRenstra(int Id, string Teks);

    /// <summary>
    /// The Renstra indicator a PK indicator carries forward, with its target for the year reported
    /// on and its last target (the period's last year, or the latest year before it that has one).
    /// </summary>
    public sealed record KaitanRenstra(int Id, string KodeSasaran, string Sasaran, string Indikator, int TahunAwal, int TahunAkhir, string? TargetTahunIni, int? TahunTargetAkhir, string? TargetAkhir, Domain.Capaian.TargetAngka? TargetAkhirAngka);

    /// <summary>
    /// The indicator as the PK has it, the manual's fields (the formula prefilled from the PK's
    /// cara perhitungan while none is written), its revision, and whether the user may edit it.
    /// </summary>
    public sealed record Hasil(
        string KodeSatker,
        string NamaSatker,
        int Tahun,
        IndikatorTahunan.Baris Indikator,
        bool Ditulis,
        bool Iku,
        string? DefinisiOperasional,
        string? RumusUraian,
        string? SumberData,
        string? UnitPenanggungJawab,
        int? PenanggungJawabId,
        string? PenanggungJawab,
        KaitanRenstra? Renstra,
        string? PrioritasNasional,
        int Revisi,
        IReadOnlyList<PilihanPegawai> Pegawais,
        IReadOnlyList<PilihanRenstra> PilihanRenstras,
        bool BolehUbah);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            var bacaan = await Izin.SatkerAsync(db, pelaku, q.KodeSatker, Tindakan.Membaca, ct);
            if (bacaan.Nilai is not { } satker)
            {
                return bacaan.Kegagalan!;
            }

            var indikator = (await IndikatorTahunan.MuatAsync(db, satker.Id, q.Tahun, ct)).Barises.FirstOrDefault(i => i.Kode == q.KodeIndikator?.Trim());
            if (indikator is null)
            {
                return Gagal.TidakDitemukan($"Indikator '{TeksRingkas.Potong(q.KodeIndikator, 20)}' tidak ada di Perjanjian Kinerja {satker.Nama} tahun {q.Tahun}.");
            }

            return (await SemuaAsync(db, pelaku, satker, q.Tahun, [indikator], ct))[0];
        }
    }

    /// <summary>The manuals of <paramref name="indikators"/> in one read (the page of one, the document of all).</summary>
    internal static async Task<IReadOnlyList<Hasil>> SemuaAsync(SakipDbContext db, AksesPengguna pelaku, Entities.Satker satker, int tahun, IReadOnlyList<IndikatorTahunan.Baris> indikators, CancellationToken ct)
    {
        var kodes = indikators.Select(i => i.Kode).ToList();
        var manual = await db.ManualIkus.AsNoTracking().Include(x => x.PenanggungJawab)
            .Where(x => x.SatkerId == satker.Id && x.Tahun == tahun && kodes.Contains(x.KodeIndikator))
            .ToDictionaryAsync(x => x.KodeIndikator, StringComparer.Ordinal, ct);
        var pegawai = await db.Pegawais.AsNoTracking().Where(p => p.SatkerId == satker.Id).OrderBy(p => p.Nama)
            .Select(p => new PilihanPegawai(p.Id, p.Nama, p.Jabatan)).ToListAsync(ct);
        var renstra = await db.Renstras.AsNoTracking().AsSplitQuery()
            .Where(r => r.SatkerId == satker.Id && r.TahunAwal <= tahun && r.TahunAkhir >= tahun)
            .Include(r => r.Sasarans).ThenInclude(s => s.Indikators).ThenInclude(i => i.Targets)
            .OrderByDescending(r => r.TahunAwal).FirstOrDefaultAsync(ct);
        var kaitan = (renstra?.Sasarans ?? []).OrderBy(s => s.Kode, StringComparer.Ordinal)
            .SelectMany(s => s.Indikators.OrderBy(i => i.Kode, StringComparer.Ordinal).Select(i => Kaitan(renstra!, s, i, tahun)))
            .ToList();
        var pilihan = kaitan.Select(k => new PilihanRenstra(k.Id, $"{k.KodeSasaran} {TeksRingkas.Potong(k.Sasaran, 80)}: {TeksRingkas.Potong(k.Indikator, 100)} (target {tahun}: {k.TargetTahunIni ?? "-"})")).ToList();
        var boleh = pelaku.Boleh(Tindakan.MenyusunRencana, satker.Id);
        return [.. indikators.Select(i =>
        {
            var m = manual.GetValueOrDefault(i.Kode);
            return new Hasil(
                satker.Kode,
                satker.Nama,
                tahun,
                i,
                m is not null,
                m?.Iku ?? false,
                m?.DefinisiOperasional,
                m is null ? i.CaraPerhitungan ?? i.Rumus : m.RumusUraian,
                m?.SumberData,
                m?.UnitPenanggungJawab,
                m?.PenanggungJawabId,
                m?.PenanggungJawab is { } orang ? $"{orang.Nama}, {orang.Jabatan}" : null,
                kaitan.FirstOrDefault(k => k.Id == m?.IndikatorRenstraId),
                m?.PrioritasNasional,
                m?.Revisi ?? 0,
                pegawai,
                pilihan,
                boleh);
        })];
    }

    private static KaitanRenstra Kaitan(Entities.Renstra renstra, Entities.SasaranRenstra sasaran, Entities.IndikatorRenstra indikator, int tahun)
    {
        var akhir = indikator.Targets.Where(t => t.Tahun <= renstra.TahunAkhir).OrderByDescending(t => t.Tahun).FirstOrDefault();
        return new KaitanRenstra(
            indikator.Id,
            sasaran.Kode,
            sasaran.Uraian,
            indikator.Uraian,
            renstra.TahunAwal,
            renstra.TahunAkhir,
            indikator.Targets.FirstOrDefault(t => t.Tahun == tahun)?.Teks,
            akhir?.Tahun,
            akhir?.Teks,
            akhir?.Nilai is { } nilai ? new Domain.Capaian.TargetAngka(nilai, akhir.Satuan) : null);
    }
}
