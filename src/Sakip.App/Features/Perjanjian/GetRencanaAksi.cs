using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Features.Capaian;
using Sakip.App.Keamanan;
using Sakip.Domain.Capaian;
using Sakip.Domain.Periode;

namespace Sakip.App.Features.Perjanjian;

/// <summary>
/// The Rencana Aksi of a PK version: for each indicator the targets of TW I-IV, the actions and who
/// carries them out, and the progress so far: the verified realisasi up to each quarter's end and
/// its capaian against that quarter's target.
/// </summary>
public static class GetRencanaAksi
{
    public sealed record Query(int PerjanjianKinerjaId);

    /// <param name="Triwulan">1-4.</param>
    /// <param name="Target">The quarter's target as written; empty when none is set.</param>
    /// <param name="Realisasi">Realisasi up to the quarter's end, as written; null when none is verified.</param>
    /// <param name="Capaian">Capaian against the quarter's target; null when it cannot be computed.</param>
    public sealed record TargetTriwulan(int Triwulan, string Target, string? Realisasi, decimal? Capaian);

    public sealed record Baris(int IndikatorId, string Kode, string Uraian, string TargetTahunan, JenisTarget JenisTarget, string? Aksi, string? PenanggungJawab, IReadOnlyList<TargetTriwulan> Triwulans);

    public sealed record Hasil(int Id, string KodeSatker, string NamaSatker, int Tahun, string Judul, int Versi, IReadOnlyList<Baris> Barises, bool BolehUbah, int Revisi = 0);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            var pk = await db.PerjanjianKinerjas.AsNoTracking().Include(p => p.Satker).SingleOrDefaultAsync(p => p.Id == q.PerjanjianKinerjaId, ct);
            if (pk is null)
            {
                return Gagal.TidakDitemukan("Perjanjian Kinerja tidak ditemukan.");
            }

            if (Izin.Periksa(pelaku, Tindakan.Membaca, pk.Satker) is { } tolak)
            {
                return tolak;
            }

            var versi = await PengukuranKinerja.MuatAsync(db, pk.SatkerId, pk.Tahun, ct);
            var ini = versi.Single(v => v.Id == pk.Id);
            var kebijakan = await PengukuranKinerja.KebijakanAsync(db, pk.SatkerId, pk.Tahun, ct);
            var barises = await BarisesAsync(db, ini, versi, kebijakan, ct);
            return Jawaban<Hasil>.Dari(new Hasil(pk.Id, pk.Satker.Kode, pk.Satker.Nama, pk.Tahun, pk.Judul, pk.Versi, barises, pelaku.Boleh(Tindakan.MenyusunRencana, pk.SatkerId), pk.Revisi));
        }
    }

    /// <summary>
    /// The Rencana Aksi rows of a PK version with progress per quarter, from versions already loaded
    /// (the dashboard measures from the same load) and the policy in force.
    /// </summary>
    internal static async Task<IReadOnlyList<Baris>> BarisesAsync(SakipDbContext db, PerjanjianKinerja ini, IReadOnlyList<PerjanjianKinerja> versi, KebijakanCapaian kebijakan, CancellationToken ct)
    {
        var rencana = await db.Set<RencanaAksi>().AsNoTracking()
            .Where(t => db.IndikatorKinerjas.Any(i => i.Id == t.IndikatorKinerjaId && i.Sasaran.PerjanjianKinerjaId == ini.Id))
            .ToListAsync(ct);
        var realisasiPerKode = PengukuranKinerja.RealisasiPerKode(ini, versi);
        return [.. ini.Sasarans.OrderBy(s => s.Urutan).SelectMany(s => s.Indikators.OrderBy(i => i.Urutan)).Select(i =>
        {
            var milik = rencana.Where(r => r.IndikatorKinerjaId == i.Id).ToList();
            var pertama = milik.OrderBy(r => r.Triwulan).FirstOrDefault(r => r.Aksi is not null || r.PenanggungJawab is not null);
            return new Baris(i.Id, i.Kode, i.Uraian, i.TargetTeks(), i.JenisTarget, pertama?.Aksi, pertama?.PenanggungJawab, [.. Enumerable.Range(1, 4).Select(tw =>
            {
                var r = milik.SingleOrDefault(x => x.Triwulan == tw);
                var (realisasi, teks, _) = PengukuranKinerja.RealisasiSampai(i, realisasiPerKode[i.Kode], Periode.Triwulan(ini.Tahun, tw));
                Target? target = i.JenisTarget == JenisTarget.Predikat
                    ? r?.TargetPredikat is { } p ? new TargetPredikat(p, i.SkalaPredikat ?? SkalaPredikat.NamaSakip) : null
                    : r?.TargetNilai is { } n ? new TargetAngka(n, i.Satuan) : null;
                var capaian = target is null ? null : KalkulatorCapaian.Hitung(target, i.Polaritas, realisasi, kebijakan).Nilai;
                var targetTeks = r?.TargetPredikat ?? (r?.TargetNilai is { } v ? IndikatorKinerja.TampilAngka(v, i.Satuan) : string.Empty);
                return new TargetTriwulan(tw, targetTeks, teks, capaian);
            })]);
        })];
    }
}
