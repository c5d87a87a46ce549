using System.Globalization;
using Sakip.App.Entities;

namespace Sakip.App.Audit;

/// <summary>The hash chain of the audit trail: one definition of a row's hash, used to write and to verify.</summary>
public static class RantaiAudit
{
    /// <summary>SHA-256 (hex) over the previous hash and every recorded field of the row.</summary>
    public static string HitungHash(JejakAudit a)
    {
        var isi = string.Join(
            '\u001f',
            a.HashSebelumnya,
            a.Waktu.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            a.Pelaku,
            a.PenggunaId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            a.Aksi.ToString(),
            a.Entitas,
            a.KunciEntitas,
            a.SatkerId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            a.Perubahan);
        return Keamanan.Sidik.Sha256(isi);
    }

    /// <summary>A time as stored: UTC, truncated to whole microseconds.</summary>
    public static DateTimeOffset Normalkan(DateTimeOffset waktu)
    {
        var utc = waktu.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
    }
}
