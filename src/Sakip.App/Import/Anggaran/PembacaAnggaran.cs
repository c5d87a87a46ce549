using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Sakip.App.Excel;
using Sakip.Domain.Anggaran;
using Sakip.Domain.Bilangan;

namespace Sakip.App.Import.Anggaran;

/// <summary>A line as read from a budget file, with the file's line number for messages.</summary>
/// <param name="Nomor">The line of the file (the header is 1).</param>
/// <param name="Baris">The line.</param>
public sealed record BarisBerkasAnggaran(int Nomor, BarisAnggaran Baris);

/// <summary>
/// Reads a satker-year's DIPA lines in the documented template (docs/ANGGARAN.md): the header
/// <c>kode,uraian,sumber_dana,pagu,realisasi_01,...,realisasi_12</c>, optionally followed by
/// <c>rpd_01,...,rpd_12</c>, from CSV (UTF-8; comma or semicolon) or the first sheet of an XLSX.
/// <c>kode</c> is the full dotted path (<c>076.01.CQ.6871.QGE.001</c>). Amounts are written the
/// Indonesian way or as Excel numbers (<c>3.315.671.000</c>, <c>Rp 1.234.567,-</c>, <c>1234567,50</c>);
/// an empty amount is "not written". Every bad cell is reported with its line and column, as are
/// codes of the wrong shape, repeated codes and lines whose parent is missing; then nothing is read.
/// </summary>
public static class PembacaAnggaran
{
    /// <summary>The columns every file has, in order.</summary>
    public static readonly IReadOnlyList<string> KepalaWajib = ["kode", "uraian", "sumber_dana", "pagu", .. Bulan("realisasi")];

    /// <summary>The optional disbursement-plan columns, after the realisation.</summary>
    public static readonly IReadOnlyList<string> KepalaRencana = Bulan("rpd");

    /// <summary>The largest file read (a DIPA down to akun is a few thousand lines).</summary>
    public const int UkuranMaksimum = 8 * 1024 * 1024;

    /// <summary>The most lines read.</summary>
    public const int BarisMaksimum = 20_000;

    /// <summary>The most problems listed for one file.</summary>
    public const int KesalahanMaksimum = 200;

    /// <summary>Reads a file: its lines, or every problem with file, line and column.</summary>
    public static (IReadOnlyList<BarisBerkasAnggaran> Barises, IReadOnlyList<KesalahanBerkas> Salah) Baca(string berkas, byte[] isi)
    {
        var salah = new List<KesalahanBerkas>();
        if (isi.Length > UkuranMaksimum)
        {
            salah.Add(new(berkas, 1, null, $"berkas lebih besar dari {UkuranMaksimum / 1024 / 1024} MB"));
            return ([], salah);
        }

        var sels = isi.Length >= 2 && isi[0] == 'P' && isi[1] == 'K' ? SelXlsx(berkas, isi, salah) : SelCsv(berkas, isi, salah);
        if (salah.Count > 0)
        {
            return ([], salah);
        }

        var barises = BacaBaris(berkas, sels, salah);
        if (salah.Count == 0)
        {
            var domain = barises.Select(b => b.Baris).ToList();
            if (!PohonAnggaran.TrySusun(domain, out _, out var struktur))
            {
                salah.AddRange(struktur.Select(s => new KesalahanBerkas(berkas, barises[s.Indeks].Nomor, "kode", s.Pesan)));
            }
        }

        return salah.Count > 0 ? ([], [.. salah.Take(KesalahanMaksimum)]) : (barises, salah);
    }

    private static string[] Bulan(string awalan) => [.. Enumerable.Range(1, 12).Select(b => $"{awalan}_{b:00}")];

