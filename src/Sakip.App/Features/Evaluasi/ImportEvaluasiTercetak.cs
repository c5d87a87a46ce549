using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Evaluasi;
using Sakip.App.Import.Bukti;
using Sakip.App.Keamanan;
using Sakip.Domain.Bilangan;
using Sakip.Domain.Evaluasi;

namespace Sakip.App.Features.Evaluasi;

/// <summary>
/// Records a past AKIP evaluation as its document prints it (issue 11, item 8), by an evaluator
/// whose reach includes the satker: the components' values and letters and the total with its
/// predikat from one CSV (<c>komponen,nilai,huruf</c>, a row per component of the template and one
/// <c>total</c> row), and optionally its recommendations with their follow-up from a second
/// (<c>komponen,rekomendasi</c> with optional <c>unit</c>, <c>tindak_lanjut</c> and <c>status</c>).
/// The figures are kept as printed, not corrected; the page shows what
/// <see cref="PemeriksaanNilaiTercetak"/> finds wrong with them. Every bad cell is named by file,
/// row and column and nothing is written; importing again replaces a printed evaluation whose
/// recommendations nobody has worked on yet, and never one worked in Sakip.
/// </summary>
public static class ImportEvaluasiTercetak
{
    /// <summary>A CSV bigger than this is not a list of four components or a few recommendations.</summary>
    public const int UkuranMaksimum = 256 * 1024;

    /// <param name="KodeSatker">The satker evaluated.</param>
    /// <param name="Tahun">The year evaluated.</param>
    /// <param name="Sumber">The document the figures are copied from ("LKjIP 2024, Tabel 20").</param>
    /// <param name="NamaBerkasHasil">The name of the result CSV, for messages.</param>
    /// <param name="Hasil">The result CSV.</param>
    /// <param name="KodeTemplat">The LKE template the evaluation used; null for the newest that serves the year.</param>
    /// <param name="NamaBerkasRekomendasi">The name of the recommendations CSV.</param>
    /// <param name="Rekomendasi">The recommendations CSV, if any.</param>
    public sealed record Command(string KodeSatker, int Tahun, string? Sumber, string NamaBerkasHasil, byte[] Hasil, string? KodeTemplat = null, string? NamaBerkasRekomendasi = null, byte[]? Rekomendasi = null);

    /// <param name="KodeSatker">The satker evaluated.</param>
    /// <param name="Tahun">The year evaluated.</param>
    /// <param name="Nilai">The printed total.</param>
    /// <param name="JumlahRekomendasi">How many recommendations were recorded.</param>
    /// <param name="Temuan">What the consistency check finds in the printed figures; empty when they agree.</param>
    /// <param name="Mengganti">An earlier import of the same evaluation was replaced.</param>
    public sealed record Hasil(string KodeSatker, int Tahun, decimal Nilai, int JumlahRekomendasi, IReadOnlyList<string> Temuan, bool Mengganti);

    /// <summary>A row of a CSV by column name, and the first required column left empty, if any.</summary>
    private sealed record Baris(int Nomor, Dictionary<string, string> Sel, string? Kosong = null);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var boleh = await Izin.SatkerAsync(db, pelaku, c.KodeSatker, Tindakan.MengevaluasiAkip, ct);
            if (boleh.Nilai is not { } satker)
            {
                return boleh.Kegagalan!;
            }

            var salah = new List<Kesalahan>();
            if (Domain.Periode.Periode.PeriksaTahun(c.Tahun) is { } salahTahun)
            {
                salah.Add(new Kesalahan(nameof(Command.Tahun), salahTahun));
            }

            var sumber = c.Sumber?.Trim();
            if (string.IsNullOrEmpty(sumber) || sumber.Length > 200)
            {
                salah.Add(new Kesalahan(nameof(Command.Sumber), string.IsNullOrEmpty(sumber)
                    ? "Sebutkan dokumen sumber nilai ini (misalnya 'LHE Inspektorat Utama 2024' atau 'LKjIP 2024, Tabel 20')."
                    : "Sumber paling panjang 200 karakter."));
            }

            var templat = await KatalogTemplatLke.CariAsync(db, c.KodeTemplat, c.Tahun, ct);
            if (templat.Nilai?.Templat is not { } t)
            {
                salah.Add(new Kesalahan(nameof(Command.KodeTemplat), templat.Pesan!));
                return Gagal.TidakSah(salah);
            }

