using Sakip.App.Data;
using Sakip.App.Dokumen;
using Sakip.App.Features.Perjanjian;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Dokumen;

/// <summary>The Manual IKU document of a satker-year (<see cref="DokumenManualIku"/>), from the manuals its page shows, in any document format.</summary>
public static class GenerateDokumenManualIku
{
    public sealed record Query(string KodeSatker, int Tahun, string? Format);

    public sealed class Handler(SakipDbContext db, PencetakPdf pdf)
    {
        public async Task<Jawaban<BerkasDokumen>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            if (BerkasDokumen.Format(q.Format) is null)
            {
                return BerkasDokumen.FormatTidakDikenal(q.Format);
            }

            var bacaan = await Izin.SatkerAsync(db, pelaku, q.KodeSatker, Tindakan.Membaca, ct);
            if (bacaan.Nilai is not { } satker)
            {
                return bacaan.Kegagalan!;
            }

            var indikator = await IndikatorTahunan.MuatAsync(db, satker.Id, q.Tahun, ct);
            if (indikator.PerjanjianId is null)
            {
                return IndikatorTahunan.TanpaPerjanjian(satker.Nama, q.Tahun);
            }

            var manuals = await GetManualIku.SemuaAsync(db, pelaku, satker, q.Tahun, indikator.Barises, ct);
            return await BerkasDokumen.BuatAsync(DokumenManualIku.Bangun(satker.Nama, q.Tahun, manuals), $"manual-iku-{satker.Kode}-{q.Tahun}", q.Format, pdf, ct);
        }
    }
}
