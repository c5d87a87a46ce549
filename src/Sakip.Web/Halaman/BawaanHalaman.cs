namespace Sakip.Web.Halaman;

/// <summary>
/// What a page shows when the address names no satker or year: the satker and the reporting year
/// from configuration (<c>Sakip:SatkerAwal</c>, <c>Sakip:TahunAwal</c>), else the current year by
/// the clock. Never a literal in a page.
/// </summary>
public sealed class BawaanHalaman(IConfiguration configuration, TimeProvider clock)
{
    /// <summary>Lampung is in Western Indonesian Time (UTC+7): the year turns there, not in UTC.</summary>
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    /// <summary>The satker code a page opens on, or empty when none is configured (the page then asks for one).</summary>
    public string Satker => configuration["Sakip:SatkerAwal"]?.Trim() ?? string.Empty;

    /// <summary>The current year in Indonesia, by the clock.</summary>
    public int TahunBerjalan => clock.GetUtcNow().ToOffset(Wib).Year;

    /// <summary>The reporting year a page opens on: the configured one, else the current year.</summary>
    public int Tahun => int.TryParse(configuration["Sakip:TahunAwal"], out var tahun) ? tahun : TahunBerjalan;
}
