using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Sakip.App.Excel;
using Sakip.Domain.Bilangan;
using Sakip.Domain.Kepemiluan;

namespace Sakip.App.Import.Kepemiluan;

/// <summary>
/// Reads election figures in the documented template (docs/KEPEMILUAN.md): a header
/// <c>kode_wilayah,nama_wilayah,tingkat</c>, the twenty counts of the C.Hasil/D.Hasil
/// administration sections, then a <c>suara_&lt;nomor urut&gt;</c> column per candidate pair or party,
/// and optionally printed totals (<c>dpt</c>, <c>pengguna</c>, ...) and percentages
/// (<c>partisipasi_persen</c>). Sirekap's <c>administrasi</c> names are accepted for the same
/// columns. CSV (strict UTF-8) is read as a stream, row by row; an XLSX workbook (its first sheet)
/// within <see cref="PembacaXlsx"/>'s bounds. An empty cell is "not reported", never 0. Counts are
/// whole numbers, written plainly or with Indonesian thousands dots (<c>1.234</c>); a comma, a
/// decimal, a percentage, a minus or text in a count is reported with its line and column, as are
/// unknown, malformed or repeated region codes.
/// </summary>
public sealed class PembacaDataKepemiluan
{
    /// <summary>The largest CSV read: 512 MB (a whole nation of TPS rows is about 100 MB).</summary>
    public const long UkuranCsvMaksimum = 512L * 1024 * 1024;

    /// <summary>The largest workbook read: 20 MB (a workbook is for a kabupaten/kota; a nation comes as CSV).</summary>
    public const long UkuranXlsxMaksimum = 20L * 1024 * 1024;

    /// <summary>The most problems listed for one file; reading stops after them.</summary>
    public const int KesalahanMaksimum = 200;

    private readonly string berkas;
    private readonly List<KesalahanBerkas> kesalahans = [];
    private readonly HashSet<string> kodes = new(StringComparer.Ordinal);
    private (JenisKepala Jenis, KolomKepemiluan Kolom, PersenKepemiluan Persen, int NomorUrut, string Nama)[] kepalas = [];
    private int jumlahCalon;

    private PembacaDataKepemiluan(string berkas) => this.berkas = berkas;

    /// <summary>Every problem found so far, in file order, at most <see cref="KesalahanMaksimum"/>.</summary>
    public IReadOnlyList<KesalahanBerkas> Kesalahans => kesalahans;

    /// <summary>The number of candidate columns the header carries (the highest nomor urut).</summary>
    public int JumlahCalon => jumlahCalon;

    /// <summary>
    /// Reads a file of either kind, told apart by its content: rows are yielded while reading, and
    /// the problems are in <see cref="Kesalahans"/> once the enumeration has ended. Only a file
    /// without problems may be used; the caller writes nothing until then.
    /// </summary>
    public static (PembacaDataKepemiluan Pembaca, IEnumerable<BarisKepemiluan> Barises) Baca(Stream isi, string namaBerkas)
    {
        var pembaca = new PembacaDataKepemiluan(Path.GetFileName(namaBerkas));
        return (pembaca, pembaca.BacaSemua(isi));
    }

    private IEnumerable<BarisKepemiluan> BacaSemua(Stream isi)
    {
        var awal = new byte[4];
        var n = isi.ReadAtLeast(awal, 4, throwOnEndOfStream: false);
        if (n == 0)
        {
            Salah(1, null, "berkas kosong; baris pertama harus berisi kepala kolom templat data kepemiluan");
            return [];
        }

        var gabung = new GabunganStream(awal.AsMemory(0, n), isi, UkuranCsvMaksimum);
        if (n >= 2 && awal[0] == 'P' && awal[1] == 'K')
        {
            return BacaXlsx(gabung);
        }

        return BacaCsv(gabung);
    }

