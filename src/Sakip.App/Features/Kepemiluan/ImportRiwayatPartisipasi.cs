using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Import;
using Sakip.App.Import.Kepemiluan;
using Sakip.App.Keamanan;
using Sakip.Domain.Kepemiluan;

namespace Sakip.App.Features.Kepemiluan;

/// <summary>
/// A satker's data officer records the participation of earlier elections as a past report printed
/// it (issue 12, item 4: the history of the seed's Tabel 30), from a CSV with the header
/// <c>tahun,pemilihan,jenis,dpt,pengguna,persen_tercetak,sumber</c>. The file replaces the satker's
/// earlier history whole; a bad cell is named by file, row and column and nothing is written.
/// </summary>
public static class ImportRiwayatPartisipasi
{
    /// <summary>The template's header.</summary>
    public static readonly string[] Kepala = ["tahun", "pemilihan", "jenis", "dpt", "pengguna", "persen_tercetak", "sumber"];

    /// <summary>The largest file read: a history has a row per election.</summary>
    public const int UkuranMaksimum = 256 * 1024;

    /// <param name="KodeSatker">The satker whose history this is.</param>
    /// <param name="NamaBerkas">The file's name, for messages.</param>
    /// <param name="Isi">The file's bytes (CSV, UTF-8).</param>
    public sealed record Command(string KodeSatker, string NamaBerkas, byte[] Isi);

    /// <param name="JumlahBaris">Elections recorded.</param>
    /// <param name="Temuan">What the checks say about the rows, one line each (year, election, finding).</param>
    public sealed record Hasil(int JumlahBaris, IReadOnlyList<string> Temuan);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var boleh = await Izin.SatkerAsync(db, pelaku, c.KodeSatker, Tindakan.MengelolaDataKepemiluan, ct);
            if (boleh.Nilai is not { } satker)
            {
                return boleh.Kegagalan!;
            }

            var berkas = Path.GetFileName(c.NamaBerkas);
            var (barises, salah) = Baca(berkas, c.Isi);
            if (salah.Count > 0)
            {
                return new Gagal(JenisKegagalan.TidakSah, $"Berkas {berkas} tidak diimpor: {salah.Count} kesalahan. Perbaiki lalu unggah lagi; tidak ada yang disimpan.", [.. salah.Take(PembacaDataKepemiluan.KesalahanMaksimum).Select(k => new Kesalahan("Berkas", k.ToString()))]);
            }

            db.RiwayatPartisipasis.RemoveRange(await db.RiwayatPartisipasis.Where(r => r.SatkerId == satker.Id).ToListAsync(ct));
            foreach (var r in barises)
            {
                r.SatkerId = satker.Id;
                db.RiwayatPartisipasis.Add(r);
            }

            var simpan = await db.SimpanAsync(() => barises.Count, ct, "Riwayat partisipasi satker ini baru saja diubah oleh pengguna lain.");
            if (!simpan.Berhasil)
            {
                return simpan.Kegagalan!;
            }

