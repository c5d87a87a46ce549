using Sakip.App;
using Sakip.App.Features.Perjanjian;
using Sakip.App.Keamanan;

namespace Sakip.Web.Halaman;

/// <summary>
/// What a page shows when the address names no satker or year: the user's own satker
/// (<see cref="AksesPengguna.KodeSatkerUtama"/>; <c>Sakip:SatkerAwal</c> for an account without
/// one) and that satker's year in force (<see cref="GetTahunBerlaku"/>). Never a literal in a page.
/// </summary>
public sealed class BawaanHalaman(IConfiguration configuration, TimeProvider clock, GetTahunBerlaku.Handler tahunBerlaku)
{
    /// <summary>The satker code a page opens on for this user.</summary>
    public string SatkerUntuk(AksesPengguna pelaku) => pelaku.KodeSatkerUtama ?? configuration["Sakip:SatkerAwal"]?.Trim() ?? string.Empty;

    /// <summary>Today in Indonesia (WIB), by the clock: the date a printed page carries.</summary>
    public DateOnly HariIni => WaktuIndonesia.HariIni(clock);

    /// <summary>The current year in Indonesia, by the clock (a new PK is drafted for it).</summary>
    public int TahunBerjalan => WaktuIndonesia.Sekarang(clock).Year;

    /// <summary>The year a page of <paramref name="kodeSatker"/> opens on: its year in force, else the current year.</summary>
    public async Task<int> TahunAsync(AksesPengguna pelaku, string kodeSatker, CancellationToken ct) =>
        (await tahunBerlaku.HandleAsync(pelaku, new GetTahunBerlaku.Query(kodeSatker), ct)).Nilai?.Tahun ?? TahunBerjalan;
}