    private IEnumerable<BarisKepemiluan> BacaXlsx(Stream isi)
    {
        using var salinan = new MemoryStream();
        var buffer = new byte[81920];
        int dibaca;
        while ((dibaca = isi.Read(buffer)) > 0)
        {
            salinan.Write(buffer, 0, dibaca);
            if (salinan.Length > UkuranXlsxMaksimum)
            {
                Salah(1, null, $"buku kerja lebih besar dari {UkuranXlsxMaksimum / 1024 / 1024} MB; kirim data sebesar ini sebagai CSV");
                yield break;
            }
        }

        IReadOnlyList<LembarBaca> lembars;
        try
        {
            lembars = PembacaXlsx.Baca(salinan.ToArray());
        }
        catch (BukuKerjaTidakTerbacaException e)
        {
            Salah(1, null, e.Message);
            yield break;
        }

        if (lembars.Count == 0 || lembars[0].BarisTerakhir == 0)
        {
            Salah(1, null, "lembar kerja pertama kosong; baris pertama harus berisi kepala kolom templat data kepemiluan");
            yield break;
        }

        var lembar = lembars[0];
        var lebar = lembar.IsiBaris(1).Select(s => s.Kolom).DefaultIfEmpty(0).Max();
        if (!BacaKepala([.. Enumerable.Range(1, lebar).Select(k => lembar.Sel(k, 1).TeksApaAdanya)], 1))
        {
            yield break;
        }

        for (var r = 2; r <= lembar.BarisTerakhir && kesalahans.Count < KesalahanMaksimum; r++)
        {
            var sels = Enumerable.Range(1, Math.Max(lebar, kepalas.Length)).Select(k => TeksSel(lembar.Sel(k, r))).ToArray();
            if (BacaBaris(sels, r) is { } baris)
            {
                yield return baris;
            }
        }
    }

    private static string TeksSel(SelBaca sel) =>
        sel.Galat is { } galat ? galat
        : sel.Angka is { } a && sel.Format == FormatAngka.Persen ? (a * 100m).ToString(CultureInfo.InvariantCulture) + "%"
        : sel.TeksApaAdanya;

    private IEnumerable<BarisKepemiluan> BacaCsv(Stream isi)
    {
        var teks = new StreamReader(isi, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null, TrimOptions = TrimOptions.Trim, DetectColumnCountChanges = false };
        using var csv = new CsvReader(teks, config);
        var pertama = true;
        while (kesalahans.Count < KesalahanMaksimum)
        {
            string[] fields;
            int baris;
            try
            {
                if (!csv.Read())
                {
                    break;
                }

                baris = csv.Parser.RawRow;
                fields = csv.Parser.Record ?? [];
            }
            catch (DecoderFallbackException)
            {
                Salah(csv.Parser.RawRow + 1, null, "berkas bukan teks UTF-8 (mungkin buku kerja lama .xls atau teks berkode lain); simpan sebagai CSV UTF-8 atau XLSX");
                yield break;
            }
            catch (BerkasTerlaluBesarException)
            {
                Salah(csv.Parser.RawRow + 1, null, $"berkas lebih besar dari {UkuranCsvMaksimum / 1024 / 1024} MB; bagi per provinsi");
                yield break;
            }

            if (pertama)
            {
                pertama = false;
                if (fields.Length > 0 && fields[0].StartsWith('\uFEFF'))
                {
                    fields[0] = fields[0][1..];
                }

                if (!BacaKepala(fields, baris))
                {
                    yield break;
                }

                continue;
            }

            if (fields.Any(f => f.Contains('\0', StringComparison.Ordinal)))
            {
                Salah(baris, null, "berkas berisi data biner, bukan teks CSV");
                yield break;
            }

            if (BacaBaris(fields, baris) is { } hasil)
            {
                yield return hasil;
            }
        }

        if (pertama)
        {
            Salah(1, null, "berkas kosong; baris pertama harus berisi kepala kolom templat data kepemiluan");
        }
    }

