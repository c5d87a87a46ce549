using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Perjanjian;

/// <summary>
/// The checks and the save every edit of a draft PK version shares (<see cref="EditPerjanjianKinerja"/>,
/// <see cref="EditIndikatorPerjanjianKinerja"/>, <see cref="EditTargetPerjanjianKinerja"/>,
/// <see cref="EditRencanaAksi"/>).
/// </summary>
public static class DrafPerjanjian
{
    public const string Konflik = "Perjanjian Kinerja ini telah diubah oleh pengguna lain sejak Anda membukanya. Isian Anda belum disimpan: muat ulang halaman, periksa perubahan itu, lalu ulangi.";

    /// <summary>
    /// Null when the PK exists, the user may write its satker's plans, it is still a draft, and the
    /// form was opened on its current revision (null <paramref name="revisi"/> skips that check);
    /// else why not.
    /// </summary>
    public static Gagal? Periksa(AksesPengguna pelaku, PerjanjianKinerja? pk, int? revisi)
    {
        if (pk is null)
        {
            return Gagal.TidakDitemukan("Perjanjian Kinerja tidak ditemukan.");
        }

        if (Izin.Periksa(pelaku, Tindakan.MenyusunRencana, pk.Satker) is { } tolak)
        {
            return tolak;
        }

        if (pk.AlasanTidakDapatDiubah() is { } terkunci)
        {
            return Gagal.TidakSah(terkunci);
        }

        return revisi is { } r && r != pk.Revisi ? Gagal.Konflik(Konflik) : null;
    }

    /// <summary>Marks the draft edited and saves; a concurrent save in between is a conflict.</summary>
    public static Task<Jawaban<int>> SimpanAsync(SakipDbContext db, PerjanjianKinerja pk, CancellationToken ct)
    {
        pk.TandaiDiubah();
        return db.SimpanAsync(() => pk.Id, ct, Konflik);
    }
}
