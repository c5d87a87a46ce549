using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Features.Capaian;
using Sakip.App.Keamanan;
using Sakip.Domain.Anggaran;
using Sakip.Domain.Bilangan;

namespace Sakip.App.Features.Anggaran;

/// <summary>
/// A satker-year's budget as the Anggaran page, the CLI and the LKjIP show it (issue 13, items 2,
/// 3 and 5): the DIPA in force as a tree with pagu, realisation and absorption per source, every
/// state with what it moved, the checks, the SIMONIKA reports, the indicators fed from it, and the
/// efficiency table (each linked sasaran's capaian beside the absorption of its lines).
/// </summary>
public static class GetAnggaran
{
    /// <param name="KodeSatker">The satker.</param>
    /// <param name="Tahun">The budget year; null = the latest with a DIPA (else this year).</param>
    public sealed record Query(string KodeSatker, int? Tahun);

    /// <summary>An indicator whose realisasi is fed from budget data.</summary>
    /// <param name="Kode">The indicator's code in the PK.</param>
    /// <param name="Uraian">The indicator.</param>
    /// <param name="Ukuran">What it is bound to.</param>
    /// <param name="Nilai">The figure from the data, or null.</param>
    /// <param name="Sumber">Where it came from.</param>
    /// <param name="Realisasi">The yearly realisasi recorded for it, or null.</param>
    public sealed record IndikatorAnggaran(string Kode, string Uraian, UkuranAnggaran Ukuran, decimal? Nilai, string Sumber, decimal? Realisasi);

    /// <summary>A row of the efficiency table.</summary>
    /// <param name="KodeSasaran">The sasaran's code.</param>
    /// <param name="Sasaran">The sasaran.</param>
    /// <param name="Kodes">The budget lines linked to it.</param>
    /// <param name="Angka">Their figures together (all sources).</param>
    /// <param name="Capaian">The sasaran's capaian (mean of its indicators), or null.</param>
    public sealed record BarisEfisiensi(string KodeSasaran, string Sasaran, IReadOnlyList<string> Kodes, AngkaAnggaran Angka, decimal? Capaian)
    {
        /// <summary>Capaian less penyerapan, in percentage points: above 0, more performance than money spent.</summary>
        public decimal? Selisih => Capaian is { } c && Angka.Penyerapan is { } p ? c - p : null;
    }

    /// <param name="KodeSatker">The satker's code.</param>
    /// <param name="NamaSatker">Its name.</param>
    /// <param name="Tahun">The year shown.</param>
    /// <param name="Tahuns">The years with a DIPA, latest first.</param>
    /// <param name="Data">The year's budget data.</param>
    /// <param name="BolehKelola">Whether the user may load and record budget data here.</param>
    /// <param name="Indikators">The indicators fed from budget data.</param>
    /// <param name="Efisiensi">The efficiency table.</param>
    /// <param name="PilihanIndikator">The year's PK indicators (code, name) an indicator binding can choose from.</param>
    /// <param name="PilihanSasaran">The year's PK sasaran (code, name) a budget link can choose from.</param>
    /// <param name="TemuanProgram">Where the programmes the RKT and PK print (their pagu) differ from the DIPA in force, one line each.</param>
    public sealed record Hasil(string KodeSatker, string NamaSatker, int Tahun, IReadOnlyList<int> Tahuns, DataAnggaranSatker Data, bool BolehKelola, IReadOnlyList<IndikatorAnggaran> Indikators, IReadOnlyList<BarisEfisiensi> Efisiensi, IReadOnlyList<(string Kode, string Uraian)> PilihanIndikator, IReadOnlyList<(string Kode, string Uraian)> PilihanSasaran, IReadOnlyList<string> TemuanProgram);

    public sealed class Handler(SakipDbContext db, CalculateCapaian.Handler capaian, TimeProvider clock)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            var boleh = await Izin.SatkerAsync(db, pelaku, q.KodeSatker, Tindakan.Membaca, ct);
            if (boleh.Nilai is not { } satker)
            {
                return boleh.Kegagalan!;
            }

            var hariIni = WaktuIndonesia.HariIni(clock);
            var tahuns = await db.VersiAnggarans.Where(v => v.SatkerId == satker.Id).Select(v => v.Tahun).Distinct().OrderByDescending(t => t).ToListAsync(ct);
            var tahun = q.Tahun ?? (tahuns.Count > 0 ? tahuns[0] : hariIni.Year);
            if (tahun is < 2000 or > 2100)
            {
                return Gagal.TidakSah("Tahun anggaran harus antara 2000 dan 2100.", nameof(Query.Tahun));
            }

