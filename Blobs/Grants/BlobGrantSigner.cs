using System.Security.Cryptography;
using System.Text;
using Platform.Blobs.Errors;
using Platform.Blobs.Keys;

namespace Platform.Blobs.Grants;

/// <summary>Issues and verifies <see cref="BlobGrant"/>s with the platform's secret key (HMAC-SHA256).</summary>
public sealed class BlobGrantSigner
{
    private readonly byte[] _key;
    private readonly TimeProvider _timeProvider;

    /// <param name="key">At least 32 random bytes, kept by the platform only.</param>
    /// <param name="timeProvider">The clock grants are issued and checked against.</param>
    public BlobGrantSigner(byte[] key, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < 32)
        {
            throw new ArgumentException("A grant signing key needs at least 32 bytes.", nameof(key));
        }

        _key = (byte[])key.Clone();
        _timeProvider = timeProvider;
    }

    /// <summary>A grant for <paramref name="prefix"/> (non-empty, ending in '/') that expires after <paramref name="lifetime"/>.</summary>
    public BlobGrant Issue(string prefix, BlobPermissions permissions, TimeSpan lifetime)
    {
        BlobKey.ValidatePrefix(prefix);
        if (prefix.Length == 0 || !prefix.EndsWith('/'))
        {
            throw new InvalidBlobKeyException(prefix, "is not a folder prefix ending in '/' (a grant must be scoped to a folder)");
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lifetime, TimeSpan.Zero);
        if (permissions == BlobPermissions.None)
        {
            throw new ArgumentException("A grant must allow something.", nameof(permissions));
        }

        // Whole milliseconds, so the signed text and the expiry a holder sees are the same instant.
        var expiresAt = DateTimeOffset.FromUnixTimeMilliseconds((_timeProvider.GetUtcNow() + lifetime).ToUnixTimeMilliseconds());
        var unsigned = new BlobGrant(prefix, permissions, expiresAt, string.Empty);
        return unsigned with { Signature = Convert.ToBase64String(Sign(unsigned)) };
    }

    /// <summary>Throws <see cref="BlobAccessDeniedException"/> for a forged or altered grant and <see cref="BlobGrantExpiredException"/> for an expired one.</summary>
    public void Verify(BlobGrant grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        Span<byte> presented = stackalloc byte[64];
        if (!Convert.TryFromBase64String(grant.Signature, presented, out var written)
            || !CryptographicOperations.FixedTimeEquals(presented[..written], Sign(grant)))
        {
            throw new BlobAccessDeniedException($"The grant for '{grant.Prefix}' has an invalid signature.");
        }

        if (_timeProvider.GetUtcNow() >= grant.ExpiresAt)
        {
            throw new BlobGrantExpiredException(grant.ExpiresAt);
        }
    }

    private byte[] Sign(BlobGrant grant) => HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(grant.CanonicalText));
}
