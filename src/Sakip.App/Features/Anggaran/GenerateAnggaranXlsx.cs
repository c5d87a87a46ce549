using Sakip.App.Excel;
using Sakip.App.Import.Anggaran;
using Sakip.App.Keamanan;
using Sakip.Domain.Anggaran;
using Sakip.Domain.Bilangan;

namespace Sakip.App.Features.Anggaran;

/// <summary>
/// The satker-year's budget as a workbook (issue 13, item 4): the first sheet is the DIPA in force
/// in the import template, so it reads back as it is; then every node's figures, the revisions and
/// the SIMONIKA reports. Readable by whoever may read the satker.
/// </summary>
public static class GenerateAnggaranXlsx
{
    /// <param name="KodeSatker">The satker.</param>
    /// <param name="Tahun">The budget year; null = the latest with a DIPA.</param>
    public sealed record Query(string KodeSatker, int? Tahun);

    /// <param name="NamaBerkas">The file's name (<c>anggaran-1871-2024.xlsx</c>).</param>
    /// <param name="Isi">The workbook.</param>
    public sealed record Hasil(string NamaBerkas, byte[] Isi);

    public sealed class Handler(GetAnggaran.Handler get)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            var baca = await get.HandleAsync(pelaku, new GetAnggaran.Query(q.KodeSatker, q.Tahun), ct);
            if (baca.Nilai is not { } h)
            {
                return baca.Kegagalan!;
            }

            if (h.Data.Pohon is not { } pohon || h.Data.Berlaku is not { } berlaku)
            {
                return Gagal.TidakDitemukan($"DIPA {h.Tahun} {h.NamaSatker} belum dimuat.");
            }

            var dipa = new LembarTulis("DIPA") { BekukanDi = "A2" };
            var kepala = PembacaAnggaran.KepalaWajib.Concat(PembacaAnggaran.KepalaRencana).ToList();
            dipa.Baris([.. kepala.Select(k => new SelTulis(k, null, GayaSel.Judul))]);
            foreach (var b in pohon.Barises)
            {
                dipa.Baris([new SelTulis(b.Kode.Kode, null), new SelTulis(b.Uraian, null), new SelTulis(SumberDanaTeks.Kode(b.Sumber), null), SelTulis.Dari(b.Pagu), .. b.Realisasi.Select(r => SelTulis.Dari(r)), .. b.Rencana.Select(r => SelTulis.Dari(r))]);
            }

            dipa.LebarKolom.AddRange([34, 60, 12, .. Enumerable.Repeat(16d, kepala.Count - 3)]);

            var ringkasan = BukuKerjaXlsx.LembarTabel(
                "Penyerapan",
                $"Pagu, realisasi dan penyerapan DIPA {h.Tahun} {h.NamaSatker} ({DataAnggaran.NamaVersi(berlaku)})",
                "Penyerapan = realisasi / pagu x 100, dibulatkan setengah ke atas dua desimal.",
                ["Kode", "Uraian", "Sumber dana", "Pagu", "Realisasi", "Penyerapan (%)", "Sisa"],
                [
                    .. pohon.SemuaSimpul().Select(s => (IReadOnlyList<object?>)[s.Kode.Kode, s.Uraian, string.Join(", ", s.PerSumber.Keys.Select(SumberDanaTeks.Nama)), s.Jumlah.Pagu, s.Jumlah.Realisasi, s.Jumlah.Penyerapan, s.Jumlah.Sisa]),
                    .. pohon.PerSumber.Select(p => (IReadOnlyList<object?>)["Jumlah", SumberDanaTeks.Nama(p.Key), SumberDanaTeks.Nama(p.Key), p.Value.Pagu, p.Value.Realisasi, p.Value.Penyerapan, p.Value.Sisa]),
                    ["Jumlah", "Seluruhnya", null, pohon.Jumlah.Pagu, pohon.Jumlah.Realisasi, pohon.Jumlah.Penyerapan, pohon.Jumlah.Sisa],
                ]);
            var revisi = BukuKerjaXlsx.LembarTabel(
                "Revisi",
                $"DIPA {h.Tahun} dan revisinya ({h.Data.JumlahRevisi} revisi)",
                null,
                ["Nomor", "Jenis", "Tanggal", "Alasan", "Berkas", "Baris yang paginya berubah"],
                h.Data.Versis.Select((v, i) => (IReadOnlyList<object?>)[v.Nomor, PerubahanAnggaran.NamaJenis(v.Jenis), FormatIndonesia.Tanggal(v.Tanggal), v.Alasan, v.NamaBerkas, h.Data.Perubahan[i].Count]));
            var simonika = BukuKerjaXlsx.LembarTabel(
                "SIMONIKA",
                $"Laporan SIMONIKA {h.Tahun}: {h.Data.Kepatuhan.TepatWaktuDanValid} dari {h.Data.Kepatuhan.Wajib} tepat waktu dan valid",
                $"Tepat waktu: dikirim paling lambat tanggal {KepatuhanSimonika.TanggalBatas} bulan berikutnya.",
                ["Bulan", "Dikirim", "Batas", "Tepat waktu", "Valid", "Catatan"],
                h.Data.Simonika.Select(l => (IReadOnlyList<object?>)[FormatIndonesia.Bulan(l.Bulan), l.Dikirim is { } d ? FormatIndonesia.Tanggal(d) : "belum", FormatIndonesia.Tanggal(KepatuhanSimonika.Batas(h.Tahun, l.Bulan)), KepatuhanSimonika.TepatWaktuPada(h.Tahun, l.KeDomain()) ? "ya" : "tidak", l.Valid ? "ya" : "tidak", l.Catatan]));
            return new Hasil($"anggaran-{h.KodeSatker}-{h.Tahun}.xlsx", BukuKerjaXlsx.Tulis([dipa, ringkasan, revisi, simonika]));
        }
    }
}
