using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Sakip.App.Evaluasi;
using Sakip.App.Import.CapaianCsv;
using Sakip.Domain.Bilangan;
using Sakip.Domain.Evaluasi;

namespace Sakip.App.Features.Evaluasi;

/// <summary>
/// Computes an evaluation from answers in a CSV (<c>sakip evaluasi hitung</c>), without a
/// database: rows <c>kode,jawaban</c> (a criterion such as <c>1.a.1</c> and its answer, or a
/// sub-component such as <c>1.a</c> and the share of its criteria met such as <c>83,33 %</c>),
/// with an optional third column <c>tahun_dipertahankan</c> for the per-sub-component method.
/// Any bad row, unknown code or unanswered criterion means no value: each is listed.
/// </summary>
public static class CalculateEvaluasiRows
{
    /// <param name="Input">The CSV.</param>
    /// <param name="KodeTemplat">A shipped template (<c>88-2021</c> by default, or <c>12-2015</c>).</param>
    /// <param name="Metode"><c>kriteria</c> (default) or <c>subkomponen</c>.</param>
    public sealed record Query(TextReader Input, string? KodeTemplat = null, string? Metode = null);

    /// <summary>The value when it could be computed; otherwise the bad rows (with their line and column) and the reasons.</summary>
    public sealed record Hasil(TemplatLke Templat, HasilEvaluasiAkip? Evaluasi, IReadOnlyList<KesalahanBaris> KesalahanBaris, IReadOnlyList<string> Kesalahans);

    private static readonly string[][] Kepala = [["kode", "jawaban"], ["kode", "jawaban", "tahun_dipertahankan"]];

    /// <summary>The method named on the command line, or the refusal.</summary>
    public static Jawaban<MetodePenilaian> BacaMetode(string? metode) => (metode ?? "kriteria").Trim().ToLowerInvariant() switch
    {
        "kriteria" => MetodePenilaian.PerKriteria,
        "subkomponen" => MetodePenilaian.PerSubKomponen,
        var lain => Gagal.TidakSah($"Metode penilaian harus 'kriteria' atau 'subkomponen'; tertulis '{TeksRingkas.Potong(lain, 20)}'."),
    };

    public sealed class Handler
    {
        public Task<Jawaban<Hasil>> HandleAsync(Query q, CancellationToken ct)
        {
            ct.ThrowIfCancellationRequested();
            var templat = TemplatLkeJson.Bawaan(q.KodeTemplat);
            if (templat.Nilai is not { } t)
            {
                return Task.FromResult<Jawaban<Hasil>>(templat.Kegagalan!);
            }

            var metode = BacaMetode(q.Metode);
            if (!metode.Berhasil)
            {
                return Task.FromResult<Jawaban<Hasil>>(metode.Kegagalan!);
            }

            return Task.FromResult<Jawaban<Hasil>>(Hitung(q.Input, t, metode.Nilai));
        }

        private static Hasil Hitung(TextReader input, TemplatLke t, MetodePenilaian metode)
        {
            var salah = new List<KesalahanBaris>();
            var kriterias = new List<JawabanKriteria>();
            var subs = new List<JawabanSubKomponen>();
            using var csv = new CsvReader(input, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null, TrimOptions = TrimOptions.Trim });
            if (!csv.Read())
            {
                return new Hasil(t, null, [new KesalahanBaris(1, null, "berkas kosong; baris pertama harus berisi kepala kolom kode,jawaban")], []);
            }

            csv.ReadHeader();
            var kepala = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToArray();
            if (!Kepala.Any(k => k.SequenceEqual(kepala)))
            {
                return new Hasil(t, null, [new KesalahanBaris(1, null, $"kepala kolom harus 'kode,jawaban' atau 'kode,jawaban,tahun_dipertahankan', tertulis '{TeksRingkas.Potong(string.Join(',', csv.HeaderRecord!), 80)}'")], []);
            }

            while (csv.Read())
            {
                var baris = csv.Parser.RawRow;
                var kolom = csv.Parser.Record ?? [];
                if (kolom.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (kolom.Length != kepala.Length)
                {
                    salah.Add(new KesalahanBaris(baris, null, $"harus ada {kepala.Length} kolom, terdapat {kolom.Length}"));
                    continue;
                }

                if (string.IsNullOrWhiteSpace(kolom[0]) || string.IsNullOrWhiteSpace(kolom[1]))
                {
                    salah.Add(new KesalahanBaris(baris, string.IsNullOrWhiteSpace(kolom[0]) ? "kode" : "jawaban", "kosong"));
                    continue;
                }

                var tahun = 0;
                if (kolom.Length == 3 && !string.IsNullOrWhiteSpace(kolom[2]) && !int.TryParse(kolom[2], NumberStyles.None, CultureInfo.InvariantCulture, out tahun))
                {
                    salah.Add(new KesalahanBaris(baris, "tahun_dipertahankan", $"'{TeksRingkas.Potong(kolom[2], 20)}' bukan bilangan bulat tidak negatif"));
                    continue;
                }

                if (metode == MetodePenilaian.PerKriteria)
                {
                    kriterias.Add(new JawabanKriteria(kolom[0], kolom[1]));
                    continue;
                }

                var persen = AngkaIndonesia.Baca(kolom[1]);
                if (!persen.Berhasil || persen.IsRentang || persen.Satuan is not (null or Satuan.Persen))
                {
                    salah.Add(new KesalahanBaris(baris, "jawaban", $"'{TeksRingkas.Potong(kolom[1], 20)}' bukan persentase kriteria terpenuhi (misalnya 83,33 %)"));
                    continue;
                }

                subs.Add(new JawabanSubKomponen(kolom[0], persen.Nilai!.Value, tahun));
            }

            if (salah.Count > 0)
            {
                return new Hasil(t, null, salah, []);
            }

            var hasil = metode == MetodePenilaian.PerKriteria ? PenilaianLke.PerKriteria(t, kriterias) : PenilaianLke.PerSubKomponen(t, subs);
            return new Hasil(t, hasil.Hasil, [], hasil.Kesalahans);
        }
    }
}
