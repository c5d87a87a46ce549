using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Sakip.App.Import.TemplatRealisasi;

namespace Sakip.App.Features.Realisasi;

/// <summary>
/// The sealed preview that <see cref="PreviewImportRealisasi"/> hands out and <see cref="ImportRealisasi"/>
/// takes back: what the upload will change, for which agreement, by whom, from which file. It is
/// encrypted and signed, and expires after <see cref="MasaBerlaku"/>.
/// </summary>
public static class SegelPratinjau
{
    /// <summary>How long a preview can be confirmed.</summary>
    public static readonly TimeSpan MasaBerlaku = TimeSpan.FromMinutes(30);

    /// <summary>What a preview carries.</summary>
    internal sealed record Muatan(int PerjanjianId, int PenggunaId, string NamaBerkas, string Sha256, List<PerubahanRealisasi> Perubahans);

    internal static string Segel(IDataProtectionProvider perlindungan, Muatan muatan) =>
        Pelindung(perlindungan).Protect(JsonSerializer.Serialize(muatan), MasaBerlaku);

    /// <summary>The preview's content; null when the token is expired, altered or not one.</summary>
    internal static Muatan? Buka(IDataProtectionProvider perlindungan, string token)
    {
        try
        {
            return JsonSerializer.Deserialize<Muatan>(Pelindung(perlindungan).Unprotect(token, out _));
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    private static ITimeLimitedDataProtector Pelindung(IDataProtectionProvider perlindungan) =>
        perlindungan.CreateProtector("Sakip.ImportRealisasi.v1").ToTimeLimitedDataProtector();
}