            var data = await DataAnggaran.BacaAsync(db, satker.Id, tahun, hariIni, ct);
            var ikatans = await db.IkatanDataAnggarans.AsNoTracking().Include(k => k.Indikator).ThenInclude(i => i.Realisasis)
                .Where(k => db.PerjanjianKinerjas.Any(p => p.SatkerId == satker.Id && p.Tahun == tahun && p.Sasarans.Any(s => s.Id == k.Indikator.SasaranPerjanjianKinerjaId)))
                .OrderBy(k => k.Indikator.Kode).ToListAsync(ct);
            var indikators = ikatans.Select(k =>
            {
                var (nilai, sumber) = DataAnggaran.Ukur(data, k.Ukuran, tahun);
                var realisasi = k.Indikator.Realisasis.SingleOrDefault(r => r.Tahun == tahun && r.JenisPeriode == Domain.Periode.JenisPeriode.Tahun)?.Nilai;
                return new IndikatorAnggaran(k.Indikator.Kode ?? string.Empty, k.Indikator.Uraian, k.Ukuran, nilai, sumber, realisasi);
            }).ToList();

            var sasarans = await db.PerjanjianKinerjas.AsNoTracking().Where(p => p.SatkerId == satker.Id && p.Tahun == tahun).SelectMany(p => p.Sasarans)
                .Select(s => new { s.Kode, s.Uraian, Indikators = s.Indikators.Select(i => new { i.Kode, i.Uraian }) }).ToListAsync(ct);
            var pilihanSasaran = sasarans.Where(s => s.Kode != null).DistinctBy(s => s.Kode).OrderBy(s => s.Kode, StringComparer.Ordinal).Select(s => (s.Kode!, s.Uraian)).ToList();
            var pilihanIndikator = sasarans.SelectMany(s => s.Indikators).Where(i => i.Kode != null).DistinctBy(i => i.Kode).OrderBy(i => i.Kode, StringComparer.Ordinal).Select(i => (i.Kode!, i.Uraian)).ToList();
            var programs = await db.ProgramAnggarans.AsNoTracking().Where(p => p.SatkerId == satker.Id && p.Tahun == tahun).OrderBy(p => p.Urutan).ToListAsync(ct);
            return new Hasil(satker.Kode, satker.Nama, tahun, tahuns, data, pelaku.Boleh(Tindakan.MengelolaAnggaran, satker.Id), indikators, await EfisiensiAsync(pelaku, satker, tahun, data, ct), pilihanIndikator, pilihanSasaran, BandingkanProgram(programs, data.Pohon));
        }

        /// <summary>
        /// The programmes of the RKT and PK against the DIPA in force: each is found by its code when it
        /// has one, else by its name, and its pagu compared with the DIPA programme's (all sources).
        /// </summary>
        private static IReadOnlyList<string> BandingkanProgram(IReadOnlyList<ProgramAnggaran> programs, PohonAnggaran? pohon)
        {
            if (pohon is null)
            {
                return [];
            }

            static string Normal(string teks) => string.Join(' ', teks.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToUpperInvariant();
            var hasil = new List<string>();
            foreach (var p in programs)
            {
                var simpul = pohon.Akar.FirstOrDefault(a => p.Kode is { Length: > 0 } k ? a.Kode.Kode == k.Trim().ToUpperInvariant() : Normal(a.Uraian) == Normal(p.Nama));
                if (simpul is null)
                {
                    hasil.Add($"Program {p.Nama} (pagu {FormatIndonesia.Rupiah(p.Pagu)} di RKT dan PK) tidak ada di DIPA yang berlaku");
                }
                else if (simpul.Jumlah.Pagu != p.Pagu)
                {
                    hasil.Add($"Program {p.Nama}: pagu di RKT dan PK {FormatIndonesia.Rupiah(p.Pagu)}, di DIPA yang berlaku ({simpul.Kode}) {FormatIndonesia.Rupiah(simpul.Jumlah.Pagu)} (selisih {FormatIndonesia.Rupiah(simpul.Jumlah.Pagu - p.Pagu)})");
                }
            }

            return hasil;
        }

        private async Task<IReadOnlyList<BarisEfisiensi>> EfisiensiAsync(AksesPengguna pelaku, Satker satker, int tahun, DataAnggaranSatker data, CancellationToken ct)
        {
            var ikatans = await db.IkatanSasaranAnggarans.AsNoTracking().Where(k => k.SatkerId == satker.Id && k.Tahun == tahun).ToListAsync(ct);
            if (ikatans.Count == 0 || data.Pohon is not { } pohon)
            {
                return [];
            }

            var ukur = await capaian.HandleAsync(pelaku, new CalculateCapaian.Query(satker.Kode, tahun), ct);
            var sasarans = ukur.Nilai?.Pengukuran.Sasarans ?? [];
            return [.. ikatans.GroupBy(k => k.KodeSasaran).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
            {
                var kodes = g.Select(k => k.Kode).Order(StringComparer.Ordinal).ToList();
                var angka = kodes.Select(k => KodeAnggaran.TryBaca(k, out var kode, out _) ? pohon.Cari(kode)?.Jumlah : null).OfType<AngkaAnggaran>().Aggregate(AngkaAnggaran.Nol, (x, y) => x.Tambah(y));
                var sasaran = sasarans.FirstOrDefault(s => s.Kode == g.Key);
                return new BarisEfisiensi(g.Key, sasaran?.Uraian ?? $"Sasaran {g.Key}", kodes, angka, sasaran?.Ringkasan.Capaian);
            })];
        }
    }
}
