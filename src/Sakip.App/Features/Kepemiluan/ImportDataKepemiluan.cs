using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Import;
using Sakip.App.Import.Kepemiluan;
using Sakip.App.Keamanan;
using Sakip.Domain.Bilangan;
using Sakip.Domain.Kepemiluan;

namespace Sakip.App.Features.Kepemiluan;

/// <summary>
/// A satker's data officer loads a contest's figures (issue 12, item 2) from a CSV or XLSX in the
/// template: every row is read and checked before anything is written; a bad cell is named by
/// file, row and column and nothing is written. A good file replaces the satker's earlier import
/// of the contest in one transaction, with its rows, the findings of every check (stored, listed
/// per contest) and the comparison with the event's other contests; the indicators bound to the
/// contest's figures get their realisasi recomputed in the same transaction.
/// </summary>
public static class ImportDataKepemiluan
{
    /// <param name="KodeSatker">The satker whose data this is; every row must lie in its region.</param>
    /// <param name="KodeAcara">The event (<c>pilkada-2024</c>).</param>
    /// <param name="KodeKontes">The contest (<c>walikota-1871</c>); may be left out when the event has one contest.</param>
    /// <param name="NamaBerkas">The file's name, for messages.</param>
    /// <param name="Isi">The file's bytes.</param>
    public sealed record Command(string KodeSatker, string KodeAcara, string? KodeKontes, string NamaBerkas, byte[] Isi)
    {
        /// <summary>Hears the share done (0-100) as rows are read and written: the command line's progress bar.</summary>
        public IProgress<decimal>? Kemajuan { get; init; }
    }

    /// <param name="ImporId">The import written.</param>
    /// <param name="Kontes">The contest's name.</param>
    /// <param name="JumlahBaris">Rows written.</param>
    /// <param name="JumlahKesalahan">Findings that break an identity of the forms.</param>
    /// <param name="JumlahPeringatan">Findings that are plausibility warnings.</param>
    /// <param name="Partisipasi">The participation of the whole file (users / DPT x 100), when computable.</param>
    /// <param name="Mengganti">An earlier import of the contest by the satker was replaced.</param>
    /// <param name="Realisasi">What happened to each indicator bound to the contest.</param>
    public sealed record Hasil(int ImporId, string Kontes, int JumlahBaris, int JumlahKesalahan, int JumlahPeringatan, decimal? Partisipasi, bool Mengganti, IReadOnlyList<string> Realisasi);

    public sealed class Handler(SakipDbContext db, TimeProvider clock)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var kemajuan = c.Kemajuan;
            var guard = await DataKepemiluan.SatkerKontesAsync(db, pelaku, c.KodeSatker, c.KodeAcara, c.KodeKontes, Tindakan.MengelolaDataKepemiluan, ct);
            if (!guard.Berhasil)
            {
                return guard.Kegagalan!;
            }

            var (satker, kontes) = guard.Nilai;

            if (!DataKepemiluan.KontesDiWilayah(kontes, satker.Kode))
            {
                return Gagal.TidakSah($"{kontes.Nama} tidak diselenggarakan di wilayah {satker.Nama}.", nameof(Command.KodeKontes));
            }

            await using var transaksi = await db.Database.BeginTransactionAsync(ct);
            var tulis = await TulisAsync(db, kontes, satker, c.NamaBerkas, c.Isi, pelaku.NamaLengkap, clock.GetUtcNow(), ct, kemajuan);
            if (tulis.Nilai is not { } t)
            {
                return tulis.Kegagalan!;
            }

            var realisasi = await DataKepemiluan.PerbaruiRealisasiAsync(db, [kontes.Id], ct);
            var hasil = await db.SimpanAsync(
                () => t with { Realisasi = realisasi },
                ct,
                $"Data {kontes.Nama} baru saja diimpor oleh pengguna lain.");
            if (hasil.Berhasil)
            {
                await transaksi.CommitAsync(ct);
                kemajuan?.Report(100m);
            }

