using System.Threading.RateLimiting;

namespace Sakip.Web.Keamanan;

/// <summary>
/// Rate limits of sign-in (ADR 0007), with .NET's rate limiter: failed attempts are counted per
/// client address (<see cref="GagalPerAlamat"/> in <see cref="JendelaAlamat"/>) and per user name
/// typed from that address (<see cref="GagalPerNama"/> in <see cref="JendelaNama"/>). Over either
/// limit, sign-in answers 429 before any password is hashed or anything is written, with the same
/// message whether the name exists or not. Only failures count, so an office behind one address
/// signs in as often as it needs; and a limit never locks an account for everyone, so nobody can
/// lock the administrator out from elsewhere.
/// </summary>
public sealed class PembatasMasuk : IDisposable
{
    public const int GagalPerAlamat = 20;

    public static readonly TimeSpan JendelaAlamat = TimeSpan.FromMinutes(10);

    public const int GagalPerNama = 5;

    public static readonly TimeSpan JendelaNama = TimeSpan.FromMinutes(15);

    private readonly PartitionedRateLimiter<string> perAlamat = Buat(GagalPerAlamat, JendelaAlamat);
    private readonly PartitionedRateLimiter<string> perNama = Buat(GagalPerNama, JendelaNama);

    /// <summary>How long to wait before another attempt from this address for this name, or null when one may be made now.</summary>
    public TimeSpan? Tunggu(string alamat, string nama)
    {
        using var a = perAlamat.AttemptAcquire(alamat, 0);
        using var n = perNama.AttemptAcquire(Kunci(alamat, nama), 0);
        return a.IsAcquired && n.IsAcquired ? null : !a.IsAcquired ? JendelaAlamat : JendelaNama;
    }

    /// <summary>Counts a failed attempt against both limits.</summary>
    public void CatatGagal(string alamat, string nama)
    {
        perAlamat.AttemptAcquire(alamat).Dispose();
        perNama.AttemptAcquire(Kunci(alamat, nama)).Dispose();
    }

    public void Dispose()
    {
        perAlamat.Dispose();
        perNama.Dispose();
    }

    /// <summary>The name as it would be looked up (trimmed, lower case, bounded), after the address.</summary>
    private static string Kunci(string alamat, string nama)
    {
        var n = nama.Trim().ToLowerInvariant();
        return alamat + "|" + (n.Length <= 64 ? n : n[..64]);
    }

    private static PartitionedRateLimiter<string> Buat(int batas, TimeSpan jendela) =>
        PartitionedRateLimiter.Create<string, string>(kunci => RateLimitPartition.GetSlidingWindowLimiter(kunci, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = batas,
            Window = jendela,
            SegmentsPerWindow = 5,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}
