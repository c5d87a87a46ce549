using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Sakip.Domain.Bilangan;
using Sakip.Domain.Capaian;

namespace Sakip.App.Import.CapaianCsv;

/// <summary>A row of a capaian CSV, read into the engine's types; a null realisasi is an empty cell.</summary>
public sealed record BarisInput(int Baris, string Id, Target Target, Polaritas Polaritas, Realisasi? Realisasi);

/// <summary>A row that could not be read: its line number, the column and what is wrong, in Bahasa Indonesia.</summary>
public sealed record KesalahanBaris(int Baris, string? Kolom, string Pesan)
{
    public override string ToString() => Kolom is null ? $"baris {Baris}: {Pesan}" : $"baris {Baris}, kolom {Kolom}: {Pesan}";
}

/// <summary>
/// Reads rows <c>id,target,realisasi,arah,jenis</c> written as people write them (<c>0,16 %</c>,
/// <c>12 kali</c>, <c>BB</c>, <c>80-90</c>). <c>arah</c> is <c>naik</c> (higher is better) or
/// <c>turun</c>; <c>jenis</c> is <c>angka</c>, <c>persen</c>, <c>predikat</c> or <c>milestone</c>.
/// A band target (<c>80-90</c>, <c>7 - 8 bulan</c>) is recognised for angka and persen. A
/// milestone's target is empty or a deadline date; its realisasi is <c>selesai</c>, a completion
/// date, or <c>belum</c>. Good rows are returned even when other rows are bad.
/// </summary>
public static class PembacaCapaianCsv
{
    private static readonly string[] Kolom = ["id", "target", "realisasi", "arah", "jenis"];

    public static (List<BarisInput> Rows, List<KesalahanBaris> Errors) Parse(TextReader reader, KebijakanCapaian kebijakan)
    {
        var rows = new List<BarisInput>();
        var errors = new List<KesalahanBaris>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null, TrimOptions = TrimOptions.Trim };
        using var csv = new CsvReader(reader, config);
        if (!csv.Read())
        {
            errors.Add(new KesalahanBaris(1, null, "berkas kosong; baris pertama harus berisi kepala kolom id,target,realisasi,arah,jenis"));
            return (rows, errors);
        }

        csv.ReadHeader();
        var header = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        if (!header.SequenceEqual(Kolom))
        {
            errors.Add(new KesalahanBaris(1, null, $"kepala kolom harus 'id,target,realisasi,arah,jenis', tertulis '{string.Join(',', csv.HeaderRecord!)}'"));
            return (rows, errors);
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var baris = csv.Parser.RawRow;
            var fields = csv.Parser.Record ?? [];
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (fields.Length != Kolom.Length)
            {
                errors.Add(new KesalahanBaris(baris, null, $"harus ada {Kolom.Length} kolom, terdapat {fields.Length}"));
                continue;
            }

            var hasil = BacaBaris(baris, fields, kebijakan);
            if (hasil.Error is not null)
            {
                errors.Add(hasil.Error);
            }
            else if (!ids.Add(hasil.Row!.Id))
            {
                errors.Add(new KesalahanBaris(baris, "id", $"id '{hasil.Row.Id}' sudah dipakai baris sebelumnya"));
            }
            else
            {
                rows.Add(hasil.Row);
            }
        }