            return hasil;
        }
    }

    /// <summary>
    /// The most rows one import writes on SQLite: a province (Jawa Barat has about 140,000 TPS). The
    /// nation's 820,161 TPS go to PostgreSQL, where the rows are streamed by binary COPY.
    /// </summary>
    public const int BarisMaksimumSqlite = 200_000;

    /// <summary>
    /// Reads, checks and writes one file as the satker's import of the contest, replacing an
    /// earlier one: the part of the use case the demo shares. The rows stream from the file through
    /// the checks and the roll-up into the database (binary COPY on PostgreSQL), so no row is held;
    /// the roll-up of every region above the TPS and the findings are written after them. The caller
    /// has authorised the user and holds the transaction, and must roll it back when this fails.
    /// </summary>
    internal static async Task<Jawaban<Hasil>> TulisAsync(SakipDbContext db, KontesPemilu kontes, Satker satker, string namaBerkas, byte[] isi, string pengimpor, DateTimeOffset waktu, CancellationToken ct, IProgress<decimal>? kemajuan = null, int batasBaris = BarisMaksimumSqlite)
    {
        var berkas = Path.GetFileName(namaBerkas);
        var lama = await db.ImporKepemiluans.SingleOrDefaultAsync(i => i.KontesPemiluId == kontes.Id && i.SatkerId == satker.Id, ct);
        if (lama is not null)
        {
            await db.AngkaKepemiluans.Where(a => a.ImporKepemiluanId == lama.Id).ExecuteDeleteAsync(ct);
            await db.RekapAngkaKepemiluans.Where(a => a.ImporKepemiluanId == lama.Id).ExecuteDeleteAsync(ct);
            await db.TemuanImporKepemiluans.Where(a => a.ImporKepemiluanId == lama.Id).ExecuteDeleteAsync(ct);
            db.ImporKepemiluans.Remove(lama);
            await db.SaveChangesAsync(ct);
        }

        var sha = Sidik.Sha256(isi);
        var impor = new ImporKepemiluan
        {
            KontesPemiluId = kontes.Id,
            SatkerId = satker.Id,
            NamaBerkas = TeksRingkas.Potong(berkas, 255),
            Sha256 = sha,
            Diimpor = waktu,
            Pengimpor = TeksRingkas.Potong(pengimpor, 200),
        };
        db.ImporKepemiluans.Add(impor);
        await db.SaveChangesAsync(ct);

        var batas = db.Database.IsNpgsql() ? int.MaxValue : batasBaris;
        var aliran = new MemoryStream(isi, writable: false);
        var (pembaca, barises) = PembacaDataKepemiluan.Baca(aliran, namaBerkas);
        var salah = new List<Kesalahan>();
        var penghitung = new RekapKepemiluan.Penghitung(kontes.Acara.Jenis);
        var wilayahKontes = kontes.KodeWilayah is { } kw ? KodeWilayah.Dari(kw) : (KodeWilayah?)null;
        await using (var penulis = await PenulisMassal<AngkaKepemiluan>.BukaAsync(db, ct))
        {
            foreach (var b in barises)
            {
                if (kemajuan is not null && b.Baris % 1000 == 0)
                {
                    kemajuan.Report(Math.Round(85m * aliran.Position / Math.Max(1, aliran.Length), 1));
                }

                if (MasalahBaris(kontes, satker, wilayahKontes, b) is { } masalah)
                {
                    salah.Add(new Kesalahan("Berkas", new KesalahanBerkas(berkas, b.Baris, masalah.Kolom, masalah.Pesan).ToString()));
                }
                else if (penulis.Jumlah >= batas)
                {
                    salah.Add(new Kesalahan("Berkas", $"{berkas}: lebih dari {FormatIndonesia.Angka(batas, 0)} baris. Basis data SQLite menampung data satu provinsi per impor; impor data nasional memerlukan PostgreSQL, atau bagi berkas per provinsi."));
                    break;
                }
                else if (salah.Count == 0 && pembaca.Kesalahans.Count == 0)
                {
                    var angka = AngkaKepemiluan.Dari(b);
                    angka.ImporKepemiluanId = impor.Id;
                    await penulis.TulisAsync(angka, ct);
                    penghitung.Tambah(b);
                }
            }

            salah.InsertRange(0, pembaca.Kesalahans.Select(k => new Kesalahan("Berkas", k.ToString())));
            if (salah.Count == 0 && penulis.Jumlah == 0)
            {
                salah.Add(new Kesalahan("Berkas", $"{berkas}: berkas tidak berisi satu baris data pun di bawah kepala kolom."));
            }

            if (salah.Count > 0)
            {
                db.Entry(impor).State = EntityState.Detached;
                return new Gagal(JenisKegagalan.TidakSah, $"Berkas {berkas} tidak diimpor: {salah.Count} kesalahan. Perbaiki lalu unggah lagi; tidak ada yang disimpan.", [.. salah.Take(PembacaDataKepemiluan.KesalahanMaksimum)]);
            }

            await penulis.SelesaiAsync(ct);
            impor.JumlahBaris = (int)penulis.Jumlah;
        }

        kemajuan?.Report(85m);
        var rekap = penghitung.Selesai();
        var temuans = rekap.Temuans.ToList();
        foreach (var lain in await db.ImporKepemiluans.Include(i => i.Kontes).Where(i => i.SatkerId == satker.Id && i.Kontes.AcaraPemiluId == kontes.AcaraPemiluId && i.KontesPemiluId != kontes.Id).ToListAsync(ct))
        {
            var rekapLain = await DataKepemiluan.RekapAsync(db, lain.Id, ct);
            temuans.AddRange(rekap.Wilayahs.Where(rekapLain.Ada)
                .Select(k => PemeriksaanKepemiluan.BandingkanKontes(k, kontes.Nama, rekap.Angka(k), lain.Kontes.Nama, rekapLain.Angka(k)))
                .OfType<TemuanKepemiluan>());
        }

        kemajuan?.Report(90m);
        await TulisSemuaAsync(db, rekap.Wilayahs.Select(k => RekapAngkaKepemiluan.Dari(rekap, k)), r => r.ImporKepemiluanId = impor.Id, ct);
        await TulisSemuaAsync(
            db,
            temuans.Select(x => new TemuanImporKepemiluan
            {
                Aturan = x.Aturan,
                KodeWilayah = x.Kode.Kode,
                Kolom = TeksRingkas.Potong(x.Kolom, 400),
                Pesan = TeksRingkas.Potong(x.Pesan, 1000),
                Peringatan = x.Peringatan,
            }),
            t => t.ImporKepemiluanId = impor.Id,
            ct);
        var galat = temuans.Count(x => !x.Peringatan);
        db.Catat(AksiAudit.Impor, "DataKepemiluan", sha, satker.Id, new { berkas, acara = kontes.Acara.Kode, kontes = kontes.Kode, baris = impor.JumlahBaris, kesalahan = galat, peringatan = temuans.Count - galat, mengganti = lama?.Sha256 });
        await db.SaveChangesAsync(ct);
        return new Hasil(impor.Id, kontes.Nama, impor.JumlahBaris, galat, temuans.Count - galat, rekap.Total.Partisipasi(), lama is not null, []);
    }

    /// <summary>Why a well-formed row may not be in this import (column and message), or null: outside the satker's region or the contest's, or votes for a nomor urut the contest lacks.</summary>
    private static (string Kolom, string Pesan)? MasalahBaris(KontesPemilu kontes, Satker satker, KodeWilayah? wilayahKontes, BarisKepemiluan b)
    {
        if (!DataKepemiluan.DalamWilayah(satker.Kode, b.Kode))
        {
            return ("kode_wilayah", $"wilayah {b.Kode.Bertitik} di luar wilayah {satker.Nama} ({satker.Kode})");
        }

        if (wilayahKontes is { } kw && !b.Kode.Di(kw) && !kw.Di(b.Kode))
        {
            return ("kode_wilayah", $"wilayah {b.Kode.Bertitik} tidak ikut {kontes.Nama}");
        }

        var calon = kontes.Calons.Count;
        for (var n = calon + 1; n <= b.Angka.JumlahCalon; n++)
        {
            if (b.Angka.Suara(n) is not null)
            {
                return ($"suara_{n}", $"{kontes.Nama} hanya memiliki {calon} calon; tidak ada nomor urut {n}");
            }
        }

        return null;
    }

    private static async Task TulisSemuaAsync<T>(SakipDbContext db, IEnumerable<T> barises, Action<T> isi, CancellationToken ct)
        where T : class
    {
        await using var penulis = await PenulisMassal<T>.BukaAsync(db, ct);
        foreach (var b in barises)
        {
            isi(b);
            await penulis.TulisAsync(b, ct);
        }

        await penulis.SelesaiAsync(ct);
    }

    /// <summary>The contest named by event and contest code (the contest may be left out when the event has one), with its event and candidates.</summary>
    public static async Task<Jawaban<KontesPemilu>> CariKontesAsync(SakipDbContext db, string? kodeAcara, string? kodeKontes, CancellationToken ct)
    {
        var kode = kodeAcara?.Trim() ?? string.Empty;
        var acara = kode.Length == 0 ? null : await db.AcaraPemilus.Include(a => a.Kontes).ThenInclude(k => k.Calons).SingleOrDefaultAsync(a => a.Kode == kode, ct);
        if (acara is null)
        {
            var ada = await db.AcaraPemilus.OrderBy(a => a.Tanggal).Select(a => a.Kode).ToListAsync(ct);
            return Gagal.TidakDitemukan(kode.Length == 0
                ? $"Pilih acara pemilihan ({string.Join(", ", ada)})."
                : $"Acara pemilihan '{TeksRingkas.Potong(kode, 40)}' tidak ada{(ada.Count > 0 ? $"; yang ada: {string.Join(", ", ada)}" : string.Empty)}.");
        }

        var kk = kodeKontes?.Trim();
        var kontes = string.IsNullOrEmpty(kk) ? (acara.Kontes.Count == 1 ? acara.Kontes[0] : null) : acara.Kontes.SingleOrDefault(k => k.Kode == kk);
        if (kontes is null)
        {
            var daftar = string.Join(", ", acara.Kontes.OrderBy(k => k.Kode).Select(k => k.Kode));
            return Gagal.TidakDitemukan(string.IsNullOrEmpty(kk)
                ? $"{acara.Nama} memiliki beberapa pemilihan; pilih salah satu: {daftar}."
                : $"{acara.Nama} tidak memiliki pemilihan '{TeksRingkas.Potong(kk, 40)}'; yang ada: {daftar}.");
        }

        kontes.Acara = acara;
        return kontes;
    }
}
