using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Audit;

/// <summary>
/// The audit trail of a satker, newest first, optionally of one record: who changed what, when,
/// from which value to which. For administrators, pimpinan and evaluators of the satker.
/// </summary>
public static class ListJejakAudit
{
    public const int UkuranHalaman = 50;

    public sealed record Query(string KodeSatker, string? Entitas = null, string? Kunci = null, int Halaman = 1);

    public sealed record Perubahan(string Kolom, string? Lama, string? Baru);

    /// <param name="Id">The row's number in the chain.</param>
    /// <param name="Waktu">When (UTC; shown in WIB).</param>
    /// <param name="Pelaku">Who, as the trail names them.</param>
    /// <param name="Aksi">What kind of change.</param>
    /// <param name="Entitas">The kind of record.</param>
    /// <param name="Kunci">The record's id.</param>
    /// <param name="Perubahans">The fields changed, old and new (the raw record).</param>
    /// <param name="Kalimat">The row as a sentence in the user's language: who did what to which record ("operator.1871 mengajukan realisasi 1.5 Januari 2024").</param>
    public sealed record Baris(long Id, DateTimeOffset Waktu, string Pelaku, AksiAudit Aksi, string Entitas, string Kunci, IReadOnlyList<Perubahan> Perubahans, string Kalimat);

    public sealed record Hasil(string NamaSatker, IReadOnlyList<Baris> Barises, bool AdaBerikutnya);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            var bacaan = await Izin.SatkerAsync(db, pelaku, q.KodeSatker, Tindakan.MembacaJejakAudit, ct);
            if (bacaan.Nilai is not { } satker)
            {
                return bacaan.Kegagalan!;
            }

            var query = db.JejakAudits.AsNoTracking().Where(a => a.SatkerId == satker.Id);
            if (!string.IsNullOrWhiteSpace(q.Entitas))
            {
                query = query.Where(a => a.Entitas == q.Entitas);
            }

            if (!string.IsNullOrWhiteSpace(q.Kunci))
            {
                query = query.Where(a => a.KunciEntitas == q.Kunci);
            }

            var halaman = Math.Max(1, q.Halaman);
            var rows = await query.OrderByDescending(a => a.Id).Skip((halaman - 1) * UkuranHalaman).Take(UkuranHalaman + 1).ToListAsync(ct);
            var realisasi = await NamaRealisasiAsync([.. rows.Where(a => a.Entitas == nameof(RealisasiKinerja)).Select(a => a.KunciEntitas)], ct);
            return Jawaban<Hasil>.Dari(new Hasil(
                satker.Nama,
                [.. rows.Take(UkuranHalaman).Select(a => new Baris(a.Id, a.Waktu, a.Pelaku, a.Aksi, a.Entitas, a.KunciEntitas, Urai(a.Perubahan), Kalimat(a, realisasi)))],
                rows.Count > UkuranHalaman));
        }

        /// <summary>The realisasi on this page by id, named by indicator code and period ("1.5 Januari 2024").</summary>
        private async Task<Dictionary<string, string>> NamaRealisasiAsync(List<string> kunci, CancellationToken ct)
        {
            var ids = kunci.Select(k => int.TryParse(k, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : 0).Where(id => id > 0).Distinct().ToList();
            var daftar = await db.RealisasiKinerjas.AsNoTracking().Where(r => ids.Contains(r.Id))
                .Select(r => new { r.Id, r.Indikator.Kode, r.Tahun, r.JenisPeriode, r.NomorPeriode }).ToListAsync(ct);
            return daftar.ToDictionary(r => r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), r => $"{r.Kode} {new Domain.Periode.Periode(r.Tahun, r.JenisPeriode, r.NomorPeriode).Label}");
        }

        private static string Kalimat(JejakAudit a, Dictionary<string, string> realisasi)
        {
            var kerja = a.Aksi switch
            {
                AksiAudit.Tambah => "menambahkan",
                AksiAudit.Ubah => "mengubah",
                AksiAudit.Hapus => "menghapus",
                AksiAudit.Tandatangani => "menandatangani",
                AksiAudit.Ajukan => "mengajukan",
                AksiAudit.Verifikasi => "memverifikasi",
                AksiAudit.Kembalikan => "mengembalikan",
                AksiAudit.Tutup => "menutup",
                AksiAudit.Buka => "membuka kembali",
                AksiAudit.Setujui => "menyetujui",
                AksiAudit.Terbitkan => "menerbitkan",
                AksiAudit.Impor => "mengimpor",
                AksiAudit.Masuk => "masuk",
                AksiAudit.GagalMasuk => "gagal masuk",
                _ => "keluar",
            };
            if (a.Aksi is AksiAudit.Masuk or AksiAudit.GagalMasuk or AksiAudit.Keluar)
            {
                return $"{a.Pelaku} {kerja}";
            }

            var data = a.Entitas switch
            {
                nameof(RealisasiKinerja) => "realisasi " + realisasi.GetValueOrDefault(a.KunciEntitas, "#" + a.KunciEntitas),
                nameof(PerjanjianKinerja) => "Perjanjian Kinerja #" + a.KunciEntitas,
                nameof(IndikatorKinerja) => "indikator Perjanjian Kinerja #" + a.KunciEntitas,
                nameof(Entities.RencanaAksi) => "Rencana Aksi #" + a.KunciEntitas,
                nameof(Entities.Pengguna) => "akun #" + a.KunciEntitas,
                nameof(HakAkses) => "hak akses #" + a.KunciEntitas,
                nameof(PeriodeTertutup) => "periode #" + a.KunciEntitas,
                nameof(Berkas) => "berkas",
                nameof(LaporanKinerja) => "Laporan Kinerja #" + a.KunciEntitas,
                nameof(NaratifLaporan) => "naratif Laporan Kinerja #" + a.KunciEntitas,
                nameof(CatatanReviuLaporan) => "catatan reviu #" + a.KunciEntitas,
                nameof(BerkasLaporan) => "berkas terbitan Laporan Kinerja #" + a.KunciEntitas,
                "BerkasImpor" => "berkas Excel",
                _ => $"{a.Entitas} #{a.KunciEntitas}",
            };
            return $"{a.Pelaku} {kerja} {data}";
        }

        private static List<Perubahan> Urai(string json)
        {
            using var doc = JsonDocument.Parse(json);
            return [.. doc.RootElement.EnumerateObject()
                .Where(p => p.Value.ValueKind == JsonValueKind.Object)
                .Select(p => new Perubahan(p.Name, Teks(p.Value, "lama"), Teks(p.Value, "baru")))];
        }

        private static string? Teks(JsonElement e, string nama) =>
            e.TryGetProperty(nama, out var v) && v.ValueKind != JsonValueKind.Null ? (v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()) : null;
    }
}
