using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;
using Sakip.Domain.Anggaran;
using Sakip.Domain.Bilangan;

namespace Sakip.App.Features.Anggaran;

/// <summary>
/// The finance officer records a month's SIMONIKA report: the day it went in and whether it was
/// found valid (issue 13, item 2). Recording a month again corrects it. The indicator bound to
/// SIMONIKA reports is recomputed at once.
/// </summary>
public static class RecordLaporanSimonika
{
    /// <param name="KodeSatker">The satker.</param>
    /// <param name="Tahun">The year.</param>
    /// <param name="Bulan">The month reported (1-12).</param>
    /// <param name="Dikirim">The day it was submitted; null while it is not.</param>
    /// <param name="Valid">Whether it was found valid.</param>
    /// <param name="Catatan">A note (the verifier's remark).</param>
    public sealed record Command(string KodeSatker, int Tahun, int Bulan, DateOnly? Dikirim, bool Valid, string? Catatan);

    /// <param name="TepatWaktu">Whether the report went in by the 10th of the month after.</param>
    /// <param name="Batas">Its deadline.</param>
    /// <param name="Indikator">What happened to the indicators fed from budget data.</param>
    public sealed record Hasil(bool TepatWaktu, DateOnly Batas, IReadOnlyList<string> Indikator);

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
                return Gagal.TidakSah("Tahun harus antara 2000 dan 2100.", nameof(Command.Tahun));
            }

            if (c.Bulan is < 1 or > 12)
            {
                return Gagal.TidakSah("Pilih bulan laporan (Januari sampai Desember).", nameof(Command.Bulan));
            }

            var hariIni = WaktuIndonesia.HariIni(clock);
            if (c.Dikirim is { } d && (d < new DateOnly(c.Tahun, c.Bulan, 1) || d > hariIni))
            {
                return Gagal.TidakSah(d > hariIni
                    ? $"Tanggal kirim {FormatIndonesia.Tanggal(d)} belum tiba."
                    : $"Tanggal kirim {FormatIndonesia.Tanggal(d)} lebih awal dari bulan yang dilaporkan ({FormatIndonesia.Bulan(c.Bulan)} {c.Tahun}).", nameof(Command.Dikirim));
            }

            if (c.Dikirim is null && c.Valid)
            {
                return Gagal.TidakSah("Laporan yang belum dikirim tidak dapat dinyatakan valid.", nameof(Command.Valid));
            }

            var catatan = string.IsNullOrWhiteSpace(c.Catatan) ? null : c.Catatan.Trim();
            if (catatan is { Length: > 500 })
            {
                return Gagal.TidakSah("Catatan paling panjang 500 huruf.", nameof(Command.Catatan));
            }

            await using var transaksi = await db.Database.BeginTransactionAsync(ct);
            var laporan = await db.LaporanSimonikas.SingleOrDefaultAsync(l => l.SatkerId == satker.Id && l.Tahun == c.Tahun && l.Bulan == c.Bulan, ct);
            if (laporan is null)
            {
                laporan = new LaporanSimonikaSatker { SatkerId = satker.Id, Tahun = c.Tahun, Bulan = c.Bulan, Pencatat = pelaku.NamaLengkap };
                db.LaporanSimonikas.Add(laporan);
            }

            laporan.Dikirim = c.Dikirim;
            laporan.Valid = c.Valid;
            laporan.Catatan = catatan;
            laporan.Pencatat = pelaku.NamaLengkap;
            laporan.Dicatat = clock.GetUtcNow();
            var simpan = await db.SimpanAsync(() => true, ct, "Laporan SIMONIKA bulan ini baru saja dicatat oleh pengguna lain; muat ulang halaman.");
            if (!simpan.Berhasil)
            {
                return simpan.Kegagalan!;
            }

            var indikator = await DataAnggaran.PerbaruiRealisasiAsync(db, satker.Id, c.Tahun, hariIni, ct);
            var hasil = await db.SimpanAsync(() => new Hasil(KepatuhanSimonika.TepatWaktuPada(c.Tahun, laporan.KeDomain()), KepatuhanSimonika.Batas(c.Tahun, c.Bulan), indikator), ct);
            if (hasil.Berhasil)
            {
                await transaksi.CommitAsync(ct);
            }

            return hasil;
        }
    }
}
