using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Perencanaan;

/// <summary>
/// What the Renstra editing use cases (<see cref="CreateRenstra"/>, <see cref="EditPernyataanRenstra"/>,
/// <see cref="EditSasaranRenstra"/>, <see cref="EditIndikatorRenstra"/>) share: their limits and
/// the latest Renstra of a satker the user may write.
/// </summary>
public static class PenyusunanRenstra
{
    public const int PanjangTeksMaksimum = 2000;

    /// <summary>The most misi, and the most tujuan, one Renstra states.</summary>
    public const int ButirMaksimum = 30;

    /// <summary>The satker's latest Renstra, tracked with its statements and sasaran, when the user may edit it.</summary>
    public static async Task<Jawaban<Renstra>> RenstraAsync(SakipDbContext db, AksesPengguna pelaku, string kodeSatker, CancellationToken ct)
    {
        var satker = await Izin.SatkerAsync(db, pelaku, kodeSatker, Tindakan.MenyusunRencana, ct);
        if (!satker.Berhasil)
        {
            return satker.Kegagalan!;
        }

        var renstra = await db.Renstras.Include(r => r.Butirs).Include(r => r.Sasarans).AsSplitQuery()
            .Where(r => r.SatkerId == satker.Nilai!.Id).OrderByDescending(r => r.TahunAwal).FirstOrDefaultAsync(ct);
        return renstra is null ? Gagal.TidakDitemukan($"Belum ada Renstra untuk {satker.Nilai!.Nama}.") : renstra;
    }

    /// <summary>The non-empty lines of a text box, trimmed.</summary>
    public static List<string> Baris(string? teks) =>
        [.. (teks ?? string.Empty).Split('\n').Select(b => b.Trim()).Where(b => b.Length > 0)];
}
