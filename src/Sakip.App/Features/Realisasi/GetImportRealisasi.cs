using Sakip.App.Data;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Realisasi;

/// <summary>What the upload page shows before a file is chosen: the satker, when the user may fill its realisasi (the page opens only then).</summary>
public static class GetImportRealisasi
{
    public sealed record Query(string KodeSatker);

    public sealed record Hasil(string KodeSatker, string NamaSatker);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            var boleh = await Izin.SatkerAsync(db, pelaku, q.KodeSatker, Tindakan.MengisiRealisasi, ct);
            return boleh.Nilai is { } satker ? new Hasil(satker.Kode, satker.Nama) : boleh.Kegagalan!;
        }
    }
}