    private bool BacaKepala(string[] fields, int baris)
    {
        var daftar = new List<(JenisKepala, KolomKepemiluan, PersenKepemiluan, int, string)>();
        var terlihat = new Dictionary<string, string>(StringComparer.Ordinal);
        var ada = new bool[KatalogKolom.Jumlah];
        var adaKode = false;
        var galat = false;
        var istilahLama = KatalogKolom.IstilahLamaPilkada(fields);
        foreach (var f in fields)
        {
            var nama = f.Trim();
            var jenis = KatalogKolom.Kenali(istilahLama ? KatalogKolom.KeIstilahPemilu(nama) : nama, out var kolom, out var persen, out var nomor);
            var kunci = jenis switch
            {
                JenisKepala.Angka => KatalogKolom.Nama(kolom),
                JenisKepala.Persen => KatalogKolom.Nama(persen),
                JenisKepala.Suara => $"suara_{nomor}",
                _ => nama.ToLowerInvariant(),
            };
            if (jenis == JenisKepala.TidakDikenal)
            {
                Salah(baris, nama, nama.Length == 0 ? "kepala kolom kosong" : $"kolom '{nama}' tidak dikenal; lihat templat data kepemiluan");
                galat = true;
            }
            else if (!terlihat.TryAdd(kunci, nama))
            {
                Salah(baris, nama, $"kolom '{nama}' sama dengan kolom '{terlihat[kunci]}' sebelumnya");
                galat = true;
            }

            if (jenis == JenisKepala.Angka)
            {
                ada[(int)kolom] = true;
            }

            adaKode |= jenis == JenisKepala.Kode;
            if (jenis == JenisKepala.Suara)
            {
                jumlahCalon = Math.Max(jumlahCalon, nomor);
            }

            daftar.Add((jenis, kolom, persen, nomor, nama));
        }

        var hilang = new List<string>();
        if (!adaKode)
        {
            hilang.Add("kode_wilayah");
        }

        hilang.AddRange(Enumerable.Range(0, KatalogKolom.JumlahDasar).Where(i => !ada[i]).Select(i => KatalogKolom.Nama((KolomKepemiluan)i)));
        if (hilang.Count > 0)
        {
            Salah(baris, null, $"kolom wajib tidak ada: {string.Join(", ", hilang)}");
            galat = true;
        }

        kepalas = [.. daftar];
        return !galat;
    }

    private BarisKepemiluan? BacaBaris(string[] fields, int baris)
    {
        if (fields.All(string.IsNullOrWhiteSpace))
        {
            return null;
        }

        if (fields.Length > kepalas.Length && fields.Skip(kepalas.Length).Any(f => !string.IsNullOrWhiteSpace(f)))
        {
            Salah(baris, null, $"baris berisi {fields.Length} kolom, kepala kolom hanya {kepalas.Length}");
            return null;
        }

        var angka = new long?[KatalogKolom.Jumlah];
        var suara = new long?[jumlahCalon];
        var persen = new decimal?[3];
        string? kodeTeks = null, nama = null, tingkat = null;
        var galat = false;
        for (var i = 0; i < kepalas.Length; i++)
        {
            var (jenis, kolom, jenisPersen, nomor, namaKolom) = kepalas[i];
            var sel = i < fields.Length ? fields[i].Trim() : string.Empty;
            switch (jenis)
            {
                case JenisKepala.Kode:
                    kodeTeks = sel;
                    break;
                case JenisKepala.Nama:
                    nama = sel;
                    break;
                case JenisKepala.Tingkat:
                    tingkat = sel;
                    break;
                case JenisKepala.Angka or JenisKepala.Suara when sel.Length > 0:
                    if (BacaJumlah(sel) is { } n)
                    {
                        if (jenis == JenisKepala.Angka)
                        {
                            angka[(int)kolom] = n;
                        }
                        else
                        {
                            suara[nomor - 1] = n;
                        }
                    }
                    else
                    {
                        Salah(baris, namaKolom, PesanJumlah(sel));
                        galat = true;
                    }

                    break;
                case JenisKepala.Persen when sel.Length > 0:
                    var p = AngkaIndonesia.Baca(sel);
                    if (!p.Berhasil || p.IsRentang || p.Satuan is not (null or Satuan.Persen) || p.Nilai is < 0 or > 1000)
                    {
                        Salah(baris, namaKolom, $"'{Potong(sel)}' bukan persentase; tulis misalnya 52,04");
                        galat = true;
                    }
                    else
                    {
                        persen[(int)jenisPersen] = p.Nilai;
                    }

                    break;
            }
        }

        if (!KodeWilayah.TryBaca(kodeTeks, out var kode, out var kesalahanKode))
        {
            Salah(baris, "kode_wilayah", kesalahanKode!);
            return null;
        }

        if (tingkat is { Length: > 0 } && BacaTingkat(tingkat) is var t && t != kode.Tingkat)
        {
            Salah(baris, "tingkat", t is null
                ? $"tingkat '{Potong(tingkat)}' tidak dikenal; isi provinsi, kabupaten/kota, kecamatan, kelurahan/desa atau tps"
                : $"tingkat '{tingkat}' tidak sesuai kode {kode.Bertitik}, yang kode {NamaTingkat(kode.Tingkat)}");
            galat = true;
        }

        if (!kodes.Add(kode.Kode))
        {
            Salah(baris, "kode_wilayah", $"kode wilayah {kode.Bertitik} sudah ada di baris sebelumnya");
            return null;
        }

        return galat ? null : new BarisKepemiluan(kode, string.IsNullOrWhiteSpace(nama) ? kode.Bertitik : nama, new AngkaWilayah(angka, suara, persen), baris);
    }

