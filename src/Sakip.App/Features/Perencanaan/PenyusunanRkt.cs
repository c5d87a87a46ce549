using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Perencanaan;

/// <summary>
/// What the RKT editing use cases (<see cref="CreateRkt"/>, <see cref="EditSasaranRkt"/>,
/// <see cref="EditIndikatorRkt"/>, <see cref="EditProgramAnggaran"/>) share.
/// </summary>
public static class PenyusunanRkt
{
    public const int PanjangTeksMaksimum = 2000;

    /// <summary>Null when the RKT exists and the user may write it, else why not.</summary>
    public static Gagal? Periksa(AksesPengguna pelaku, Satker? satkerRkt) =>
        satkerRkt is null ? Gagal.TidakDitemukan("RKT tidak ditemukan.") : Izin.Periksa(pelaku, Tindakan.MenyusunRkt, satkerRkt);

    /// <summary>Blank becomes null; anything else is trimmed.</summary>
    public static string? Kosongkan(string? teks) => string.IsNullOrWhiteSpace(teks) ? null : teks.Trim();
}
