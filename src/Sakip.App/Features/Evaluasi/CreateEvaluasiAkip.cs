using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Evaluasi;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Evaluasi;

/// <summary>
/// Opens the AKIP evaluation of a satker-year (an evaluator whose reach includes the satker): with
/// the LKE template that serves the year (or the one named, if it serves it) and a scoring
/// practice; the satker's own round opens at once. One evaluation per satker-year.
/// </summary>
public static class CreateEvaluasiAkip
{
    /// <param name="KodeSatker">The satker evaluated.</param>
    /// <param name="Tahun">The year evaluated.</param>
    /// <param name="KodeTemplat">The LKE template; null for the newest that serves the year.</param>
    /// <param name="Metode"><c>kriteria</c> (default) or <c>subkomponen</c>.</param>
    public sealed record Command(string KodeSatker, int Tahun, string? KodeTemplat = null, string? Metode = null);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var boleh = await Izin.SatkerAsync(db, pelaku, c.KodeSatker, Tindakan.MengevaluasiAkip, ct);
            if (boleh.Nilai is not { } satker)
            {
                return boleh.Kegagalan!;
            }

            var isian = new PemeriksaIsian();
            if (Domain.Periode.Periode.PeriksaTahun(c.Tahun) is { } salahTahun)
            {
                isian.Tambah(nameof(Command.Tahun), salahTahun);
            }

            var entri = await KatalogTemplatLke.CariAsync(db, c.KodeTemplat, c.Tahun, ct);
            var templat = entri.Berhasil ? entri.Nilai!.Templat : null;
            if (templat is not { } t)
            {
                isian.Tambah(nameof(Command.KodeTemplat), entri.Pesan!);
            }
            else if (!t.Berlaku(c.Tahun) && !isian.Ada)
            {
                isian.Tambah(nameof(Command.KodeTemplat), $"Templat {t.Kode} berlaku untuk evaluasi tahun {t.TahunAwal}{(t.TahunAkhir is { } akhir ? $"-{akhir}" : " dan seterusnya")}, bukan {c.Tahun}.");
            }

            var metode = CalculateEvaluasiRows.BacaMetode(c.Metode);
            if (!metode.Berhasil)
            {
                isian.Tambah(nameof(Command.Metode), metode.Pesan!);
            }
            else if (templat is { } tt && metode.Nilai == Domain.Evaluasi.MetodePenilaian.PerKriteria && !tt.SemuaKriteria.Any())
            {
                isian.Tambah(nameof(Command.Metode), $"Templat {tt.Kode} tidak memuat kriteria; pilih metode per subkomponen.");
            }

            if (isian.Ada)
            {
                return Gagal.TidakSah(isian.Kesalahans);
            }

            if (await db.EvaluasiAkips.AnyAsync(e => e.SatkerId == satker.Id && e.Tahun == c.Tahun, ct))
            {
                return Gagal.Konflik($"Evaluasi SAKIP {satker.Nama} tahun {c.Tahun} sudah dibuka.");
            }

            var evaluasi = new EvaluasiAkip { SatkerId = satker.Id, Tahun = c.Tahun, KodeTemplat = templat!.Kode, TemplatJson = entri.Nilai!.Json, Metode = metode.Nilai };
            evaluasi.Putarans.Add(new PutaranEvaluasi { Jenis = JenisPutaran.Mandiri });
            db.EvaluasiAkips.Add(evaluasi);
            return await db.SimpanAsync(() => evaluasi.Id, ct, $"Evaluasi SAKIP {satker.Nama} tahun {c.Tahun} sudah dibuka.");
        }
    }
}
