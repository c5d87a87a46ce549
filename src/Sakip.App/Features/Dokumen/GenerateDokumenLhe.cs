using Sakip.App.Dokumen;
using Sakip.App.Features.Evaluasi;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Dokumen;

/// <summary>
/// The LHE of a satker-year's AKIP evaluation (<see cref="DokumenLhe"/>), for whoever may read the
/// satker, once its final value is fixed; from the same read as the evaluation's page.
/// </summary>
public static class GenerateDokumenLhe
{
    public sealed record Query(string KodeSatker, int Tahun, string? Format);

    public sealed class Handler(GetEvaluasiAkip.Handler get, PencetakPdf pdf)
    {
        public async Task<Jawaban<BerkasDokumen>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            if (BerkasDokumen.Format(q.Format) is null)
            {
                return BerkasDokumen.FormatTidakDikenal(q.Format);
            }

            var baca = await get.HandleAsync(pelaku, new GetEvaluasiAkip.Query(q.KodeSatker, q.Tahun), ct);
            if (baca.Nilai is not { } d)
            {
                return baca.Kegagalan!;
            }

            if (d.NilaiAkhir is null)
            {
                return Gagal.TidakDitemukan(d.Ada
                    ? $"Laporan Hasil Evaluasi {d.NamaSatker} tahun {d.Tahun} tersedia setelah nilai akhir ditetapkan."
                    : $"Evaluasi SAKIP {d.NamaSatker} tahun {d.Tahun} belum dibuka.");
            }

            if (d.Tercetak is { } cetak)
            {
                return Gagal.TidakDitemukan($"Evaluasi SAKIP {d.NamaSatker} tahun {d.Tahun} dicatat sebagaimana tercetak pada {cetak.Sumber}; Laporan Hasil Evaluasinya adalah dokumen itu, bukan buatan Sakip.");
            }

            return await BerkasDokumen.BuatAsync(DokumenLhe.Bangun(d), $"lhe-{d.KodeSatker}-{d.Tahun}", q.Format, pdf, ct);
        }
    }
}