        return (rows, errors);
    }

    private static (BarisInput? Row, KesalahanBaris? Error) BacaBaris(int baris, string[] f, KebijakanCapaian kebijakan)
    {
        KesalahanBaris Salah(string kolom, string pesan) => new(baris, kolom, pesan);

        var id = f[0].Trim();
        if (id.Length == 0)
        {
            return (null, Salah("id", "id kosong"));
        }

        Polaritas polaritas;
        switch (f[3].Trim().ToLowerInvariant())
        {
            case "naik":
                polaritas = Polaritas.Naik;
                break;
            case "turun":
                polaritas = Polaritas.Turun;
                break;
            default:
                return (null, Salah("arah", $"'{f[3]}' tidak dikenal; isi naik atau turun"));
        }

        var jenis = f[4].Trim().ToLowerInvariant();
        return jenis switch
        {
            "angka" or "persen" => BacaAngka(baris, id, f[1], f[2], polaritas, jenis == "persen"),
            "predikat" => BacaPredikat(baris, id, f[1], f[2], polaritas, kebijakan),
            "milestone" => BacaMilestone(baris, id, f[1], f[2], polaritas),
            _ => (null, Salah("jenis", $"'{f[4]}' tidak dikenal; isi angka, persen, predikat atau milestone")),
        };
    }

    private static (BarisInput?, KesalahanBaris?) BacaAngka(int baris, string id, string targetTeks, string realisasiTeks, Polaritas polaritas, bool persen)
    {
        var target = AngkaIndonesia.Baca(targetTeks);
        if (!target.Berhasil)
        {
            return (null, new KesalahanBaris(baris, "target", target.Kesalahan!));
        }

        if (persen && target.Satuan is not (null or Satuan.Persen))
        {
            return (null, new KesalahanBaris(baris, "target", $"jenis persen tetapi satuan target '{target.Satuan}'"));
        }

        var satuanTarget = persen ? Satuan.Persen : target.Satuan;
        Target t = target.IsRentang
            ? new TargetRentang(target.Nilai!.Value, target.NilaiAtas!.Value, satuanTarget)
            : new TargetAngka(target.Nilai!.Value, satuanTarget);
        if (string.IsNullOrWhiteSpace(realisasiTeks))
        {
            return (new BarisInput(baris, id, t, polaritas, null), null);
        }

        var realisasi = AngkaIndonesia.Baca(realisasiTeks);
        if (!realisasi.Berhasil)
        {
            return (null, new KesalahanBaris(baris, "realisasi", realisasi.Kesalahan!));
        }

        if (realisasi.IsRentang)
        {
            return (null, new KesalahanBaris(baris, "realisasi", $"'{realisasiTeks.Trim()}': realisasi harus satu angka, bukan rentang"));
        }

        var satuanRealisasi = persen && realisasi.Satuan is null ? Satuan.Persen : realisasi.Satuan;
        return (new BarisInput(baris, id, t, polaritas, new RealisasiAngka(realisasi.Nilai!.Value, satuanRealisasi)), null);
    }

    private static (BarisInput?, KesalahanBaris?) BacaPredikat(int baris, string id, string targetTeks, string realisasiTeks, Polaritas polaritas, KebijakanCapaian kebijakan)
    {
        var kode = targetTeks.Trim();
        var skala = kebijakan.SkalaPredikats.FirstOrDefault(s => s.NilaiDari(kode) is not null);
        if (skala is null)
        {
            var dikenal = string.Join(", ", kebijakan.SkalaPredikats.Select(s => s.Nama + " (" + string.Join("/", s.Predikats.Select(p => p.Kode)) + ")"));
            return (null, new KesalahanBaris(baris, "target", $"predikat '{kode}' tidak dikenal; skala yang dikenal: {dikenal}"));
        }

        var realisasi = realisasiTeks.Trim();
        if (realisasi.Length > 0 && skala.NilaiDari(realisasi) is null)
        {
            return (null, new KesalahanBaris(baris, "realisasi", $"predikat '{realisasi}' tidak ada pada skala {skala.Nama}"));
        }

        return (new BarisInput(baris, id, new TargetPredikat(kode, skala.Nama), polaritas, realisasi.Length == 0 ? null : new RealisasiPredikat(realisasi)), null);
    }

    private static (BarisInput?, KesalahanBaris?) BacaMilestone(int baris, string id, string targetTeks, string realisasiTeks, Polaritas polaritas)
    {
        DateOnly? batas = null;
        var t = targetTeks.Trim();
        if (t.Length > 0 && t != "-")
        {
            if (!TryTanggal(t, out var d))
            {
                return (null, new KesalahanBaris(baris, "target", $"'{t}' bukan tanggal; tulis 2024-06-30 atau 30/06/2024, atau kosongkan"));
            }

            batas = d;
        }

        var r = realisasiTeks.Trim();
        RealisasiMilestone? realisasi;
        if (r.Length == 0)
        {
            realisasi = null;
        }
        else if (r.ToLowerInvariant() is "belum" or "tidak")
        {
            realisasi = new RealisasiMilestone(null);
        }
        else if (r.ToLowerInvariant() is "selesai" or "ya" or "sudah")
        {
            realisasi = new RealisasiMilestone(batas ?? DateOnly.MinValue);
        }
        else if (TryTanggal(r, out var selesai))
        {
            realisasi = new RealisasiMilestone(selesai);
        }
        else
        {
            return (null, new KesalahanBaris(baris, "realisasi", $"'{r}' tidak dikenal; isi selesai, belum, atau tanggal selesai"));
        }

        return (new BarisInput(baris, id, new TargetMilestone(batas), polaritas, realisasi), null);
    }

    private static bool TryTanggal(string teks, out DateOnly tanggal) =>
        DateOnly.TryParseExact(teks, ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out tanggal);
}
