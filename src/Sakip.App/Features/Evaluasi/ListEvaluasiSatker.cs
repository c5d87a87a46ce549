using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Evaluasi;
using Sakip.App.Keamanan;
using Sakip.App.Singgahan;
using Sakip.Domain.Evaluasi;

namespace Sakip.App.Features.Evaluasi;

/// <summary>
/// The roll-up of AKIP evaluations for KPU RI or a province (issue 11, item 7): the satker itself
/// and every satker below it the user reads, each with its final value and predikat, the change
/// from its previous finished evaluation, its component values, where its evaluation stands, and
/// whether it is below the target predikat (BB unless another is asked); with the distribution of
/// predikat.
/// </summary>
public static class ListEvaluasiSatker
{
    /// <param name="KodeSatker">The satker overseen.</param>
    /// <param name="Tahun">The year evaluated.</param>
    /// <param name="Target">The target predikat (AA..D); BB when not given.</param>
    public sealed record Query(string KodeSatker, int Tahun, string? Target = null);

    /// <param name="Kode">The satker's code.</param>
    /// <param name="Nama">Its name.</param>
    /// <param name="Nilai">Its final value, once fixed.</param>
    /// <param name="Predikat">Its predikat.</param>
    /// <param name="TahunLalu">The year of its previous finished evaluation.</param>
    /// <param name="Perubahan">The change of value from that one.</param>
    /// <param name="Komponens">Its component values (of the 88/2021 template), once fixed.</param>
    /// <param name="DiBawahTarget">Finished below the target predikat.</param>
    /// <param name="Status">Where the evaluation stands: "belum dibuka", the open round, or "selesai".</param>
    public sealed record Baris(string Kode, string Nama, decimal? Nilai, Predikat? Predikat, int? TahunLalu, decimal? Perubahan, IReadOnlyList<decimal> Komponens, bool DiBawahTarget, string Status);

    /// <summary>How many satker have a predikat (null: not finished).</summary>
    public sealed record Sebaran(Predikat? Predikat, int Jumlah);

    public sealed record Hasil(string KodeSatker, string NamaSatker, int Tahun, Predikat Target, IReadOnlyList<string> NamaKomponen, IReadOnlyList<Baris> Barises, IReadOnlyList<Sebaran> Sebarans);

    public sealed class Handler(SakipDbContext db, SinggahanSakip singgahan)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            if (Domain.Periode.Periode.PeriksaTahun(q.Tahun) is { } salahTahun)
            {
                return Gagal.TidakSah(salahTahun, nameof(Query.Tahun));
            }

            var target = Predikat.BB;
            if (!string.IsNullOrWhiteSpace(q.Target) && (!Enum.TryParse(q.Target.Trim(), ignoreCase: true, out target) || !Enum.IsDefined(target) || int.TryParse(q.Target, out _)))
            {
                return Gagal.TidakSah($"Target predikat harus salah satu dari {string.Join(", ", Enum.GetNames<Predikat>())}; tertulis '{TeksRingkas.Potong(q.Target, 10)}'.", nameof(Query.Target));
            }

            var bacaan = await Izin.SatkerAsync(db, pelaku, q.KodeSatker, Tindakan.Membaca, ct);
            if (bacaan.Nilai is not { } induk)
            {
                return bacaan.Kegagalan!;
            }

            var (_, pohon) = await singgahan.PohonAsync(db, ct);
            var ids = AksesPengguna.Turunan(induk.Id, pohon.Anak).Where(id => pelaku.Boleh(Tindakan.Membaca, id)).ToList();
            var evaluasi = await db.EvaluasiAkips.AsNoTracking().Include(e => e.Putarans).ThenInclude(p => p.Jawabans).Include(e => e.KomponenTercetaks).AsSplitQuery()
                .Where(e => ids.Contains(e.SatkerId) && e.Tahun == q.Tahun).ToDictionaryAsync(e => e.SatkerId, ct);
            var lalu = (await db.EvaluasiAkips.AsNoTracking()
                .Where(e => ids.Contains(e.SatkerId) && e.Tahun < q.Tahun && e.NilaiAkhir != null)
                .Select(e => new { e.SatkerId, e.Tahun, e.NilaiAkhir }).ToListAsync(ct))
                .GroupBy(e => e.SatkerId).ToDictionary(g => g.Key, g => g.MaxBy(e => e.Tahun)!);
            var templat = TemplatLkeJson.Bawaan(TemplatLkeJson.KodeBawaan[0]).Nilai!;
            var barises = ids.Select(id =>
            {
                var s = pohon.PerId[id];
                var e = evaluasi.GetValueOrDefault(id);
                var sebelumnya = lalu.GetValueOrDefault(id);
                var akhir = e is null ? null : EvaluasiTersimpan.HasilAkhir(e);
                var status = e is null ? "belum dibuka" : e.PutaranTerbuka is { } p ? EvaluasiTersimpan.NamaPutaran(p.Jenis) : e.Tercetak ? "selesai (nilai tercetak)" : "selesai";
                return new Baris(
                    s.Kode,
                    s.Nama,
                    e?.NilaiAkhir,
                    e?.PredikatAkhir,
                    sebelumnya?.Tahun,
                    e?.NilaiAkhir - sebelumnya?.NilaiAkhir,
                    akhir is not null && e!.KodeTemplat == templat.Kode ? [.. akhir.Komponens.Select(k => k.Nilai)] : [],
                    e?.PredikatAkhir > target,
                    status);
            }).ToList();
            var sebarans = Enum.GetValues<Predikat>().Select(p => new Sebaran(p, barises.Count(b => b.Predikat == p)))
                .Append(new Sebaran(null, barises.Count(b => b.Predikat is null))).ToList();
            return new Hasil(induk.Kode, induk.Nama, q.Tahun, target, [.. templat.Komponens.Select(k => k.Nama)], barises, sebarans);
        }
    }
}