    /// <summary>A count written plainly (<c>1234</c>) or with Indonesian thousands dots (<c>1.234</c>); null otherwise.</summary>
    public static long? BacaJumlah(string sel)
    {
        var s = sel.Trim();
        if (s.Length is 0 or > 19)
        {
            return null;
        }

        if (s.Contains('.', StringComparison.Ordinal))
        {
            var kelompok = s.Split('.');
            if (kelompok[0].Length is < 1 or > 3 || kelompok.Skip(1).Any(k => k.Length != 3))
            {
                return null;
            }

            s = string.Concat(kelompok);
        }

        return s.All(char.IsAsciiDigit) && long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    private static string PesanJumlah(string sel)
    {
        var s = Potong(sel);
        return sel.Trim() switch
        {
            var t when t.StartsWith('-') => $"'{s}' negatif; jumlah pemilih, surat suara dan suara tidak boleh kurang dari 0",
            var t when t.Contains('%', StringComparison.Ordinal) => $"'{s}' adalah persentase; kolom ini berisi jumlah (orang, lembar atau suara)",
            var t when t.Contains(',', StringComparison.Ordinal) => $"'{s}' memakai koma; jumlah ditulis bulat tanpa koma (1234 atau 1.234)",
            var t when t.Any(char.IsAsciiDigit) && t.All(c => char.IsAsciiDigit(c) || c == '.') => $"'{s}' bukan bilangan bulat yang sah; tulis 1234 atau 1.234",
            _ => $"'{s}' bukan angka; kolom ini berisi jumlah bulat, kosongkan bila tidak dilaporkan",
        };
    }

    private static TingkatWilayah? BacaTingkat(string teks) => teks.Trim().ToLowerInvariant().Replace(" ", string.Empty, StringComparison.Ordinal) switch
    {
        "provinsi" or "prov" => TingkatWilayah.Provinsi,
        "kabupaten/kota" or "kabupaten" or "kota" or "kab/kota" or "kabkota" => TingkatWilayah.KabupatenKota,
        "kecamatan" or "kec" => TingkatWilayah.Kecamatan,
        "kelurahan/desa" or "kelurahan" or "desa" or "kel/desa" => TingkatWilayah.Kelurahan,
        "tps" => TingkatWilayah.Tps,
        _ => null,
    };

    /// <summary>The level's name in Bahasa Indonesia.</summary>
    public static string NamaTingkat(TingkatWilayah tingkat) => tingkat switch
    {
        TingkatWilayah.Provinsi => "provinsi",
        TingkatWilayah.KabupatenKota => "kabupaten/kota",
        TingkatWilayah.Kecamatan => "kecamatan",
        TingkatWilayah.Kelurahan => "kelurahan/desa",
        _ => "TPS",
    };

    private static string Potong(string s) => s.Length > 40 ? s[..40] + "…" : s;

    private void Salah(int baris, string? kolom, string pesan)
    {
        if (kesalahans.Count < KesalahanMaksimum)
        {
            kesalahans.Add(new KesalahanBerkas(berkas, baris, kolom, pesan));
        }
    }
}
