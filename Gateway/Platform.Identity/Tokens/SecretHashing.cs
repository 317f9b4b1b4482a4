using System.Security.Cryptography;
using System.Text;

namespace Platform.Identity.Tokens;

/// <summary>
/// Random secrets (refresh tokens, agent secrets, reset tokens) and their stored form. The secrets carry 256 random
/// bits, so a fast SHA-256 hash is enough: there is no dictionary to attack, unlike a password.
/// </summary>
public static class SecretHashing
{
    /// <summary>32 random bytes, base64url without padding (43 characters).</summary>
    public static string NewSecret() => Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>16 random bytes as lowercase hex: an unguessable id.</summary>
    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static string Base64Url(ReadOnlySpan<byte> bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);
}
