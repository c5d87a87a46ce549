using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Dokumen;
using Sakip.App.Features.Capaian;
using Sakip.App.Features.Perencanaan;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Dokumen;

/// <summary>
/// The LKjIP of a satker-year (<see cref="DokumenLkjip"/>) from the data, in any document format,
/// for whoever may read the satker: the measurement is the dashboard's (<see cref="CalculateCapaian"/>),
/// the trend and the Renstra are those of their pages, so the report cannot differ from them.
/// </summary>
public static class GenerateDokumenLkjip
{
    /// <param name="KodeSatker">The satker.</param>
    /// <param name="Tahun">The year reported on.</param>
    /// <param name="Format"><c>docx</c>, <c>pdf</c>, <c>html</c> or <c>xlsx</c> (its tables).</param>
    /// <param name="KodePerjanjian">The PK reported on when the satker has more than one.</param>
    public sealed record Query(string KodeSatker, int Tahun, string? Format, string? KodePerjanjian = null);

    public sealed class Handler(SakipDbContext db, CalculateCapaian.Handler capaian, ListTrenCapaian.Handler tren, GetRenstra.Handler renstra, Anggaran.GetAnggaran.Handler anggaran, PencetakPdf pdf)
    {
        public async Task<Jawaban<BerkasDokumen>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            if (BerkasDokumen.Format(q.Format) is null)
            {
                return BerkasDokumen.FormatTidakDikenal(q.Format);
            }

            var model = await ModelAsync(pelaku, q.KodeSatker, q.Tahun, q.KodePerjanjian, null, ct);
            return model.Nilai is { } m ? await BerkasDokumen.BuatAsync(m, $"lkjip-{q.KodeSatker.Trim()}-{q.Tahun}", q.Format, pdf, ct) : model.Kegagalan!;
        }

        /// <summary>
        /// The LKjIP's model from the data, carrying the narrative, review and approval of
        /// <paramref name="versi"/> when given (its place of signing is the PK's).
        /// </summary>
        internal async Task<Jawaban<ModelDokumen>> ModelAsync(AksesPengguna pelaku, string kodeSatker, int tahun, string? kodePerjanjian, VersiLkjip? versi, CancellationToken ct)
        {
            var ukur = await capaian.HandleAsync(pelaku, new CalculateCapaian.Query(kodeSatker, tahun, KodePerjanjian: kodePerjanjian), ct);
            if (ukur.Nilai is not { } c)
            {
                return ukur.Kegagalan!;
            }

            var pk = await GenerateDokumenPerjanjianKinerja.MuatAsync(db, c.Pengukuran.Perjanjian.Id, ct);
            var programs = await db.ProgramAnggarans.AsNoTracking().Where(p => p.SatkerId == pk!.SatkerId && p.Tahun == tahun).ToListAsync(ct);
            var data = new DataLkjip(
                c,
                (await tren.HandleAsync(pelaku, new ListTrenCapaian.Query(kodeSatker), ct)).Nilai ?? [],
                (await renstra.HandleAsync(pelaku, new GetRenstra.Query(kodeSatker), ct)).Nilai,
                programs,
                pk!,
                versi is null ? null : versi with { Tempat = pk!.Tempat },
                await Organisasi.GetOrganisasi.Handler.MuatAsync(db, pk!.Satker, tahun, bolehUbah: false, ct),
                await Perjanjian.GetManualIku.SemuaAsync(db, pelaku, pk!.Satker, tahun, Perjanjian.IndikatorTahunan.Dari(pk), ct),
                await EvaluasiAsync(pk!.SatkerId, tahun, ct),
                await KepemiluanAsync(pk!.SatkerId, tahun, ct),
                [.. (await Kepemiluan.ImportRiwayatPartisipasi.RiwayatAsync(db, pk!.SatkerId, ct)).Where(r => r.Baris.Tahun <= tahun)],
                (await anggaran.HandleAsync(pelaku, new Anggaran.GetAnggaran.Query(kodeSatker, tahun), ct)).Nilai);
            return DokumenLkjip.Bangun(data);
        }

        /// <summary>The satker's imported contests of events up to the year, newest first, each rolled up as its page shows it.</summary>
        private async Task<IReadOnlyList<PartisipasiLkjip>> KepemiluanAsync(int satkerId, int tahun, CancellationToken ct)
        {
            var impors = await db.ImporKepemiluans.AsNoTracking().Include(i => i.Kontes).ThenInclude(k => k.Acara)
                .Where(i => i.SatkerId == satkerId && i.Kontes.Acara.Tanggal.Year <= tahun)
                .Select(i => new { i.Id, i.Kontes, Kesalahan = i.Temuans.Count(t => !t.Peringatan), Peringatan = i.Temuans.Count(t => t.Peringatan) })
                .ToListAsync(ct);
            var hasil = new List<PartisipasiLkjip>();
            foreach (var i in impors.OrderByDescending(i => i.Kontes.Acara.Tanggal).ThenBy(i => i.Kontes.Nama, StringComparer.Ordinal))
            {
                var puncaks = await Kepemiluan.DataKepemiluan.PuncakAsync(db, i.Id, ct);
                IReadOnlyList<(string, Domain.Kepemiluan.AngkaWilayah)> baris;
                if (puncaks is [var puncak])
                {
                    var bagian = (await Kepemiluan.DataKepemiluan.BagianRekapAsync(db, i.Id, puncak.Kode, [], ct))!;
                    baris = [.. bagian.Rekap.Anak(puncak.Kode).Select(a => (bagian.Rekap.Nama(a), bagian.Rekap.Angka(a)))];
                }
                else
                {
                    baris = [.. puncaks.Select(p => (p.Nama, p.Angka))];
                }

                hasil.Add(new PartisipasiLkjip(
                    i.Kontes.Acara.Tanggal.Year,
                    i.Kontes.Acara.Nama,
                    i.Kontes.Nama,
                    puncaks.Count == 1 ? puncaks[0].Nama : "seluruh wilayah",
                    baris,
                    puncaks.Count == 1 ? puncaks[0].Angka : Domain.Kepemiluan.AngkaWilayah.Jumlahkan(puncaks.Select(p => p.Angka)),
                    i.Kesalahan,
                    i.Peringatan));
            }

            return hasil;
        }

        /// <summary>
        /// The latest finished AKIP evaluation of the satker before the report's year (the
        /// evaluation of a year reads that year's LKjIP, so the LKjIP reports the one before, as
        /// the seed's LKjIP 2024 reports 2023's): its result, and for a printed one its source and
        /// what the consistency check finds.
        /// </summary>
        private async Task<(int Tahun, Domain.Evaluasi.HasilEvaluasiAkip Nilai, string? Sumber, IReadOnlyList<string> Temuan)?> EvaluasiAsync(int satkerId, int tahun, CancellationToken ct)
        {
            var e = await db.EvaluasiAkips.AsNoTracking().Include(x => x.Putarans).ThenInclude(p => p.Jawabans).Include(x => x.KomponenTercetaks).AsSplitQuery()
                .Where(x => x.SatkerId == satkerId && x.Tahun < tahun && x.NilaiAkhir != null)
                .OrderByDescending(x => x.Tahun).FirstOrDefaultAsync(ct);
            return e is null || Evaluasi.EvaluasiTersimpan.HasilAkhir(e) is not { } h
                ? null
                : (e.Tahun, h, e.SumberTercetak, Evaluasi.EvaluasiTersimpan.Temuan(e));
        }
    }
}
