using System.Security.Cryptography;
using System.Text;

namespace Sakip.App.Keamanan;

/// <summary>
/// The SHA-256 fingerprint Sakip writes everywhere a file or a text is identified (evidence,
/// published documents, imports, the audit chain, sessions): lower-case hex, 64 characters.
/// </summary>
public static class Sidik
{
    /// <summary>The fingerprint of bytes.</summary>
    public static string Sha256(byte[] isi) => Convert.ToHexStringLower(SHA256.HashData(isi));

    /// <summary>The fingerprint of a text, as UTF-8.</summary>
    public static string Sha256(string teks) => Sha256(Encoding.UTF8.GetBytes(teks));
}
