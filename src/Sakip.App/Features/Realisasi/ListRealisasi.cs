using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Features.Capaian;
using Sakip.App.Keamanan;
using Sakip.Domain.Periode;

namespace Sakip.App.Features.Realisasi;

/// <summary>
/// The realisasi grid of a satker-year: every indicator of the PK in force with its periods and
/// the state of each, and what the user may do there.
/// </summary>
public static class ListRealisasi
{
    public sealed record Query(string KodeSatker, int Tahun, string? KodePerjanjian = null);

    public sealed record Sel(int Nomor, string Label, int? RealisasiId, StatusRealisasi? Status, string? Nilai, int JumlahBukti);

    public sealed record Baris(int IndikatorId, string Kode, string Uraian, string Target, JenisPeriode Periodisitas, IReadOnlyList<Sel> Periodes);

    public sealed record Hasil(string NamaSatker, string JudulPerjanjian, bool BolehIsi, bool BolehVerifikasi, IReadOnlyList<Baris> Barises, int JumlahMenunggu, bool BolehTutup, IReadOnlyList<string> PeriodeTertutup, int HariBatasWaktu);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            var bacaan = await Izin.SatkerAsync(db, pelaku, q.KodeSatker, Tindakan.Membaca, ct);
            if (bacaan.Nilai is not { } satker)
            {
                return bacaan.Kegagalan!;
            }

            var versi = await PengukuranKinerja.MuatAsync(db, satker.Id, q.Tahun, ct);
            var berlaku = Entities.PerjanjianKinerja.YangBerlaku(versi, new DateOnly(q.Tahun, 12, 31));
            var pk = q.KodePerjanjian is null ? berlaku.FirstOrDefault() : berlaku.FirstOrDefault(p => p.Kode == q.KodePerjanjian);
            if (pk is null)
            {
                return Gagal.TidakDitemukan($"Belum ada Perjanjian Kinerja tahun {q.Tahun} untuk {satker.Nama}.");
            }

            var realisasiPerKode = PengukuranKinerja.RealisasiPerKode(pk, versi);
            var idVersi = versi.Where(v => v.Kode == pk.Kode).Select(v => v.Id).ToList();
            var buktis = await db.Set<BuktiRealisasi>().AsNoTracking()
                .Where(b => db.RealisasiKinerjas.Any(r => r.Id == b.RealisasiKinerjaId && idVersi.Contains(r.Indikator.Sasaran.PerjanjianKinerjaId)))
                .GroupBy(b => b.RealisasiKinerjaId).Select(g => new { g.Key, Jumlah = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Jumlah, ct);
            var barises = pk.Sasarans.OrderBy(s => s.Urutan).SelectMany(s => s.Indikators.OrderBy(i => i.Urutan)).Select(i => new Baris(
                i.Id,
                i.Kode,
                i.Uraian,
                i.TargetTeks(),
                i.Periodisitas,
                [.. Periode.SemuaDalam(q.Tahun, i.Periodisitas).Select(p =>
                {
                    var r = realisasiPerKode[i.Kode].Where(x => x.Tahun == q.Tahun && x.JenisPeriode == p.Jenis && x.NomorPeriode == p.Nomor).MaxBy(x => x.Id);
                    var nilai = r is null ? null : r.Predikat ?? (r.Nilai is { } n ? IndikatorKinerja.TampilAngka(n, r.Satuan) : r.Variabels.Count > 0 ? "variabel terisi" : r.Selesai == true ? "selesai" : null);
                    return new Sel(p.Nomor, p.Label, r?.Id, r?.Status, nilai, r is null ? 0 : buktis.GetValueOrDefault(r.Id));
                })])).ToList();
            return Jawaban<Hasil>.Dari(new Hasil(
                satker.Nama,
                pk.Judul,
                pelaku.Boleh(Tindakan.MengisiRealisasi, satker.Id) && pk.Status == StatusPerjanjianKinerja.Ditandatangani,
                pelaku.Boleh(Tindakan.MemverifikasiRealisasi, satker.Id),
                barises,
                barises.Sum(b => b.Periodes.Count(p => p.Status == StatusRealisasi.Diajukan)),
                pelaku.Boleh(Tindakan.MenutupPeriode, satker.Id),
                [.. (await db.Set<PeriodeTertutup>().AsNoTracking().Where(p => p.SatkerId == satker.Id && p.Tahun == q.Tahun).ToListAsync(ct))
                    .OrderBy(p => p.Periode.Awal).ThenBy(p => p.JenisPeriode).Select(p => p.Periode.Label)],
                await TenggatRealisasi.HariAsync(db, satker.Id, q.Tahun, ct)));
        }
    }
}
