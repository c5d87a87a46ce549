using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Dokumen;
using Sakip.App.Excel;
using Sakip.App.Import.Kepemiluan;
using Sakip.App.Keamanan;
using Sakip.Domain.Kepemiluan;

namespace Sakip.App.Features.Kepemiluan;

/// <summary>
/// The XLSX export of a satker's import of a contest (issue 12, item 6): every region of the tree
/// with every count rolled up and its participation, and the findings of the checks.
/// </summary>
public static class GenerateRekapKepemiluan
{
    /// <param name="KodeSatker">The satker whose import is exported.</param>
    /// <param name="KodeAcara">The event.</param>
    /// <param name="KodeKontes">The contest.</param>
    public sealed record Query(string KodeSatker, string KodeAcara, string? KodeKontes);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<BerkasDokumen>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            var guard = await DataKepemiluan.SatkerKontesAsync(db, pelaku, q.KodeSatker, q.KodeAcara, q.KodeKontes, Tindakan.Membaca, ct);
            if (!guard.Berhasil)
            {
                return guard.Kegagalan!;
            }

            var (satker, kontes) = guard.Nilai;

            var impor = await db.ImporKepemiluans.AsNoTracking().SingleOrDefaultAsync(i => i.KontesPemiluId == kontes.Id && i.SatkerId == satker.Id, ct);
            if (impor is null)
            {
                return Gagal.TidakDitemukan($"{satker.Nama} belum mengimpor data {kontes.Nama}.");
            }

            var rekap = await DataKepemiluan.RekapAsync(db, impor.Id, ct);
            var calons = kontes.Calons.OrderBy(c => c.NomorUrut).ToList();
            var jumlahCalon = Math.Max(calons.Count, rekap.Wilayahs.Select(k => rekap.Angka(k).JumlahCalon).DefaultIfEmpty(0).Max());
            string[] kolom =
            [
                "Kode wilayah", "Nama wilayah", "Tingkat", "DPT L", "DPT P", "DPT", "DPTb", "DPK",
                "Pengguna hak pilih L", "Pengguna hak pilih P", "Pengguna hak pilih", "Partisipasi L (%)", "Partisipasi P (%)", "Partisipasi (%)",
                "DPK / (DPT + DPTb) (%)", "Pemilih disabilitas", "Surat suara diterima", "Surat suara digunakan", "Surat suara rusak/keliru coblos",
                "Surat suara tidak digunakan", "Suara sah", "Suara tidak sah",
                .. Enumerable.Range(1, jumlahCalon).Select(n => $"Suara {n}" + (calons.FirstOrDefault(c => c.NomorUrut == n) is { } c ? $" {c.Nama}" : string.Empty)),
            ];
            var barises = rekap.Wilayahs
                .OrderBy(k => k.Kode, StringComparer.Ordinal)
                .Select(k =>
                {
                    var a = rekap.Angka(k);
                    return (IReadOnlyList<object?>)
                    [
                        k.Kode, rekap.Nama(k), PembacaDataKepemiluan.NamaTingkat(k.Tingkat),
                        a.Nilai(KolomKepemiluan.DptL), a.Nilai(KolomKepemiluan.DptP), a.Nilai(KolomKepemiluan.Dpt), a.Nilai(KolomKepemiluan.Dptb), a.Nilai(KolomKepemiluan.Dpk),
                        a.Nilai(KolomKepemiluan.PenggunaL), a.Nilai(KolomKepemiluan.PenggunaP), a.Nilai(KolomKepemiluan.Pengguna),
                        Bulat(a.PartisipasiL()), Bulat(a.PartisipasiP()), Bulat(a.Partisipasi()), Bulat(a.PangsaDpk()),
                        a.Nilai(KolomKepemiluan.Disabilitas), a.Nilai(KolomKepemiluan.SuratSuaraDiterima), a.Nilai(KolomKepemiluan.SuratSuaraDigunakan),
                        a.Nilai(KolomKepemiluan.SuratSuaraRusak), a.Nilai(KolomKepemiluan.SuratSuaraTidakDigunakan), a.Nilai(KolomKepemiluan.SuaraSah), a.Nilai(KolomKepemiluan.SuaraTidakSah),
                        .. Enumerable.Range(1, jumlahCalon).Select(n => (object?)a.Suara(n)),
                    ];
                });
            var temuans = await db.TemuanImporKepemiluans.AsNoTracking().Where(t => t.ImporKepemiluanId == impor.Id).OrderBy(t => t.Id).ToListAsync(ct);
            var judul = $"{kontes.Acara.Nama}: {kontes.Nama}, {satker.Nama}";
            var keterangan = $"Dari berkas {impor.NamaBerkas} (SHA-256 {impor.Sha256}), diimpor {impor.Pengimpor}. Kosong = tidak dilaporkan. Partisipasi = pengguna hak pilih / DPT.";
            var isi = BukuKerjaXlsx.Tulis(
            [
                BukuKerjaXlsx.LembarTabel("Wilayah", judul, keterangan, kolom, barises),
                BukuKerjaXlsx.LembarTabel("Temuan", "Temuan pemeriksaan: " + judul, $"{temuans.Count} temuan.", ["Aturan", "Jenis", "Kode wilayah", "Kolom", "Temuan"],
                    temuans.Select(t => (IReadOnlyList<object?>)[PemeriksaanKepemiluan.Nama(t.Aturan), t.Peringatan ? "peringatan" : "kesalahan", t.KodeWilayah, t.Kolom, t.Pesan])),
            ]);
            return new BerkasDokumen($"data-kepemiluan-{satker.Kode}-{kontes.Acara.Kode}-{kontes.Kode}.xlsx", Import.Bukti.JenisBerkas.Xlsx, isi);
        }
    }

    private static decimal? Bulat(decimal? nilai) => nilai is { } n ? Math.Round(n, 2, MidpointRounding.AwayFromZero) : null;
}