    private static List<BarisBerkasAnggaran> BacaBaris(string berkas, IReadOnlyList<(int Nomor, IReadOnlyList<Sel> Sels)> baris, List<KesalahanBerkas> salah)
    {
        var hasil = new List<BarisBerkasAnggaran>();
        if (baris.Count == 0)
        {
            salah.Add(new(berkas, 1, null, $"berkas kosong; baris pertama harus berisi kepala kolom {string.Join(",", KepalaWajib.Take(5))},...,realisasi_12"));
            return hasil;
        }

        var kepala = baris[0].Sels.Select(s => s.Teks.Trim().ToLowerInvariant()).ToList();
        while (kepala.Count > 0 && kepala[^1].Length == 0)
        {
            kepala.RemoveAt(kepala.Count - 1);
        }

        var adaRencana = kepala.Count == KepalaWajib.Count + KepalaRencana.Count;
        if (!kepala.SequenceEqual(adaRencana ? [.. KepalaWajib, .. KepalaRencana] : KepalaWajib))
        {
            var beda = Enumerable.Range(0, Math.Max(kepala.Count, KepalaWajib.Count)).FirstOrDefault(i => i >= kepala.Count || i >= KepalaWajib.Count || kepala[i] != KepalaWajib[i]);
            salah.Add(new(berkas, baris[0].Nomor, null, $"kepala kolom harus {string.Join(",", KepalaWajib.Take(5))},...,realisasi_12 (boleh diikuti rpd_01,...,rpd_12); kolom ke-{beda + 1} tertulis '{TeksRingkas.Potong(beda < kepala.Count ? kepala[beda] : string.Empty, 30)}'"));
            return hasil;
        }

        foreach (var (nomor, sels) in baris.Skip(1))
        {
            if (salah.Count >= KesalahanMaksimum)
            {
                break;
            }

            string Teks(int i) => i < sels.Count ? sels[i].Teks.Trim() : string.Empty;
            if (Enumerable.Range(0, kepala.Count).All(i => Teks(i).Length == 0 && (i >= sels.Count || sels[i].Angka is null)))
            {
                continue;
            }

            if (hasil.Count >= BarisMaksimum)
            {
                salah.Add(new(berkas, nomor, null, $"lebih dari {BarisMaksimum:N0} baris anggaran".Replace(',', '.')));
                break;
            }

            var awal = salah.Count;
            if (!KodeAnggaran.TryBaca(Teks(0), out var kode, out var salahKode))
            {
                salah.Add(new(berkas, nomor, "kode", salahKode!));
            }

            var uraian = Teks(1);
            if (uraian.Length is 0 or > 500)
            {
                salah.Add(new(berkas, nomor, "uraian", uraian.Length == 0 ? "uraian kosong; tulis nama baris anggaran" : "uraian lebih dari 500 huruf"));
            }

            if (!SumberDanaTeks.TryBaca(Teks(2), out var sumber))
            {
                salah.Add(new(berkas, nomor, "sumber_dana", $"'{TeksRingkas.Potong(Teks(2), 30)}' bukan sumber dana; isi {SumberDanaTeks.Pilihan}"));
            }

            decimal? Jumlah(int i)
            {
                var sel = i < sels.Count ? sels[i] : new Sel(string.Empty, null);
                if (sel.Angka is { } angka)
                {
                    return Periksa(angka, i);
                }

                if (sel.Teks.Trim().Length == 0)
                {
                    return null;
                }

                var baca = AngkaIndonesia.Baca(sel.Teks);
                if (!baca.Berhasil || baca.IsRentang || (baca.Satuan is not null && baca.Satuan != Satuan.Rupiah))
                {
                    salah.Add(new(berkas, nomor, kepala[i], $"'{TeksRingkas.Potong(sel.Teks, 30)}' bukan jumlah rupiah; tulis seperti 3.315.671.000 atau Rp 1.234.567,-"));
                    return null;
                }

                return Periksa(baca.Nilai!.Value, i);
            }

            decimal? Periksa(decimal nilai, int i)
            {
                // A pagu or a plan cannot be negative; realisation can, when a month's refunds (pengembalian) exceed its spending.
                if (nilai < 0 && !kepala[i].StartsWith("realisasi", StringComparison.Ordinal))
                {
                    salah.Add(new(berkas, nomor, kepala[i], $"{FormatIndonesia.Rupiah(nilai)} negatif; {(kepala[i] == "pagu" ? "pagu" : "rencana penarikan")} tidak boleh kurang dari 0"));
                    return null;
                }

                if (decimal.Round(nilai, 2) != nilai || Math.Abs(nilai) >= 1_000_000_000_000_000m)
                {
                    salah.Add(new(berkas, nomor, kepala[i], $"{FormatIndonesia.Angka(nilai, 6)} bukan jumlah rupiah (paling banyak dua angka sen, kurang dari satu kuadriliun)"));
                    return null;
                }

                return nilai;
            }

            var pagu = Jumlah(3);
            var realisasi = Enumerable.Range(4, 12).Select(Jumlah).ToArray();
            var rencana = adaRencana ? Enumerable.Range(16, 12).Select(Jumlah).ToArray() : new decimal?[12];
            if (salah.Count == awal)
            {
                hasil.Add(new(nomor, new BarisAnggaran(kode, uraian, sumber, pagu, realisasi, rencana)));
            }
        }

        if (salah.Count == 0 && hasil.Count == 0)
        {
            salah.Add(new(berkas, 2, null, "berkas tidak berisi satu baris anggaran pun di bawah kepala kolom"));
        }

        return hasil;
    }

