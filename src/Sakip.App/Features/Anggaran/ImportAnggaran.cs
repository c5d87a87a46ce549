using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Import.Anggaran;
using Sakip.App.Keamanan;
using Sakip.Domain.Anggaran;
using Sakip.Domain.Bilangan;

namespace Sakip.App.Features.Anggaran;

/// <summary>
/// The finance officer loads a satker-year's DIPA lines with their monthly realisation (and plan)
/// from a file in the template (issue 13, item 4). The first file is the DIPA awal. A later file
/// with the same pagu replaces the lines of the DIPA in force (the month's realisation); a file
/// whose pagu differs is a revision, recorded with its kind, date and reason as a new state, the
/// earlier ones kept. A bad cell is named by file, row and column, and nothing is written.
/// </summary>
public static class ImportAnggaran
{
    /// <summary>What a revision is.</summary>
    /// <param name="Jenis">Who approved it.</param>
    /// <param name="Tanggal">The day it was approved.</param>
    /// <param name="Alasan">Why.</param>
    public sealed record DataRevisi(JenisRevisiAnggaran Jenis, DateOnly Tanggal, string Alasan);

    /// <param name="KodeSatker">The satker whose DIPA this is.</param>
    /// <param name="Tahun">The budget year.</param>
    /// <param name="NamaBerkas">The file's name, for messages.</param>
    /// <param name="Isi">The file (CSV or XLSX).</param>
    /// <param name="Revisi">The revision the file records; null for the DIPA awal or the month's realisation.</param>
    public sealed record Command(string KodeSatker, int Tahun, string NamaBerkas, byte[] Isi, DataRevisi? Revisi)
    {
        /// <summary>Told the percentage done (0-100): read and checked, written, indicators recomputed.</summary>
        public IProgress<decimal>? Kemajuan { get; init; }
    }

    /// <param name="Versi">The state written: "DIPA awal", "revisi ke-3".</param>
    /// <param name="JumlahBaris">Lines read.</param>
    /// <param name="Pagu">The total pagu of the state.</param>
    /// <param name="Realisasi">The total realisation.</param>
    /// <param name="Perubahan">The lines whose pagu the revision moved (empty otherwise).</param>
    /// <param name="Temuan">What the checks say of the year's data.</param>
    /// <param name="Indikator">What happened to the indicators fed from budget data.</param>
    public sealed record Hasil(string Versi, int JumlahBaris, decimal Pagu, decimal Realisasi, IReadOnlyList<PerubahanPagu> Perubahan, IReadOnlyList<string> Temuan, IReadOnlyList<string> Indikator);

    public sealed class Handler(SakipDbContext db, TimeProvider clock)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var boleh = await Izin.SatkerAsync(db, pelaku, c.KodeSatker, Tindakan.MengelolaAnggaran, ct);
            if (boleh.Nilai is not { } satker)
            {
                return boleh.Kegagalan!;
            }

            if (c.Tahun is < 2000 or > 2100)
            {
                return Gagal.TidakSah("Tahun anggaran harus antara 2000 dan 2100.", nameof(Command.Tahun));
            }

            var berkas = Path.GetFileName(c.NamaBerkas);
            var (barises, salah) = PembacaAnggaran.Baca(berkas, c.Isi);
            if (salah.Count > 0)
            {
                return new Gagal(JenisKegagalan.TidakSah, $"Berkas {berkas} tidak diimpor: {salah.Count} kesalahan. Perbaiki lalu unggah lagi; tidak ada yang disimpan.", [.. salah.Select(k => new Kesalahan("Berkas", k.ToString()))]);
            }

            c.Kemajuan?.Report(40m);
            var pohon = PohonAnggaran.Susun([.. barises.Select(b => b.Baris)]);
            await using var transaksi = await db.Database.BeginTransactionAsync(ct);
            var berlaku = await db.VersiAnggarans.Include(v => v.Barises).Where(v => v.SatkerId == satker.Id && v.Tahun == c.Tahun).OrderByDescending(v => v.Nomor).FirstOrDefaultAsync(ct);
            IReadOnlyList<PerubahanPagu> perubahan = [];
            if (berlaku is not null)
            {
                perubahan = PerubahanAnggaran.Bandingkan(PohonAnggaran.Susun([.. berlaku.Barises.OrderBy(b => b.Urutan).Select(b => b.KeDomain())]), pohon);
                if (perubahan.Count > 0 && c.Revisi is null)
                {
                    var contoh = string.Join("; ", perubahan.Take(3).Select(u => $"{u.Kode} ({SumberDanaTeks.Nama(u.Sumber)}) {Pagu(u.PaguSebelum)} menjadi {Pagu(u.PaguSesudah)}"));
                    return Gagal.TidakSah($"Pagu {perubahan.Count} baris berbeda dari DIPA yang berlaku ({DataAnggaran.NamaVersi(berlaku)}): {contoh}{(perubahan.Count > 3 ? "; ..." : string.Empty)}. Jika ini revisi anggaran, isi jenis, tanggal dan alasan revisinya; jika bukan, perbaiki paginya. Tidak ada yang disimpan.", nameof(DataRevisi.Jenis));
                }
            }