            return new Hasil(simpan.Nilai, [.. (await RiwayatAsync(db, satker.Id, ct)).SelectMany(r => r.Temuan.Select(t => $"{r.Baris.Pemilihan} ({r.Baris.Tahun}): {t}."))]);
        }
    }

    /// <summary>A satker's recorded history, oldest first, each row with what its checks find (against the satker's imported data of the same year and kind, when there is any).</summary>
    public static async Task<IReadOnlyList<RiwayatTerperiksa>> RiwayatAsync(SakipDbContext db, int satkerId, CancellationToken ct)
    {
        var barises = await db.RiwayatPartisipasis.AsNoTracking().Where(r => r.SatkerId == satkerId).OrderBy(r => r.Tahun).ThenBy(r => r.Jenis).ToListAsync(ct);
        var kodeSatker = await db.Satkers.Where(s => s.Id == satkerId).Select(s => s.Kode).SingleAsync(ct);
        var impors = await db.ImporKepemiluans.AsNoTracking().Include(i => i.Kontes).ThenInclude(k => k.Acara).Where(i => i.SatkerId == satkerId).ToListAsync(ct);
        var hasil = new List<RiwayatTerperiksa>();
        foreach (var r in barises)
        {
            // The satker's own contest of that election (the wali kota's for a kota), else any it imported.
            var impor = impors.Where(i => i.Kontes.Acara.Tanggal.Year == r.Tahun && i.Kontes.Acara.Jenis == r.Jenis)
                .OrderByDescending(i => i.Kontes.KodeWilayah == kodeSatker).ThenBy(i => i.Kontes.Nama, StringComparer.Ordinal).FirstOrDefault();
            long? data = impor is null ? null : (await DataKepemiluan.TotalAsync(db, impor.Id, ct)).Nilai(KolomKepemiluan.Pengguna);
            var baris = r.KeDomain();
            hasil.Add(new RiwayatTerperiksa(baris, r.Sumber, impor is null ? null : $"{impor.Kontes.Acara.Nama}, {impor.Kontes.Nama}", baris.Periksa(data, impor is null ? null : $"{impor.Kontes.Nama} di Sakip")));
        }

        return hasil;
    }

    /// <summary>Reads a history file: its rows, or every problem with file, row and column.</summary>
    internal static (List<RiwayatPartisipasi> Barises, List<KesalahanBerkas> Salah) Baca(string berkas, byte[] isi)
    {
        var barises = new List<RiwayatPartisipasi>();
        var salah = new List<KesalahanBerkas>();
        if (isi.Length > UkuranMaksimum)
        {
            salah.Add(new KesalahanBerkas(berkas, 1, null, $"berkas lebih besar dari {UkuranMaksimum / 1024} KB; riwayat berisi satu baris per pemilihan"));
            return (barises, salah);
        }

        string teks;
        try
        {
            teks = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(isi).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            salah.Add(new KesalahanBerkas(berkas, 1, null, "berkas bukan teks UTF-8; simpan sebagai CSV UTF-8"));
            return (barises, salah);
        }

        using var csv = new CsvReader(new StringReader(teks), new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null, TrimOptions = TrimOptions.Trim, DetectColumnCountChanges = false });
        if (!csv.Read() || csv.Parser.Record is not { } kepala || !kepala.Select(k => k.ToLowerInvariant()).SequenceEqual(Kepala))
        {
            salah.Add(new KesalahanBerkas(berkas, 1, null, $"kepala kolom harus {string.Join(",", Kepala)}"));
            return (barises, salah);
        }

        var tahunJenis = new HashSet<(int, JenisPemilihan)>();
        while (csv.Read() && salah.Count < PembacaDataKepemiluan.KesalahanMaksimum)
        {
            var n = csv.Parser.RawRow;
            var f = csv.Parser.Record ?? [];
            string Sel(int i) => i < f.Length ? f[i] : string.Empty;
            if (f.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var awal = salah.Count;
            if (!int.TryParse(Sel(0), NumberStyles.None, CultureInfo.InvariantCulture, out var tahun) || tahun is < 1955 or > 2100)
            {
                salah.Add(new KesalahanBerkas(berkas, n, "tahun", $"'{TeksRingkas.Potong(Sel(0), 20)}' bukan tahun pemilihan"));
            }

            if (Sel(1).Length is 0 or > 200)
            {
                salah.Add(new KesalahanBerkas(berkas, n, "pemilihan", "tulis nama pemilihan seperti tercetak (paling panjang 200 huruf)"));
            }

            JenisPemilihan? jenis = Sel(2).ToLowerInvariant() switch { "pemilu" => JenisPemilihan.Pemilu, "pilkada" or "pemilihan" => JenisPemilihan.Pilkada, _ => null };
            if (jenis is null)
            {
                salah.Add(new KesalahanBerkas(berkas, n, "jenis", $"'{TeksRingkas.Potong(Sel(2), 20)}' bukan jenis pemilihan; isi pemilu atau pilkada"));
            }

            var dpt = PembacaDataKepemiluan.BacaJumlah(Sel(3));
            var pengguna = PembacaDataKepemiluan.BacaJumlah(Sel(4));
            foreach (var (nilai, kolom, i) in new[] { (dpt, "dpt", 3), (pengguna, "pengguna", 4) })
            {
                if (nilai is null)
                {
                    salah.Add(new KesalahanBerkas(berkas, n, kolom, $"'{TeksRingkas.Potong(Sel(i), 20)}' bukan jumlah bulat"));
                }
            }

            decimal? persen = null;
            if (Sel(5).TrimEnd('%', ' ') is { Length: > 0 } p)
            {
                if (p.Contains('.', StringComparison.Ordinal) || !decimal.TryParse(p, NumberStyles.AllowDecimalPoint, CultureInfo.GetCultureInfo("id-ID"), out var v) || v > 100)
                {
                    salah.Add(new KesalahanBerkas(berkas, n, "persen_tercetak", $"'{TeksRingkas.Potong(Sel(5), 20)}' bukan persentase seperti 71,6 atau 66,28 %"));
                }
                else
                {
                    persen = v;
                }
            }

            if (Sel(6).Length is 0 or > 200)
            {
                salah.Add(new KesalahanBerkas(berkas, n, "sumber", "tulis di mana angka ini tercetak, misalnya LKjIP 2024 Tabel 30 (paling panjang 200 huruf)"));
            }

            if (salah.Count == awal && !tahunJenis.Add((tahun, jenis!.Value)))
            {
                salah.Add(new KesalahanBerkas(berkas, n, "tahun", $"{Sel(2).ToLowerInvariant()} {tahun} sudah ada di baris sebelumnya"));
            }

            if (salah.Count == awal)
            {
                barises.Add(new RiwayatPartisipasi { Tahun = tahun, Pemilihan = Sel(1), Jenis = jenis!.Value, Dpt = dpt!.Value, Pengguna = pengguna!.Value, PersenTercetak = persen, Sumber = Sel(6) });
            }
        }

        if (salah.Count == 0 && barises.Count == 0)
        {
            salah.Add(new KesalahanBerkas(berkas, 2, null, "berkas tidak berisi satu baris data pun di bawah kepala kolom"));
        }

        return (barises, salah);
    }
}

/// <summary>A recorded history row with what its checks find.</summary>
/// <param name="Baris">The row as printed.</param>
/// <param name="Sumber">Where it was printed.</param>
/// <param name="Data">The imported contest it was compared with, when there is one.</param>
/// <param name="Temuan">What does not agree.</param>
public sealed record RiwayatTerperiksa(PartisipasiTercetak Baris, string Sumber, string? Data, IReadOnlyList<string> Temuan);