    private static List<(int, IReadOnlyList<Sel>)> SelCsv(string berkas, byte[] isi, List<KesalahanBerkas> salah)
    {
        string teks;
        try
        {
            teks = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(isi).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            salah.Add(new(berkas, 1, null, "berkas bukan CSV UTF-8 atau XLSX; simpan dari Excel sebagai 'CSV UTF-8' atau 'Excel Workbook'"));
            return [];
        }

        if (teks.Contains('\0', StringComparison.Ordinal))
        {
            salah.Add(new(berkas, 1, null, "berkas bukan CSV UTF-8 atau XLSX (berisi karakter biner)"));
            return [];
        }

        // Excel in an Indonesian locale saves CSV with semicolons, since the comma is its decimal separator.
        var barisPertama = teks.Split('\n', 2)[0];
        var pemisah = barisPertama.Count(c => c == ';') > barisPertama.Count(c => c == ',') ? ";" : ",";
        using var csv = new CsvReader(new StringReader(teks), new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = pemisah, BadDataFound = null, MissingFieldFound = null, DetectColumnCountChanges = false });
        var hasil = new List<(int, IReadOnlyList<Sel>)>();
        while (csv.Read())
        {
            hasil.Add((csv.Parser.RawRow, [.. (csv.Parser.Record ?? []).Select(t => new Sel(t, null))]));
            if (hasil.Count > BarisMaksimum + 1)
            {
                break;
            }
        }

        return hasil;
    }

    private static List<(int, IReadOnlyList<Sel>)> SelXlsx(string berkas, byte[] isi, List<KesalahanBerkas> salah)
    {
        IReadOnlyList<LembarBaca> lembars;
        try
        {
            lembars = PembacaXlsx.Baca(isi);
        }
        catch (BukuKerjaTidakTerbacaException e)
        {
            salah.Add(new(berkas, 1, null, e.Message));
            return [];
        }

        if (lembars.Count == 0)
        {
            return [];
        }

        var lembar = lembars[0];
        var hasil = new List<(int, IReadOnlyList<Sel>)>();
        for (var r = 1; r <= lembar.BarisTerakhir && hasil.Count <= BarisMaksimum + 1; r++)
        {
            var sels = new List<Sel>();
            for (var k = 1; k <= KepalaWajib.Count + KepalaRencana.Count; k++)
            {
                var sel = lembar.Sel(k, r);
                var kolom = r == 1 ? null : ((IReadOnlyList<string>)[.. KepalaWajib, .. KepalaRencana])[k - 1];
                if (sel.Galat is not null)
                {
                    salah.Add(new(berkas, r, kolom, $"sel {sel.Alamat}: {sel.Galat}"));
                }
                else if (sel.Angka is not null && sel.Format != FormatAngka.Biasa)
                {
                    salah.Add(new(berkas, r, kolom, $"sel {sel.Alamat} berformat {(sel.Format == FormatAngka.Tanggal ? "tanggal" : "persen")}, bukan jumlah rupiah"));
                }

                sels.Add(new Sel(sel.Angka is null ? sel.Teks ?? string.Empty : string.Empty, sel.Format == FormatAngka.Biasa ? sel.Angka : null));
            }

            hasil.Add((r, sels));
        }

        return hasil;
    }

    /// <summary>A cell: its text, or the number an XLSX cell holds.</summary>
    private sealed record Sel(string Teks, decimal? Angka);
}