            var komponen = BacaKomponen(t, c.NamaBerkasHasil, c.Hasil, salah);
            var rekomendasi = c.Rekomendasi is { } r ? BacaRekomendasi(t, c.NamaBerkasRekomendasi ?? "rekomendasi.csv", r, salah) : [];
            if (salah.Count > 0 || komponen is null)
            {
                return Gagal.TidakSah(salah);
            }

            var lama = await EvaluasiTersimpan.MuatAsync(db, satker.Id, c.Tahun, ct);
            if (lama is not null)
            {
                if (!lama.Tercetak)
                {
                    return Gagal.Konflik($"Evaluasi SAKIP {satker.Nama} tahun {c.Tahun} sudah dikerjakan di Sakip; nilai tercetak tidak dapat menggantinya.");
                }

                if (lama.Rekomendasis.Any(x => x.Revisi > 0))
                {
                    return Gagal.Konflik($"Rekomendasi evaluasi SAKIP {satker.Nama} tahun {c.Tahun} sudah ditindaklanjuti di Sakip; impor ulang akan menghapus tindak lanjut itu, jadi tidak dilakukan.");
                }

                db.EvaluasiAkips.Remove(lama);
            }

            var (nilai, huruf) = komponen.Value.Total;
            var e = new EvaluasiAkip
            {
                SatkerId = satker.Id,
                Tahun = c.Tahun,
                KodeTemplat = t.Kode,
                TemplatJson = templat.Nilai.Json,
                Metode = t.SemuaKriteria.Any() ? MetodePenilaian.PerKriteria : MetodePenilaian.PerSubKomponen,
                SumberTercetak = sumber,
                NilaiAkhir = nilai,
                PredikatAkhir = nilai <= 100 ? PredikatSakip.DariSkor(nilai) : null,
                PredikatTercetak = huruf,
            };
            e.KomponenTercetaks.AddRange(komponen.Value.Komponens.Select(k => new KomponenEvaluasiTercetak { KodeKomponen = k.Kode, Nilai = k.Nilai, Huruf = k.Huruf }));
            e.Rekomendasis.AddRange(rekomendasi.Select((x, i) => new RekomendasiEvaluasi
            {
                Nomor = i + 1,
                KodeKomponen = x.Komponen,
                Uraian = x.Uraian,
                UnitPenanggungJawab = x.Unit,
                TindakLanjut = x.TindakLanjut,
                Status = x.Status,
            }));
            db.EvaluasiAkips.Add(e);
            var temuan = EvaluasiTersimpan.Temuan(e);
            return await db.SimpanAsync(
                () => new Hasil(satker.Kode, c.Tahun, nilai, rekomendasi.Count, temuan, lama is not null),
                ct,
                $"Evaluasi SAKIP {satker.Nama} tahun {c.Tahun} baru saja dicatat oleh pengguna lain.");
        }

        private static ((string Kode, decimal Nilai, string? Huruf)[] Komponens, (decimal Nilai, string? Huruf) Total)? BacaKomponen(TemplatLke t, string berkas, byte[] isi, List<Kesalahan> salah)
        {
            var barises = BacaCsv(berkas, isi, ["komponen", "nilai"], ["huruf"], salah);
            if (barises is null)
            {
                return null;
            }

            var komponens = new Dictionary<string, (string Kode, decimal Nilai, string? Huruf)>(StringComparer.OrdinalIgnoreCase);
            (decimal Nilai, string? Huruf)? total = null;
            var awal = salah.Count;
            foreach (var b in barises)
            {
                if (b.Kosong is { } kolomKosong)
                {
                    salah.Add(Sel(berkas, b, kolomKosong, "kosong"));
                    continue;
                }

                var nama = b.Sel["komponen"];
                var k = t.Komponens.FirstOrDefault(x => Sama(nama, x.Kode) || Sama(nama, x.Nama));
                var adalahTotal = Sama(nama, "total") || Sama(nama, "nilai evaluasi");
                if (k is null && !adalahTotal)
                {
                    salah.Add(Sel(berkas, b, "komponen", $"'{TeksRingkas.Potong(nama, 60)}' bukan komponen LKE {t.Kode} ({string.Join(", ", t.Komponens.Select(x => $"{x.Kode} {x.Nama}"))}) dan bukan 'total'"));
                    continue;
                }

                var angka = AngkaIndonesia.Baca(b.Sel["nilai"]);
                if (!angka.Berhasil || angka.IsRentang || angka.Satuan is not null || angka.Nilai < 0)
                {
                    salah.Add(Sel(berkas, b, "nilai", $"'{TeksRingkas.Potong(b.Sel["nilai"], 20)}' bukan nilai (bilangan tidak negatif, misalnya 23,10)"));
                    continue;
                }

                var h = b.Sel.GetValueOrDefault("huruf")?.Trim();
                var nilaiHuruf = string.IsNullOrEmpty(h) ? null : h.ToUpperInvariant();
                if (nilaiHuruf is not null && (!Enum.TryParse<Predikat>(nilaiHuruf, out _) || int.TryParse(nilaiHuruf, out _)))
                {
                    salah.Add(Sel(berkas, b, "huruf", $"'{TeksRingkas.Potong(h, 10)}' bukan huruf predikat ({string.Join(", ", Enum.GetNames<Predikat>())})"));
                    continue;
                }

                if (adalahTotal)
                {
                    if (total is not null)
                    {
                        salah.Add(Sel(berkas, b, "komponen", "baris total sudah ada di atasnya"));
                    }

                    total = (angka.Nilai!.Value, nilaiHuruf);
                }
                else if (!komponens.TryAdd(k!.Kode, (k.Kode, angka.Nilai!.Value, nilaiHuruf)))
                {
                    salah.Add(Sel(berkas, b, "komponen", $"komponen {k.Kode} {k.Nama} sudah ada di atasnya"));
                }
            }

            if (salah.Count > awal)
            {
                return null;
            }

            var hilang = t.Komponens.Where(k => !komponens.ContainsKey(k.Kode)).Select(k => $"{k.Kode} {k.Nama}").ToList();
            if (hilang.Count > 0)
            {
                salah.Add(new Kesalahan(null, $"{berkas}: komponen {string.Join(", ", hilang)} tidak ada; setiap komponen LKE {t.Kode} harus ada satu baris."));
            }

            if (total is null)
            {
                salah.Add(new Kesalahan(null, $"{berkas}: baris 'total' (nilai evaluasi yang tercetak) tidak ada."));
            }

            return salah.Count > awal ? null : ([.. t.Komponens.Select(k => komponens[k.Kode])], total!.Value);
        }

        private static List<(string Komponen, string Uraian, string? Unit, string? TindakLanjut, StatusTindakLanjut Status)> BacaRekomendasi(TemplatLke t, string berkas, byte[] isi, List<Kesalahan> salah)
        {
            var hasil = new List<(string, string, string?, string?, StatusTindakLanjut)>();
            var barises = BacaCsv(berkas, isi, ["komponen", "rekomendasi"], ["unit", "tindak_lanjut", "status"], salah);
            foreach (var b in barises ?? [])
            {
                if (b.Kosong is { } kolomKosong)
                {
                    salah.Add(Sel(berkas, b, kolomKosong, "kosong"));
                    continue;
                }

                var nama = b.Sel["komponen"];
                var k = t.Komponens.FirstOrDefault(x => Sama(nama, x.Kode) || Sama(nama, x.Nama));
                if (k is null)
                {
                    salah.Add(Sel(berkas, b, "komponen", $"'{TeksRingkas.Potong(nama, 60)}' bukan komponen LKE {t.Kode}"));
                    continue;
                }

                var uraian = b.Sel["rekomendasi"].Trim();
                var tindak = b.Sel.GetValueOrDefault("tindak_lanjut")?.Trim() is { Length: > 0 } tl ? tl : null;
                var unit = b.Sel.GetValueOrDefault("unit")?.Trim() is { Length: > 0 } u ? u : null;
                var panjang = new[] { ("rekomendasi", uraian), ("tindak_lanjut", tindak ?? string.Empty) }.FirstOrDefault(x => x.Item2.Length > EditRekomendasiEvaluasi.PanjangUraian);
                if (uraian.Length == 0 || panjang.Item1 is not null || unit?.Length > 200)
                {
                    salah.Add(uraian.Length == 0 ? Sel(berkas, b, "rekomendasi", "kosong")
                        : panjang.Item1 is { } kolom ? Sel(berkas, b, kolom, $"paling panjang {EditRekomendasiEvaluasi.PanjangUraian} karakter")
                        : Sel(berkas, b, "unit", "paling panjang 200 karakter"));
                    continue;
                }

                var teksStatus = b.Sel.GetValueOrDefault("status")?.Trim().ToLowerInvariant();
                StatusTindakLanjut? status = teksStatus switch
                {
                    null or "" => tindak is null ? StatusTindakLanjut.Belum : StatusTindakLanjut.DalamProses,
                    "belum" => StatusTindakLanjut.Belum,
                    "dalam proses" or "dalam_proses" => StatusTindakLanjut.DalamProses,
                    "selesai" => StatusTindakLanjut.Selesai,
                    _ => null,
                };
                if (status is null)
                {
                    salah.Add(Sel(berkas, b, "status", $"'{TeksRingkas.Potong(teksStatus, 20)}' bukan status; tulis belum, dalam proses, atau selesai"));
                    continue;
                }

                hasil.Add((k.Kode, uraian, unit, tindak, status.Value));
            }

            return hasil;
        }

        /// <summary>The rows of a small UTF-8 CSV whose header has the required columns and no unknown one; null (with the reasons added) when it cannot be read.</summary>
        private static List<Baris>? BacaCsv(string berkas, byte[] isi, string[] wajib, string[] pilihan, List<Kesalahan> salah)
        {
            if (isi.Length == 0 || isi.Length > UkuranMaksimum || JenisBerkas.TeksCsv(isi) is not { } teks)
            {
                salah.Add(new Kesalahan(null, isi.Length == 0 ? $"{berkas}: berkas kosong."
                    : isi.Length > UkuranMaksimum ? $"{berkas}: berukuran {isi.Length / 1024} KB; paling besar {UkuranMaksimum / 1024} KB."
                    : $"{berkas}: bukan berkas CSV (teks UTF-8)."));
                return null;
            }

            using var csv = new CsvReader(new StringReader(teks), new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null, TrimOptions = TrimOptions.Trim, DetectDelimiter = true, DetectDelimiterValues = [",", ";"] });
            if (!csv.Read())
            {
                salah.Add(new Kesalahan(null, $"{berkas}: berkas kosong."));
                return null;
            }

            csv.ReadHeader();
            var kepala = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToArray();
            var asing = kepala.Where(h => !wajib.Contains(h) && !pilihan.Contains(h)).ToList();
            var kurang = wajib.Where(w => !kepala.Contains(w)).ToList();
            if (asing.Count > 0 || kurang.Count > 0 || kepala.Distinct().Count() != kepala.Length)
            {
                salah.Add(new Kesalahan(null, $"{berkas}, baris 1: kepala kolom harus memuat {string.Join(",", wajib)} (boleh ditambah {string.Join(", ", pilihan)}), masing-masing sekali; tertulis '{TeksRingkas.Potong(string.Join(',', csv.HeaderRecord!), 80)}'."));
                return null;
            }

            var barises = new List<Baris>();
            while (csv.Read())
            {
                var kolom = csv.Parser.Record ?? [];
                if (kolom.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                var b = new Baris(csv.Parser.RawRow, new Dictionary<string, string>(StringComparer.Ordinal));
                for (var i = 0; i < kepala.Length; i++)
                {
                    b.Sel[kepala[i]] = i < kolom.Length ? kolom[i] : string.Empty;
                }

                if (kolom.Length > kepala.Length)
                {
                    salah.Add(new Kesalahan(null, $"{berkas}, baris {b.Nomor}: terdapat {kolom.Length} kolom, kepala hanya {kepala.Length}."));
                    continue;
                }

                barises.Add(b with { Kosong = wajib.FirstOrDefault(w => string.IsNullOrWhiteSpace(b.Sel[w])) });
            }

            return barises;
        }

        private static Kesalahan Sel(string berkas, Baris b, string kolom, string pesan) => new(null, $"{berkas}, baris {b.Nomor}, kolom {kolom}: {pesan}.");

        private static bool Sama(string a, string b) => string.Equals(a.Trim(), b, StringComparison.OrdinalIgnoreCase);
    }
}