            if (c.Revisi is { } r)
            {
                var salahRevisi = PeriksaRevisi(r, c.Tahun, berlaku);
                if (salahRevisi is not null)
                {
                    return salahRevisi;
                }
            }

            VersiAnggaran versi;
            if (berlaku is null || c.Revisi is not null)
            {
                versi = new VersiAnggaran
                {
                    SatkerId = satker.Id,
                    Tahun = c.Tahun,
                    Nomor = berlaku is null ? 0 : berlaku.Nomor + 1,
                    Jenis = berlaku is null ? JenisRevisiAnggaran.DipaAwal : c.Revisi!.Jenis,
                    Tanggal = c.Revisi?.Tanggal ?? new DateOnly(c.Tahun, 1, 1),
                    Alasan = c.Revisi?.Alasan.Trim() ?? "DIPA awal",
                    Pencatat = pelaku.NamaLengkap,
                    Dicatat = clock.GetUtcNow(),
                };
                db.VersiAnggarans.Add(versi);
            }
            else
            {
                // The same pagu: this month's realisation (or plan) on the DIPA in force.
                versi = berlaku;
                db.BarisDipas.RemoveRange(berlaku.Barises);
                berlaku.Barises.Clear();
                versi.Revisi++;
            }

            var sha = Sidik.Sha256(c.Isi);
            versi.NamaBerkas = berkas;
            versi.Sha256 = sha;
            versi.Barises.AddRange(barises.Select((b, i) => BarisDipa.Dari(b.Baris, i)));
            db.Catat(AksiAudit.Impor, "Anggaran", $"{c.Tahun}/{versi.Nomor}", satker.Id, new { berkas, sha256 = sha, tahun = c.Tahun, versi = DataAnggaran.NamaVersi(versi), baris = barises.Count, pagu = pohon.Jumlah.Pagu, realisasi = pohon.Jumlah.Realisasi, perubahan = perubahan.Count });
            var simpan = await db.SimpanAsync(() => true, ct, "Data anggaran satker ini baru saja diubah oleh pengguna lain; muat ulang lalu impor lagi.");
            if (!simpan.Berhasil)
            {
                return simpan.Kegagalan!;
            }

            c.Kemajuan?.Report(80m);
            var hariIni = WaktuIndonesia.HariIni(clock);
            var indikator = await DataAnggaran.PerbaruiRealisasiAsync(db, satker.Id, c.Tahun, hariIni, ct);
            var hasil = await db.SimpanAsync(() => true, ct);
            if (!hasil.Berhasil)
            {
                return hasil.Kegagalan!;
            }

            await transaksi.CommitAsync(ct);
            c.Kemajuan?.Report(100m);
            var data = await DataAnggaran.BacaAsync(db, satker.Id, c.Tahun, hariIni, ct);
            return new Hasil(DataAnggaran.NamaVersi(versi), barises.Count, pohon.Jumlah.Pagu, pohon.Jumlah.Realisasi, versi.Nomor == 0 ? [] : perubahan, [.. data.Temuan.Select(t => t.Pesan)], indikator);
        }
    }

    /// <summary>Null when a revision's particulars can stand after <paramref name="berlaku"/>, else why not.</summary>
    internal static Gagal? PeriksaRevisi(DataRevisi r, int tahun, VersiAnggaran? berlaku)
    {
        if (r.Jenis == JenisRevisiAnggaran.DipaAwal && berlaku is not null)
        {
            return Gagal.TidakSah($"DIPA awal {tahun} sudah dimuat; pilih jenis revisinya (DJA, Kanwil DJPb atau POK).", nameof(DataRevisi.Jenis));
        }

        if (r.Tanggal.Year != tahun)
        {
            return Gagal.TidakSah($"Tanggal revisi {FormatIndonesia.Tanggal(r.Tanggal)} tidak dalam tahun anggaran {tahun}.", nameof(DataRevisi.Tanggal));
        }

        if (berlaku is not null && r.Tanggal < berlaku.Tanggal)
        {
            return Gagal.TidakSah($"Tanggal revisi {FormatIndonesia.Tanggal(r.Tanggal)} lebih awal dari {DataAnggaran.NamaVersi(berlaku)} ({FormatIndonesia.Tanggal(berlaku.Tanggal)}); revisi dicatat berurutan.", nameof(DataRevisi.Tanggal));
        }

        if (r.Alasan.Trim().Length is 0 or > 500)
        {
            return Gagal.TidakSah("Tulis alasan revisi (paling panjang 500 huruf).", nameof(DataRevisi.Alasan));
        }

        return null;
    }

    private static string Pagu(decimal? pagu) => pagu is { } p ? FormatIndonesia.Rupiah(p) : "(tidak ada)";
}
