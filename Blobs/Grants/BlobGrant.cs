using System.Globalization;
using Platform.Blobs.Errors;
using Platform.Blobs.Keys;

namespace Platform.Blobs.Grants;

/// <summary>
/// A time-limited permission, signed by the platform, to act on the blobs under one prefix
/// (a session's <c>facility/session/</c>); the agent holds it and talks to storage directly.
/// </summary>
/// <param name="Prefix">Validated key prefix ending in '/'; the grant covers only keys that start with it.</param>
/// <param name="Permissions">What the holder may do under the prefix.</param>
/// <param name="ExpiresAt">After this instant every use fails with <see cref="BlobGrantExpiredException"/>.</param>
/// <param name="Signature">The platform's HMAC over the three fields above (see <see cref="BlobGrantSigner"/>).</param>
public sealed record BlobGrant(string Prefix, BlobPermissions Permissions, DateTimeOffset ExpiresAt, string Signature)
{
    /// <summary>The exact bytes the signature covers; any change to prefix, permissions or expiry breaks it.</summary>
    public string CanonicalText =>
        string.Create(CultureInfo.InvariantCulture, $"blob-grant-v1\n{Prefix}\n{(int)Permissions}\n{ExpiresAt.ToUnixTimeMilliseconds()}");

    /// <summary>Throws unless the grant is unexpired at <paramref name="now"/>, covers <paramref name="key"/> and has all of <paramref name="needed"/>.</summary>
    public void EnsureAllows(BlobKey key, BlobPermissions needed, DateTimeOffset now) =>
        Check(key.Value, key.IsUnder(Prefix), (Permissions & needed) == needed, needed, now);

    /// <summary>Throws unless the grant is unexpired, covers <paramref name="key"/> and has at least one of <paramref name="anyOf"/>.</summary>
    public void EnsureAllowsAny(BlobKey key, BlobPermissions anyOf, DateTimeOffset now) =>
        Check(key.Value, key.IsUnder(Prefix), (Permissions & anyOf) != BlobPermissions.None, anyOf, now);

    /// <summary>As <see cref="EnsureAllows"/> for an operation on every key under <paramref name="prefix"/>.</summary>
    public void EnsureAllowsPrefix(string prefix, BlobPermissions needed, DateTimeOffset now) =>
        Check(prefix, BlobKey.ValidatePrefix(prefix).StartsWith(Prefix, StringComparison.Ordinal), (Permissions & needed) == needed, needed, now);

    private void Check(string target, bool inScope, bool permitted, BlobPermissions needed, DateTimeOffset now)
    {
        if (now >= ExpiresAt)
        {
            throw new BlobGrantExpiredException(ExpiresAt);
        }

        if (!inScope)
        {
            throw new BlobAccessDeniedException($"The grant for '{Prefix}' does not cover '{target}'.");
        }

        if (!permitted)
        {
            throw new BlobAccessDeniedException($"The grant for '{Prefix}' allows {Permissions}; '{target}' needs {needed}.");
        }
    }
}
